/**
 * Misallocation measured: how often the advice was followed, and how outcomes compare when it was
 * and when it was not. The graph sums; this divides, so the arithmetic is tested without a database.
 */
import type { StatsGroup } from "../../domain/decision.js";

export type OutcomeSummary = Readonly<{
  decisions: number;
  withOutcome: number;
  /** Null when no decision of the kind has an outcome yet. */
  meanRating: number | null;
  meanCostVariancePct: number | null;
}>;

export type DecisionStats = Readonly<{
  decisions: number;
  followed: number;
  overridden: number;
  /** followed / decisions; null when there are no decisions. */
  followRate: number | null;
  withOutcome: number;
  whenFollowed: OutcomeSummary;
  whenOverridden: OutcomeSummary;
}>;

const mean = (sum: number, count: number) => (count === 0 ? null : sum / count);

function summary(groups: readonly StatsGroup[]): OutcomeSummary {
  const total = (pick: (g: StatsGroup) => number) => groups.reduce((sum, g) => sum + pick(g), 0);
  const withOutcome = total((g) => g.withOutcome);
  return {
    decisions: total((g) => g.decisions),
    withOutcome,
    meanRating: mean(total((g) => g.ratingSum), withOutcome),
    meanCostVariancePct: mean(total((g) => g.costVarianceSum), withOutcome),
  };
}

export function decisionStats(groups: readonly StatsGroup[]): DecisionStats {
  const whenFollowed = summary(groups.filter((g) => !g.override));
  const whenOverridden = summary(groups.filter((g) => g.override));
  const decisions = whenFollowed.decisions + whenOverridden.decisions;
  return {
    decisions,
    followed: whenFollowed.decisions,
    overridden: whenOverridden.decisions,
    followRate: mean(whenFollowed.decisions, decisions),
    withOutcome: whenFollowed.withOutcome + whenOverridden.withOutcome,
    whenFollowed,
    whenOverridden,
  };
}
