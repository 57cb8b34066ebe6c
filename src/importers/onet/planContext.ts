/** What the steps of the import plan share: the summary entries, the context every step reads, small item makers. */
import type { AspectItem, ImportNode, StepWrite } from "../../graph/repositories/onetRepository.js";
import { contentHash } from "./ids.js";
import type { FileStats, Located, Release } from "./release.js";
import type { OccupationRow, TaskRow } from "./rows.js";

/** One row of the summary. `write` is null for a file that only feeds another file's nodes. */
export type PlanEntry = Readonly<{ stats: FileStats; writes: string; write: StepWrite | null }>;
export type ImportPlan = Readonly<{ entries: PlanEntry[] }>;

export type TraitCatalog = ReadonlyMap<string, Readonly<{ name: string; description: string }>>;
export type PlanOptions = Readonly<{ source: string; traitCatalog: TraitCatalog }>;

/** Task -> skill links: at most this many per task, and only skills the occupation rates at least "somewhat important". */
export const TASK_SKILLS_PER_TASK = 5;
export const MIN_TASK_SKILL_IMPORTANCE = 0.25;
export const TECHNOLOGY_EXAMPLES = 5;
export const DERIVED_TRAITS = "(derived) task traits";

export type TaskInfo = Readonly<{ id: string; row: TaskRow }>;
export type Importance = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What every step of the plan shares: the release, the source, and the summary being built. */
export type Context = Readonly<{
  release: Release;
  entries: PlanEntry[];
  node: (id: string, props: Record<string, unknown>, links?: Record<string, unknown>) => ImportNode;
  occupations: ReadonlyMap<string, Located<OccupationRow>>;
  /** Content Model descriptions by element id (GWAs, skills, knowledge). */
  elementText: ReadonlyMap<string, string>;
  /** False (after reporting a bad row) when the occupation is not in Occupation Data.txt. */
  known: (stats: FileStats, line: number, code: string) => boolean;
}>;

/** An import's node: its properties with the source, hashed with the links it owns. */
export const nodeMaker =
  (source: string) =>
  (id: string, props: Record<string, unknown>, links: Record<string, unknown> = {}): ImportNode => {
    const all = { ...props, source };
    return { id, hash: contentHash({ props: all, links }), props: all, links };
  };

export const linksItem = (id: string, links: readonly unknown[]): AspectItem => ({ id, hash: contentHash(links), links });
export const propsItem = (id: string, props: Record<string, unknown>): AspectItem => ({ id, hash: contentHash(props), props });
