/** Small numeric helpers shared by the intake steps, so every step rounds and orders the same way. */

export const round = (x: number) => Math.round(x * 1000) / 1000;
export const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** Highest score first; ties by id, so the same input always gives the same order. */
export const byScoreThenId =
  <T extends { id: string }>(score: (t: T) => number) =>
  (a: T, b: T) =>
    score(b) - score(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
