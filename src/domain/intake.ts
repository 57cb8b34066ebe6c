/**
 * The vocabulary of intake: a need decomposed into tasks, skills, outcomes, traits and occupations,
 * with the evidence for each, the warnings, and the facts as resolved from input and text.
 */
import type { Named, TaskEvidence } from "./evidence.js";
import type { NeedFacts, ResolvedFacts } from "./need.js";

/** Trait ids the facts speak to; they are seed data, so a graph without them simply gets no fact traits. */
export const FACT_TRAITS = {
  timeBound: "trait:time-bound",
  ongoing: "trait:ongoing",
  regulated: "trait:regulated",
  confidential: "trait:confidential",
  locationBound: "trait:location-bound",
  outcomeDefined: "trait:outcome-defined",
  physical: "trait:physical",
  continuousCoverage: "trait:continuous-coverage",
  oneOffExpertise: "trait:one-off-expertise",
  volumeWithReview: "trait:volume-with-review",
  clientDirected: "trait:client-directed",
  internalCandidate: "trait:internal-candidate",
  specialist: "trait:specialist",
  repetitive: "trait:repetitive",
  ruleBased: "trait:rule-based",
} as const;

export type MatchEvidence = Readonly<{
  clause: string;
  phrases: string[];
  words: string[];
  strength: number;
  /** Cosine similarity of the clause and the task's sentence, when the vector search found the task. */
  similarity: number | null;
}>;
/**
 * Why a task is in a decomposition: the text describes it (TEXT), or it is usual work of the occupation
 * the need reads as, not stated (OCCUPATION: advice for the reader, never an input to the recommendation).
 */
export const TASK_BASES = ["TEXT", "OCCUPATION"] as const;
export type TaskBasis = (typeof TASK_BASES)[number];

export type DecomposedTask = Readonly<{
  id: string;
  basis: TaskBasis;
  name: string;
  businessFunction: string | null;
  score: number;
  confidence: number;
  lexicalScore: number;
  graphSupport: number;
  titleMatch: number;
  evidence: MatchEvidence[];
  graphEvidence: string[];
  /** The phrase of the text that rules the task out ("no dealing with clients"); its score was lowered. */
  ruledOutBy: string | null;
  occupations: Named[];
}>;
export type InferredSkill = Readonly<{ id: string; name: string; weight: number; mentioned: boolean; fromTasks: string[] }>;
export type InferredOutcome = Readonly<{ id: string; name: string; weight: number; described: boolean; fromTasks: string[] }>;
export const TRAIT_SOURCE_KINDS = ["TASKS", "FACT", "TEXT"] as const;
export type TraitSourceKind = (typeof TRAIT_SOURCE_KINDS)[number];
export type TraitSource = Readonly<{ kind: TraitSourceKind; detail: string; weight: number }>;
export type TraitWeight = Readonly<{ id: string; name: string; weight: number; sources: TraitSource[] }>;
export type OccupationMatch = Readonly<{
  id: string;
  name: string;
  weight: number;
  taskCount: number;
  titleMatch: boolean;
  /** Cosine similarity of the need's title or work text and the occupation, when the vector search found it. */
  similarity: number | null;
}>;
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
  /** The tasks the text describes, strongest first: what skills, traits, warnings and the recommendation build on. */
  tasks: DecomposedTask[];
  /**
   * The tasks as the API lists them, at most the limit: the stated ones and the usual tasks of the occupations
   * the need reads as (basis OCCUPATION), together by score, so a strong implied task goes before a weak match.
   */
  listed: DecomposedTask[];
  skills: InferredSkill[];
  outcomes: InferredOutcome[];
  traits: TraitWeight[];
  occupations: OccupationMatch[];
  warnings: IntakeWarning[];
  /** Phrases the text rules out; tasks and traits that match them were lowered. */
  ruledOut: string[];
  /** Every fact as resolved (input first, then text), with where each came from. */
  statedFacts: StatedFacts;
  facts: ResolvedFacts;
  requestedWorkerType: Named | null;
  /** The graph evidence of the reported tasks, for the recommendation that builds on them. */
  taskEvidence: TaskEvidence[];
}>;

/** A clause as intake searches it; `weight` is its section's (duties 1, requirements less, boilerplate never). */
export type ClauseWords = Readonly<{ text: string; words: string[]; weight: number }>;

export type StatedFacts = Pick<
  NeedFacts,
  | "hoursPerWeek"
  | "headcount"
  | "remoteAllowed"
  | "regulated"
  | "dataSensitivity"
  | "tenureWeeks"
  | "renewals"
  | "coverage"
  | "volumes"
  | "control"
  | "regulatedDomains"
  | "sources"
>;
