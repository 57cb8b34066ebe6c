/**
 * The vocabulary of intake: a need decomposed into tasks, skills, outcomes, traits and occupations,
 * with the evidence for each, the warnings, and the facts as resolved from input and text.
 */
import type { Named, TaskEvidence } from "./evidence.js";
import type { ResolvedFacts } from "./need.js";

/** Trait ids the facts speak to; they are seed data, so a graph without them simply gets no fact traits. */
export const FACT_TRAITS = {
  timeBound: "trait:time-bound",
  ongoing: "trait:ongoing",
  regulated: "trait:regulated",
  confidential: "trait:confidential",
  locationBound: "trait:location-bound",
  outcomeDefined: "trait:outcome-defined",
  physical: "trait:physical",
} as const;

export type MatchEvidence = Readonly<{ clause: string; phrases: string[]; words: string[]; strength: number }>;
export type DecomposedTask = Readonly<{
  id: string;
  name: string;
  businessFunction: string | null;
  score: number;
  confidence: number;
  lexicalScore: number;
  graphSupport: number;
  titleMatch: number;
  evidence: MatchEvidence[];
  graphEvidence: string[];
  occupations: Named[];
}>;
export type InferredSkill = Readonly<{ id: string; name: string; weight: number; mentioned: boolean; fromTasks: string[] }>;
export type InferredOutcome = Readonly<{ id: string; name: string; weight: number; described: boolean; fromTasks: string[] }>;
export const TRAIT_SOURCE_KINDS = ["TASKS", "FACT", "TEXT"] as const;
export type TraitSourceKind = (typeof TRAIT_SOURCE_KINDS)[number];
export type TraitSource = Readonly<{ kind: TraitSourceKind; detail: string; weight: number }>;
export type TraitWeight = Readonly<{ id: string; name: string; weight: number; sources: TraitSource[] }>;
export type OccupationMatch = Readonly<{ id: string; name: string; weight: number; taskCount: number; titleMatch: boolean }>;
export const WARNING_CODES = [
  "NOTHING_MATCHED",
  "TOO_VAGUE",
  "LOW_CONFIDENCE",
  "CONTRADICTORY_FACTS",
  "NOT_ENGLISH",
  "UNKNOWN_WORKER_TYPE",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
export type IntakeWarning = Readonly<{ code: WarningCode; message: string }>;

export type Decomposition = Readonly<{
  version: string;
  tasks: DecomposedTask[];
  skills: InferredSkill[];
  outcomes: InferredOutcome[];
  traits: TraitWeight[];
  occupations: OccupationMatch[];
  warnings: IntakeWarning[];
  facts: ResolvedFacts;
  requestedWorkerType: Named | null;
  /** The graph evidence of the reported tasks, for the recommendation that builds on them. */
  taskEvidence: TaskEvidence[];
}>;

export type ClauseWords = Readonly<{ text: string; words: string[] }>;
