/**
 * What was advised beside what was decided: plain functions over a recommendation, so that the
 * override rule and the stored snapshot can be tested without a database.
 */
import type { AdvisedOption, Route, ScoredRoute } from "../../domain/decision.js";
import { BadInputError } from "../../errors.js";
import { DECISION_LIMITS } from "./decisionInput.js";

/** The part of a scored option a decision keeps (ScoredOption fits it). */
export type RankedOption = Readonly<{
  workerType: Readonly<{ id: string }>;
  channel: Readonly<{ id: string }>;
  score: number;
  risks: ReadonlyArray<Readonly<{ ruleId: string; version: number }>>;
}>;

/** A recommendation as shown: ranked options best first, those a rule excluded, and how many rules ran. */
export type AdviceSource = Readonly<{
  options: readonly RankedOption[];
  excluded: readonly RankedOption[];
  rulesEvaluated: number;
}>;

export type Advice = Readonly<{
  /** The top recommendation; null when every option was excluded. */
  top: ScoredRoute | null;
  /** The decided route's rank among the ranked options; null when excluded or not ranked. */
  decidedRank: number | null;
  decidedScore: number | null;
  decidedExcluded: boolean;
  /** The decision differs from the top recommendation (or there was none to follow). */
  override: boolean;
  rulesEvaluated: number;
  /** `ruleId@version` of every rule with a finding in the recommendation, sorted. */
  firedRules: string[];
  options: AdvisedOption[];
}>;

const route = (o: RankedOption) => ({ workerTypeId: o.workerType.id, channelId: o.channel.id, score: o.score });
export const sameRoute = (a: Route, b: Route) => a.workerTypeId === b.workerTypeId && a.channelId === b.channelId;

export function adviceFor(source: AdviceSource, decided: Route): Advice {
  const options: AdvisedOption[] = [
    ...source.options.map((o, i) => ({ ...route(o), rank: i + 1, excluded: false })),
    ...source.excluded.map((o) => ({ ...route(o), rank: null, excluded: true })),
  ];
  const mine = options.find((o) => sameRoute(o, decided)) ?? null;
  const top = source.options[0] ? route(source.options[0]) : null;
  const fired = [...source.options, ...source.excluded].flatMap((o) => o.risks.map((r) => `${r.ruleId}@${r.version}`));
  return {
    top,
    decidedRank: mine?.rank ?? null,
    decidedScore: mine?.score ?? null,
    decidedExcluded: mine?.excluded ?? false,
    override: top === null || !sameRoute(top, decided),
    rulesEvaluated: source.rulesEvaluated,
    firedRules: [...new Set(fired)].sort(),
    options,
  };
}

/** An override needs a reason a reviewer can read; following the advice does not. */
export function requireRationale(override: boolean, rationale: string | null): void {
  if (!override) return;
  if (!rationale || rationale.length < DECISION_LIMITS.rationaleMin) {
    throw new BadInputError(
      `input.rationale: the decision differs from the top recommendation, so say why in at least ${DECISION_LIMITS.rationaleMin} characters`,
      { field: "input.rationale" },
    );
  }
}
