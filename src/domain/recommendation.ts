/**
 * The vocabulary of a recommendation: options scored factor by factor, graph paths, precedents,
 * the portfolio split, the challenge to the request, and what would change the answer.
 */
import type { ChannelData, Named, PrecedentData, TaskEvidence, WorkerTypeData } from "./evidence.js";
import type { TraitWeight } from "./intake.js";
import type { NeedFacts, NeedInput } from "./need.js";
import type { Rule, RuleFinding } from "./rules.js";
export const FACTOR_KINDS = ["TRAIT_FIT", "PRECEDENTS", "TIME_TO_START", "COST", "AVAILABILITY", "RULE"] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export type Factor = Readonly<{
  kind: FactorKind;
  label: string;
  /** The input the factor read: a trait's weight in the need, an average outcome, days, relative cost, a penalty. */
  value: number;
  /** The weight it was multiplied by: a SUITS weight, a tuning weight, 1 for a rule penalty. */
  weight: number;
  contribution: number;
  explanation: string;
  traitId?: string;
  ruleId?: string;
}>;

export type PathNode = Readonly<{ id: string; kind: string; name: string }>;
export type PathStep = Readonly<{ type: string; weight: number | null }>;
export type GraphPath = Readonly<{ nodes: PathNode[]; relationships: PathStep[]; contribution: number }>;

export type PrecedentEvidence = Readonly<{
  precedent: PrecedentData;
  similarity: number;
  sameChannel: boolean;
  /** What this case added to (or took from) the option's score. */
  effect: number;
}>;

export type ScoredOption = Readonly<{
  workerType: Named;
  channel: ChannelData;
  score: number;
  confidence: number;
  factors: Factor[];
  paths: GraphPath[];
  precedents: PrecedentEvidence[];
  risks: RuleFinding[];
  excluded: boolean;
}>;

export type PortfolioPart = Readonly<{
  workerType: Named;
  channel: ChannelData;
  share: number;
  taskIds: string[];
  score: number;
}>;

export type Challenge = Readonly<{
  requestedWorkerType: Named;
  requestedScore: number | null;
  recommended: Readonly<{ workerType: Named; channel: ChannelData; score: number }>;
  margin: number;
  reasons: string[];
}>;

export type WhatWouldChange = Readonly<{
  fact: string;
  from: string;
  to: string;
  swapped: boolean;
  explanation: string;
}>;

export type Recommendation = Readonly<{
  options: ScoredOption[];
  excluded: ScoredOption[];
  portfolio: PortfolioPart[];
  challenge: Challenge | null;
  whatWouldChange: WhatWouldChange[];
  traits: TraitWeight[];
}>;

export type RecommendationInput = Readonly<{
  needId: string | null;
  need: NeedInput;
  /** The need's facts as resolved once for this request. */
  facts: NeedFacts;
  /** The need's tasks with their weight (decomposition score, or the client's override). */
  tasks: ReadonlyArray<Readonly<{ evidence: TaskEvidence; weight: number; confidence: number }>>;
  allTraits: readonly Named[];
  workerTypes: readonly WorkerTypeData[];
  precedents: readonly PrecedentData[];
  rules: readonly Rule[];
  today: string;
  limit: number;
}>;
