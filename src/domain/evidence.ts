/**
 * Evidence records: what the graph knows about tasks, worker types, channels and precedents, as plain
 * data the intake and recommendation logic reads. Repositories produce them; services score them.
 */

export type Hit = Readonly<{ id: string; score: number }>;
export type Retrieval = Readonly<{
  /** Full-text (BM25) hits per clause. */
  taskHits: ReadonlyArray<Hit & { clause: number }>;
  /** Nearest tasks per clause by sentence vector; `score` is the cosine similarity (-1..1). */
  semanticHits: ReadonlyArray<Hit & { clause: number }>;
  /** Nearest occupations to the need's title and to its work text; `score` is the cosine similarity. */
  semanticOccupations: ReadonlyArray<Hit & { name: string; taskIds: string[]; via: "TITLE" | "TEXT" }>;
  skillHits: readonly Hit[];
  occupationHits: ReadonlyArray<Hit & { name: string; taskIds: string[] }>;
  outcomeHits: ReadonlyArray<Hit & { name: string }>;
  /** Every active trait, so facts can add a trait no matched task carries. */
  traits: readonly Named[];
  requestedWorkerType: Named | null;
}>;

export type Named = Readonly<{ id: string; name: string }>;
export type TaskEvidence = Readonly<{
  id: string;
  name: string;
  description: string;
  keywords: string[];
  altLabels: string[];
  businessFunction: string | null;
  occupations: Named[];
  skills: Array<Named & { importance: number }>;
  outcomes: Named[];
  traits: Array<Named & { weight: number }>;
  /** A sample of the precedents that involved the task (enough to see overlap between tasks). */
  precedentIds: string[];
}>;

export type ChannelData = Readonly<{
  id: string;
  name: string;
  typicalDaysToStart: number;
  relativeCost: number;
  minEngagementWeeks: number;
  maxEngagementWeeks: number | null;
  offshore: boolean;
  /** 0..1: how readily the organisation gets a worker through the channel (0: it has no such channel). */
  availability: number;
}>;

export type WorkerTypeData = Readonly<{
  id: string;
  name: string;
  /** SUITS weight per trait id. */
  suits: Readonly<Record<string, number>>;
  channels: readonly ChannelData[];
}>;

export type PrecedentData = Readonly<{
  id: string;
  name: string;
  taskIds: readonly string[];
  workerTypeId: string | null;
  channelId: string | null;
  requestedWorkerTypeId: string | null;
  durationWeeks: number | null;
  ongoing: boolean | null;
  regulated: boolean | null;
  dataSensitivity: string | null;
  remoteAllowed: boolean | null;
  rating: number;
  costVariancePct: number;
  needChanged: boolean;
  issues: readonly string[];
}>;

/** A task of an occupation, with what says how usual it is there (for the tasks a need implies). */
export type OccupationTask = Readonly<{
  occupationId: string;
  id: string;
  name: string;
  businessFunction: string | null;
  keywords: readonly string[];
  altLabels: readonly string[];
  /** O*NET's importance rating scaled to 0..1, when imported. */
  importance: number | null;
  /** O*NET's task type: "Core", "Supplemental", or null. */
  taskType: string | null;
  occupations: Named[];
}>;
