/**
 * From the work to the best-fit worker type and channel: plain TypeScript over plain data, so every
 * number can be tested and explained without a database. Every contribution to a score is a factor
 * with a sentence; the factors add up to the score exactly.
 */
import type { TraitWeight } from "../../domain/intake.js";
import type { NeedFacts } from "../../domain/need.js";
import type { Recommendation, RecommendationInput } from "../../domain/recommendation.js";
import { traitProfile } from "../intake/needFacts.js";
import { challenge } from "./challenge.js";
import { scoreAll } from "./options.js";
import { portfolio } from "./portfolio.js";
import { whatWouldChange } from "./whatWouldChange.js";
/** The need's trait profile from its tasks and facts (the facts of the input, or changed ones to try). */
export function needTraits(input: Pick<RecommendationInput, "facts" | "tasks" | "allTraits">, facts: NeedFacts = input.facts): TraitWeight[] {
  const weights = new Map(input.tasks.map((t) => [t.evidence.id, t.weight]));
  return traitProfile(facts, input.tasks.map((t) => t.evidence), weights, input.allTraits);
}

export function recommend(input: RecommendationInput): Recommendation {
  const traits = needTraits(input);
  const all = scoreAll(input, input.facts, traits);
  const options = all.filter((o) => !o.excluded).slice(0, input.limit);
  const excluded = all.filter((o) => o.excluded);
  return {
    options,
    excluded,
    portfolio: portfolio(input),
    challenge: challenge(input, all),
    whatWouldChange: whatWouldChange(input, options),
    traits,
  };
}
