/**
 * A decision with its outcome, as the PrecedentCase it becomes: the need's facts and the outcome
 * under the property names the seed's precedents use (see toBatches in src/seed/seedDatabase.ts),
 * so the recommendation reads a recorded case exactly as it reads a seeded one.
 */
import type { MatchedTaskFunction, Outcome } from "../../domain/decision.js";
import type { NeedInput } from "../../domain/need.js";
import { resolveNeedFacts } from "../intake/needFacts.js";

export const DECISION_SOURCE = "decision";
/** The seed's limits on a precedent's name and description. */
const NAME_MAX = 200;
const DESCRIPTION_MAX = 2_000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The business function of the need's best-ranked task that has one. */
export function businessFunctionOf(tasks: readonly MatchedTaskFunction[]): string | null {
  return [...tasks].sort((a, b) => a.rank - b.rank).find((t) => t.businessFunction)?.businessFunction ?? null;
}

/**
 * Properties of the new case (without id, tenant and timestamps, which the repository sets).
 * Duration and ongoing are the facts as the recommendation resolved them (a duration read from the
 * text counts), so a later need is compared with what this one was taken to be.
 */
export function precedentProps(
  need: NeedInput,
  tasks: readonly MatchedTaskFunction[],
  decidedAt: string,
  { rating, costVariancePct, daysToStart, needChanged, issues, notes }: Outcome,
): Record<string, unknown> {
  const { durationWeeks, ongoing } = resolveNeedFacts(need);
  const { hoursPerWeek, headcount, location, remoteAllowed, dataSensitivity, regulated } = need;
  return {
    name: clip(need.title ?? need.text, NAME_MAX),
    description: clip(need.text, DESCRIPTION_MAX),
    status: "ACTIVE",
    source: DECISION_SOURCE,
    businessFunction: businessFunctionOf(tasks),
    durationWeeks, ongoing, hoursPerWeek, headcount, location, remoteAllowed, dataSensitivity, regulated,
    budget: need.budget?.amount ?? null,
    currency: need.budget?.currency ?? null,
    rating, costVariancePct, daysToStart, needChanged, issues,
    outcomeNotes: notes,
    decidedAt: decidedAt.slice(0, 10),
  };
}
