/**
 * From the work to the best-fit worker type and channel: plain TypeScript over plain data, so every
 * number can be tested and explained without a database. Every contribution to a score is a factor
 * with a sentence; the factors add up to the score exactly.
 */
import type { ChannelData, Named, WorkerTypeData } from "../../domain/evidence.js";
import type { TraitWeight } from "../../domain/intake.js";
import type { NeedInput } from "../../domain/need.js";
import type {
  Challenge,
  Factor,
  GraphPath,
  PathNode,
  PortfolioPart,
  Recommendation,
  RecommendationInput,
  ScoredOption,
  WhatWouldChange,
} from "../../domain/recommendation.js";
import { resolveFacts, traitProfile } from "../intake/decompose.js";
import { outcomeValue, similarity } from "./precedents.js";
import { evaluateRules, ruleSubject } from "./rules.js";

/**
 * The tuning constants that remain in code; everything else (SUITS weights, rule parameters,
 * precedent outcomes, channel properties) comes from the graph.
 */
export const RECOMMEND_TUNING = {
  /** Trait fit is the weighted mean of SUITS weights over the need's traits, in -1..1. */
  traitFitWeight: 1,
  /** Traits weaker than this in the need are left out: they are noise from loosely related tasks. */
  minTraitWeight: 0.05,
  /** Precedent evidence in -1..1 is scaled by this; it informs, it does not outvote the work. */
  precedentWeight: 0.4,
  /** Pseudo-count of neutral cases: with few similar cases the precedent factor stays near zero. */
  precedentPrior: 1.5,
  /** Cases less similar than this are not evidence. */
  minSimilarity: 0.15,
  /** Precedents shown per option. */
  precedentsShown: 5,
  /** Penalty per 90 days of typical time to start. */
  timeToStartWeight: 0.08,
  /** Penalty per unit of relative cost above an onshore employee (1.0); a reward below it. */
  costWeight: 0.08,
  /** A request that scores this far below the best option is challenged. */
  challengeMargin: 0.15,
  /** Graph paths shown per option. */
  pathsShown: 5,
} as const;

const pct = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
const optionName = (o: { workerType: Named; channel: Named }) => `${o.workerType.name} via ${o.channel.name}`;
const byScore = (a: ScoredOption, b: ScoredOption) =>
  b.score - a.score || a.workerType.id.localeCompare(b.workerType.id) || a.channel.id.localeCompare(b.channel.id);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function needTraits(input: Pick<RecommendationInput, "need" | "tasks" | "allTraits">, need: NeedInput = input.need): TraitWeight[] {
  const weights = new Map(input.tasks.map((t) => [t.evidence.id, t.weight]));
  return traitProfile(need, resolveFacts(need), input.tasks.map((t) => t.evidence), weights, input.allTraits);
}

export function recommend(input: RecommendationInput): Recommendation {
  const traits = needTraits(input);
  const all = scoreAll(input, input.need, traits);
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

/** Every option (worker type x channel) scored for a need with these facts and traits, best first. */
function scoreAll(input: RecommendationInput, need: NeedInput, traits: readonly TraitWeight[]): ScoredOption[] {
  const T = RECOMMEND_TUNING;
  const traitMap = Object.fromEntries(traits.map((t) => [t.id, t.weight]));
  const counted = traits.filter((t) => t.weight >= T.minTraitWeight);
  const traitMass = sum(counted.map((t) => t.weight)) || 1;
  const facts = resolveFacts(need);
  const taskWeights = new Map(input.tasks.map((t) => [t.evidence.id, t.weight]));
  const similar = input.precedents
    .map((p) => ({
      precedent: p,
      similarity: similarity(
        {
          taskWeights,
          durationWeeks: facts.durationWeeks,
          ongoing: need.ongoing,
          regulated: need.regulated,
          dataSensitivity: need.dataSensitivity,
          remoteAllowed: need.remoteAllowed,
        },
        p,
      ),
    }))
    .filter((p) => p.similarity >= T.minSimilarity);
  const decompositionConfidence = input.tasks.length
    ? sum(input.tasks.map((t) => t.confidence * t.weight)) / (sum(input.tasks.map((t) => t.weight)) || 1)
    : 0;

  const options: ScoredOption[] = [];
  for (const workerType of input.workerTypes) {
    for (const channel of workerType.channels) {
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

      const delay = Math.min(1, channel.typicalDaysToStart / 90);
      factors.push({
        kind: "TIME_TO_START",
        label: "Time to start",
        value: channel.typicalDaysToStart,
        weight: -T.timeToStartWeight,
        contribution: -T.timeToStartWeight * delay,
        explanation: `${channel.name} typically starts in ${channel.typicalDaysToStart} days: ${pct(-T.timeToStartWeight * delay)}.`,
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

      const risks = evaluateRules(input.rules, ruleSubject(ruleFacts(need), traitMap, workerType.id, channel, input.today));
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
        paths: paths(input, workerType, channel, factors, traits),
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

function ruleFacts(need: NeedInput) {
  const facts = resolveFacts(need);
  return {
    durationWeeks: facts.durationWeeks,
    ongoing: need.ongoing,
    hoursPerWeek: need.hoursPerWeek,
    headcount: need.headcount,
    startBy: need.startBy,
    remoteAllowed: need.remoteAllowed,
    regulated: need.regulated,
    dataSensitivity: need.dataSensitivity,
    budget: need.budget,
    location: need.location,
  };
}

/** need -> task -> trait <- worker type -> channel, for the traits that move the score most. */
function paths(
  input: RecommendationInput,
  workerType: WorkerTypeData,
  channel: ChannelData,
  factors: readonly Factor[],
  traits: readonly TraitWeight[],
): GraphPath[] {
  const needNode: PathNode = { id: input.needId ?? "need:unsaved", kind: "Need", name: input.need.title ?? "This need" };
  const wtNode: PathNode = { id: workerType.id, kind: "WorkerType", name: workerType.name };
  const chNode: PathNode = { id: channel.id, kind: "Channel", name: channel.name };
  const out: GraphPath[] = [];
  const traitFactors = factors
    .filter((f) => f.kind === "TRAIT_FIT" && f.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  for (const factor of traitFactors) {
    const trait = traits.find((t) => t.id === factor.traitId)!;
    const traitNode: PathNode = { id: trait.id, kind: "Trait", name: trait.name };
    const tail = [
      { type: "SUITS", weight: factor.weight },
      { type: "SOURCED_VIA", weight: null },
    ];
    const fact = trait.sources.find((s) => s.kind !== "TASKS");
    if (fact) {
      out.push({
        nodes: [needNode, traitNode, wtNode, chNode],
        relationships: [{ type: fact.kind === "FACT" ? "STATES" : "MENTIONS", weight: fact.weight }, ...tail],
        contribution: factor.contribution,
      });
    } else {
      const carriers = input.tasks
        .map((t) => ({ task: t.evidence, strength: t.weight * (t.evidence.traits.find((x) => x.id === trait.id)?.weight ?? 0) }))
        .filter((c) => c.strength > 0)
        .sort((a, b) => b.strength - a.strength || a.task.id.localeCompare(b.task.id));
      const carrier = carriers[0];
      if (!carrier) continue;
      out.push({
        nodes: [needNode, { id: carrier.task.id, kind: "Task", name: carrier.task.name }, traitNode, wtNode, chNode],
        relationships: [
          { type: "MATCHED", weight: input.tasks.find((t) => t.evidence.id === carrier.task.id)!.weight },
          { type: "HAS_TRAIT", weight: carrier.task.traits.find((x) => x.id === trait.id)!.weight },
          ...tail,
        ],
        contribution: factor.contribution,
      });
    }
    if (out.length >= RECOMMEND_TUNING.pathsShown) break;
  }
  return out;
}

/**
 * Where the tasks of one need fit different routes: each task scored on its own traits (with the
 * need's facts), grouped by its best route; the share is the task weights' share of the need.
 */
function portfolio(input: RecommendationInput): PortfolioPart[] {
  const total = sum(input.tasks.map((t) => t.weight)) || 1;
  const parts = new Map<string, { option: ScoredOption; taskIds: string[]; weight: number; scoreMass: number }>();
  for (const task of input.tasks) {
    const single = { ...input, tasks: [task], precedents: [] };
    const best = scoreAll(single, input.need, needTraits(single)).find((o) => !o.excluded);
    if (!best) continue;
    const key = `${best.workerType.id}|${best.channel.id}`;
    const part = parts.get(key) ?? { option: best, taskIds: [], weight: 0, scoreMass: 0 };
    part.taskIds.push(task.evidence.id);
    part.weight += task.weight;
    part.scoreMass += best.score * task.weight;
    parts.set(key, part);
  }
  return [...parts.values()]
    .map((p) => ({
      workerType: p.option.workerType,
      channel: p.option.channel,
      share: Math.round((p.weight / total) * 1000) / 1000,
      taskIds: p.taskIds,
      score: p.scoreMass / (p.weight || 1),
    }))
    .sort((a, b) => b.share - a.share || a.workerType.id.localeCompare(b.workerType.id));
}

function challenge(input: RecommendationInput, all: readonly ScoredOption[]): Challenge | null {
  const requestedId = input.need.requestedWorkerTypeId;
  const top = all.find((o) => !o.excluded);
  if (!requestedId || !top || top.workerType.id === requestedId) return null;
  const requestedOptions = all.filter((o) => o.workerType.id === requestedId);
  const requestedWorkerType = input.workerTypes.find((w) => w.id === requestedId);
  if (!requestedWorkerType) return null;
  const bestRequested = requestedOptions.find((o) => !o.excluded) ?? null;
  const margin = top.score - (bestRequested?.score ?? Number.NEGATIVE_INFINITY);
  if (bestRequested && margin < RECOMMEND_TUNING.challengeMargin) return null;

  const reasons: string[] = [];
  const compared = bestRequested ?? requestedOptions[0];
  if (!bestRequested) {
    const exclusions = requestedOptions.flatMap((o) => o.risks.filter((r) => r.effect === "EXCLUDE"));
    for (const finding of exclusions.slice(0, 2)) reasons.push(`${finding.message} (rule ${finding.ruleId} v${finding.version}).`);
  }
  if (compared) {
    const differences = top.factors
      .filter((f) => f.kind === "TRAIT_FIT")
      .map((f) => {
        const other = compared.factors.find((g) => g.traitId === f.traitId);
        return { factor: f, other, gap: f.contribution - (other?.contribution ?? 0) };
      })
      .filter((d) => d.gap > 0.01)
      .sort((a, b) => b.gap - a.gap || a.factor.label.localeCompare(b.factor.label))
      .slice(0, 3);
    for (const d of differences) {
      reasons.push(
        `The work is ${d.factor.label.toLowerCase()} (${d.factor.value.toFixed(2)}): ${top.workerType.name} fits it ` +
          `${pct(d.factor.weight)}, ${requestedWorkerType.name} ${pct(d.other?.weight ?? 0)}.`,
      );
    }
    for (const risk of compared.risks.filter((r) => r.effect !== "EXCLUDE").slice(0, 2)) {
      reasons.push(`${risk.message} (rule ${risk.ruleId} v${risk.version}).`);
    }
    const requestedCases = compared.precedents;
    if (requestedCases.length > 0) {
      const avg = sum(requestedCases.map((p) => p.precedent.rating)) / requestedCases.length;
      if (avg < 3) reasons.push(`Similar past cases that went to ${requestedWorkerType.name} rated ${avg.toFixed(1)} of 5 on average.`);
    }
  }
  return {
    requestedWorkerType: { id: requestedWorkerType.id, name: requestedWorkerType.name },
    requestedScore: bestRequested?.score ?? null,
    recommended: { workerType: top.workerType, channel: top.channel, score: top.score },
    margin: Number.isFinite(margin) ? margin : 1,
    reasons,
  };
}

type FactChange = Readonly<{ fact: string; from: string; to: string; need: NeedInput }>;

/** The single-fact changes tried, smallest first. */
function candidateChanges(need: NeedInput): FactChange[] {
  const show = (v: unknown) => (v === null || v === undefined ? "unstated" : String(v));
  const changes: FactChange[] = [];
  const facts = resolveFacts(need);
  if (need.remoteAllowed !== true) changes.push({ fact: "remoteAllowed", from: show(need.remoteAllowed), to: "true", need: { ...need, remoteAllowed: true } });
  if (need.remoteAllowed !== false) changes.push({ fact: "remoteAllowed", from: show(need.remoteAllowed), to: "false", need: { ...need, remoteAllowed: false } });
  changes.push({ fact: "regulated", from: show(need.regulated), to: String(!need.regulated), need: { ...need, regulated: !need.regulated } });
  for (const level of ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const) {
    if (need.dataSensitivity !== level) {
      changes.push({ fact: "dataSensitivity", from: show(need.dataSensitivity), to: level, need: { ...need, dataSensitivity: level } });
    }
  }
  const current = facts.durationWeeks;
  const durations = [12, 26, 52, 104]
    .filter((w) => w !== current)
    .sort((a, b) => Math.abs(Math.log(a / (current ?? 26))) - Math.abs(Math.log(b / (current ?? 26))));
  for (const weeks of durations) {
    changes.push({ fact: "durationWeeks", from: show(current), to: String(weeks), need: { ...need, durationWeeks: weeks, ongoing: false } });
  }
  if (need.ongoing !== true) changes.push({ fact: "ongoing", from: show(need.ongoing), to: "true", need: { ...need, ongoing: true, durationWeeks: null } });
  return changes;
}

const SENTENCE: Record<string, (to: string) => string> = {
  remoteAllowed: (to) => (to === "true" ? "if the work could be done remotely" : "if the work had to be done on site"),
  regulated: (to) => (to === "true" ? "if the work were regulated" : "if the work were not regulated"),
  dataSensitivity: (to) => `if the data were ${to.toLowerCase()}`,
  durationWeeks: (to) => `if the work lasted ${to} weeks`,
  ongoing: () => "if the work were ongoing",
};

/** For the top two options, the smallest change of one fact that would swap them. */
function whatWouldChange(input: RecommendationInput, options: readonly ScoredOption[]): WhatWouldChange[] {
  const [first, second] = options;
  if (!first || !second) return [];
  const key = (o: ScoredOption) => `${o.workerType.id}|${o.channel.id}`;
  for (const change of candidateChanges(input.need)) {
    const rescored = scoreAll(input, change.need, needTraits(input, change.need)).filter((o) => !o.excluded);
    const a = rescored.find((o) => key(o) === key(first));
    const b = rescored.find((o) => key(o) === key(second));
    if (b && (!a || b.score > a.score)) {
      const condition = SENTENCE[change.fact]!(change.to);
      return [
        {
          fact: change.fact,
          from: change.from,
          to: change.to,
          swapped: true,
          explanation:
            `${condition[0]!.toUpperCase()}${condition.slice(1)}, ${optionName(second)} would rank above ${optionName(first)} ` +
            `(${b.score.toFixed(2)} vs ${a ? a.score.toFixed(2) : "excluded"}).`,
        },
      ];
    }
  }
  return [
    {
      fact: "none",
      from: "",
      to: "",
      swapped: false,
      explanation:
        `No single change of remote working, regulation, data sensitivity or duration would put ` +
        `${optionName(second)} above ${optionName(first)}.`,
    },
  ];
}
