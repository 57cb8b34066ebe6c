/**
 * Every option (a worker type through one of its channels) scored for a need, factor by factor: trait
 * fit, similar precedents, time to start, cost and rule penalties. The factors add up to the score.
 */
import type { TraitWeight } from "../../domain/intake.js";
import type { NeedFacts } from "../../domain/need.js";
import type { Factor, RecommendationInput, ScoredOption } from "../../domain/recommendation.js";
import { byScore, pct, sum } from "./format.js";
import { paths } from "./paths.js";
import { outcomeValue, similarity } from "./precedents.js";
import { daysBetween, evaluateRules, ruleSubject } from "./rules.js";
import { RECOMMEND_TUNING } from "./tuning.js";
/** Which options to score, and whether to draw their graph paths (rescoring for a what-if needs neither all nor paths). */
export type ScoreScope = Readonly<{ only?: ReadonlySet<string>; explain?: boolean }>;

/** The key of an option: its worker type and channel. */
export const optionKey = (workerTypeId: string, channelId: string) => `${workerTypeId}|${channelId}`;

/** Every option (worker type x channel) scored for a need with these facts and traits, best first. */
export function scoreAll(input: RecommendationInput, facts: NeedFacts, traits: readonly TraitWeight[], scope: ScoreScope = {}): ScoredOption[] {
  const T = RECOMMEND_TUNING;
  const { only, explain = true } = scope;
  const workerTypes = only
    ? input.workerTypes.filter((w) => w.channels.some((c) => only.has(optionKey(w.id, c.id))))
    : input.workerTypes;
  const scoredTypes = new Set(workerTypes.map((w) => w.id));
  const traitMap = Object.fromEntries(traits.map((t) => [t.id, t.weight]));
  const counted = traits.filter((t) => t.weight >= T.minTraitWeight);
  const traitMass = sum(counted.map((t) => t.weight)) || 1;
  // A case is evidence as far as the work it shares is likely part of the need: weighting by the
  // task's confidence keeps a task matched on a passing phrase from carrying in cases about other work.
  const taskWeights = new Map(input.tasks.map((t) => [t.evidence.id, t.weight * t.confidence]));
  // Only the cases of the worker types being scored can move their scores.
  const similar = input.precedents
    .filter((p) => p.workerTypeId !== null && scoredTypes.has(p.workerTypeId))
    .map((p) => ({
      precedent: p,
      similarity: similarity(
        {
          taskWeights,
          durationWeeks: facts.durationWeeks,
          ongoing: facts.ongoing,
          regulated: facts.regulated,
          dataSensitivity: facts.dataSensitivity,
          remoteAllowed: facts.remoteAllowed,
        },
        p,
      ),
    }))
    .filter((p) => p.similarity >= T.minSimilarity);
  const daysLeft = facts.startBy === null ? null : daysBetween(input.today, facts.startBy);
  const decompositionConfidence = input.tasks.length
    ? sum(input.tasks.map((t) => t.confidence * t.weight)) / (sum(input.tasks.map((t) => t.weight)) || 1)
    : 0;

  const options: ScoredOption[] = [];
  for (const workerType of workerTypes) {
    for (const channel of workerType.channels) {
      if (only && !only.has(optionKey(workerType.id, channel.id))) continue;
      const factors: Factor[] = [];
      for (const trait of counted) {
        const suit = workerType.suits[trait.id] ?? 0;
        const contribution = (T.traitFitWeight * trait.weight * suit) / traitMass;
        factors.push({
          kind: "TRAIT_FIT",
          label: trait.name,
          value: trait.weight,
          weight: suit,
          contribution,
          traitId: trait.id,
          explanation: traitSentence(trait, workerType.name, suit),
        });
      }

      const mine = similar
        .filter((s) => s.precedent.workerTypeId === workerType.id)
        .sort((a, b) => b.similarity - a.similarity || a.precedent.id.localeCompare(b.precedent.id));
      const simMass = sum(mine.map((s) => s.similarity));
      const evidence = mine.map((s) => ({
        precedent: s.precedent,
        similarity: s.similarity,
        sameChannel: s.precedent.channelId === channel.id,
        effect: (T.precedentWeight * s.similarity * outcomeValue(s.precedent)) / (simMass + T.precedentPrior),
      }));
      if (mine.length > 0) {
        const contribution = sum(evidence.map((e) => e.effect));
        const avgRating = sum(mine.map((s) => s.precedent.rating * s.similarity)) / simMass;
        factors.push({
          kind: "PRECEDENTS",
          label: "Similar past cases",
          value: contribution / T.precedentWeight,
          weight: T.precedentWeight,
          contribution,
          explanation:
            `${mine.length} similar past case${mine.length > 1 ? "s" : ""} went to ${workerType.name} ` +
            `(similarity-weighted rating ${avgRating.toFixed(1)} of 5): ${pct(contribution)}.`,
        });
      }

      // Lead time counts against the time the need leaves (its start-by date), else against a quarter.
      const delay = Math.min(1, channel.typicalDaysToStart / Math.max(1, daysLeft ?? T.leadTimeHorizonDays));
      const leftWords = daysLeft === null ? "" : `; the work must start in ${daysLeft} days`;
      factors.push({
        kind: "TIME_TO_START",
        label: "Time to start",
        value: channel.typicalDaysToStart,
        weight: -T.timeToStartWeight,
        contribution: -T.timeToStartWeight * delay,
        explanation: `${channel.name} typically starts in ${channel.typicalDaysToStart} days${leftWords}: ${pct(-T.timeToStartWeight * delay)}.`,
      });
      const costContribution = -T.costWeight * (channel.relativeCost - 1);
      factors.push({
        kind: "COST",
        label: "Relative cost",
        value: channel.relativeCost,
        weight: -T.costWeight,
        contribution: costContribution,
        explanation: `${channel.name} costs ${channel.relativeCost.toFixed(2)}x an onshore employee per unit of work: ${pct(costContribution)}.`,
      });

      // A channel the organisation cannot count on is a real cost: the request may wait or fail.
      const shortfall = 1 - channel.availability;
      if (shortfall > 0) {
        const contribution = -T.availabilityWeight * shortfall;
        factors.push({
          kind: "AVAILABILITY",
          label: "Availability",
          value: channel.availability,
          weight: -T.availabilityWeight,
          contribution,
          explanation: `${channel.name} finds someone (or something) for a request ${Math.round(channel.availability * 100)}% of the time: ${pct(contribution)}.`,
        });
      }
      const risks = evaluateRules(input.rules, ruleSubject(facts, traitMap, workerType.id, channel, input.today, mine.filter((s) => outcomeValue(s.precedent) > 0).length));
      for (const risk of risks.filter((r) => r.effect === "PENALISE")) {
        factors.push({
          kind: "RULE",
          label: risk.ruleName,
          value: risk.penalty,
          weight: -1,
          contribution: -risk.penalty,
          ruleId: risk.ruleId,
          explanation: `${risk.message} (rule ${risk.ruleId} v${risk.version}): ${pct(-risk.penalty)}.`,
        });
      }

      const score = sum(factors.map((f) => f.contribution));
      const evidenceStrength = 0.7 + 0.3 * Math.min(1, simMass / 3);
      options.push({
        workerType: { id: workerType.id, name: workerType.name },
        channel,
        score,
        confidence: Math.round(decompositionConfidence * evidenceStrength * 1000) / 1000,
        factors: factors.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.label.localeCompare(b.label)),
        paths: explain ? paths(input, workerType, channel, factors, traits) : [],
        precedents: evidence.slice(0, T.precedentsShown),
        risks,
        excluded: risks.some((r) => r.effect === "EXCLUDE"),
      });
    }
  }
  return options.sort(byScore);
}

function traitSentence(trait: TraitWeight, workerTypeName: string, suit: number): string {
  const strength = trait.weight >= 0.7 ? "strongly" : trait.weight >= 0.4 ? "fairly" : "somewhat";
  const fit =
    suit >= 0.5 ? "suits" : suit > 0.1 ? "fits" : suit >= -0.1 ? "is neutral to" : suit > -0.5 ? "fits poorly with" : "is a bad fit for";
  return `The work is ${strength} ${trait.name.toLowerCase()} (${trait.weight.toFixed(2)}); ${workerTypeName} ${fit} such work (${pct(suit)}).`;
}
