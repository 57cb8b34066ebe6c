/**
 * How similar a past case is to the need at hand, and what its outcome says. Pure functions.
 */
import type { PrecedentData } from "../../domain/evidence.js";

export type NeedProfileForPrecedents = Readonly<{
  taskWeights: ReadonlyMap<string, number>;
  durationWeeks: number | null;
  ongoing: boolean | null;
  regulated: boolean | null;
  dataSensitivity: string | null;
  remoteAllowed: boolean | null;
}>;

export const SIMILARITY = {
  /** Weight of shared work (weighted task overlap) against shared facts. */
  tasks: 0.7,
  facts: 0.3,
} as const;

/**
 * Similarity in 0..1: mostly the work the two share (the need's task weights that the case covers,
 * against the size of both), the rest whether their facts agree (duration band, ongoing, regulated,
 * data sensitivity, remote working). Facts the need does not state count as neither agreeing nor not.
 */
export function similarity(need: NeedProfileForPrecedents, precedent: PrecedentData): number {
  const needMass = [...need.taskWeights.values()].reduce((a, b) => a + b, 0);
  if (needMass === 0) return 0;
  const sharedMass = precedent.taskIds.reduce((sum, id) => sum + (need.taskWeights.get(id) ?? 0), 0);
  const sharedCount = precedent.taskIds.filter((id) => need.taskWeights.has(id)).length;
  // Covering the need's main tasks matters; extra tasks in the case dilute the match a little.
  const overlap = (sharedMass / needMass) * Math.sqrt(sharedCount / precedent.taskIds.length);

  const checks: boolean[] = [];
  const band = (weeks: number | null, ongoing: boolean | null) =>
    ongoing ? "ongoing" : weeks === null ? null : weeks <= 26 ? "short" : weeks <= 78 ? "medium" : "long";
  const needBand = band(need.durationWeeks, need.ongoing);
  if (needBand !== null) checks.push(needBand === band(precedent.durationWeeks, precedent.ongoing));
  if (need.regulated !== null) checks.push(need.regulated === (precedent.regulated ?? false));
  if (need.dataSensitivity !== null) checks.push(need.dataSensitivity === precedent.dataSensitivity);
  if (need.remoteAllowed !== null) checks.push(need.remoteAllowed === (precedent.remoteAllowed ?? false));
  const factAgreement = checks.length === 0 ? 0.5 : checks.filter(Boolean).length / checks.length;

  return SIMILARITY.tasks * overlap + SIMILARITY.facts * factAgreement * Math.min(1, overlap * 4);
}

/**
 * A case's outcome as a number in -1..1: the manager's rating around the middle (3 of 5), less an
 * overrun, so that "rated 4 but 60% over budget" does not count as a clear success.
 */
export function outcomeValue(precedent: Pick<PrecedentData, "rating" | "costVariancePct">): number {
  const rating = (precedent.rating - 3) / 2;
  const overrun = Math.max(0, precedent.costVariancePct) / 200;
  return Math.max(-1, Math.min(1, rating - overrun));
}
