/** How options are named, numbers printed and options ordered, the same way in every part of a recommendation. */
import type { Named } from "../../domain/evidence.js";
import type { ScoredOption } from "../../domain/recommendation.js";

export const pct = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
export const optionName = (o: { workerType: Named; channel: Named }) => `${o.workerType.name} via ${o.channel.name}`;
export const byScore = (a: ScoredOption, b: ScoredOption) =>
  b.score - a.score || a.workerType.id.localeCompare(b.workerType.id) || a.channel.id.localeCompare(b.channel.id);
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
