/** Writing an import plan: one transaction per step, counts per file, vectors of the new text alongside. */
import type { OnetRepository, StepWrite, WriteCounts } from "../graph/repositories/onetRepository.js";
import { EMBEDDED_LABELS, type EmbeddedLabel, isEmbedded } from "../graph/vectorModel.js";
import type { VectorCounts, VectorSync } from "../services/embedding/vectorSync.js";
import type { RowProblem } from "./onet/delimited.js";
import type { ImportPlan } from "./onet/planContext.js";

export type FileReport = Readonly<{
  file: string;
  rows: number;
  bad: number;
  skipped: number;
  /** What the file's step writes (or feeds), in words. */
  writes: string;
  /** Null for a file that only feeds another file's nodes. */
  counts: WriteCounts | null;
  problems: readonly RowProblem[];
  ms: number;
}>;

export type ImportReport = Readonly<{
  source: string;
  files: readonly FileReport[];
  /** Trait nodes the import had to create because the seed had not run. */
  traitsCreated: number;
  totals: Readonly<{ rows: number; bad: number; skipped: number } & WriteCounts>;
  /** Sentence vectors made for nodes whose text changed (or had none), and the time that took (partly alongside the steps). */
  vectors: Readonly<{ counts: VectorCounts; ms: number }>;
  ms: number;
}>;

export type ImportHooks = Readonly<{
  /** Called as a step writes: items done of the step's total. */
  progress?: (file: string, done: number, total: number) => void;
}>;

/**
 * Writes a validated plan (O*NET's or ESCO's): one transaction per file, in the plan's order;
 * unchanged nodes are not written, so a re-import of the same data changes nothing. Nodes whose
 * text changed are embedded (cached by content hash) once the last step writing their kind is done,
 * while the later steps are written: those keep Neo4j busy, the embedding keeps the other core busy.
 */
export async function applyPlan(
  plan: ImportPlan,
  repository: OnetRepository,
  vectorSync: VectorSync,
  options: Readonly<{ source: string; force: boolean }>,
  hooks: ImportHooks,
  started: number,
): Promise<ImportReport> {
  const vectors = embedInBackground(vectorSync, hooks);
  const lastStepOf = new Map<EmbeddedLabel, number>();
  plan.entries.forEach(({ write }, i) => {
    if (write?.nodes && isEmbedded(write.nodes.label)) lastStepOf.set(write.nodes.label, i);
  });

  const files: FileReport[] = [];
  let traitsCreated = 0;
  for (const [i, { stats, writes, write }] of plan.entries.entries()) {
    const stepStarted = performance.now();
    let counts: WriteCounts | null = null;
    if (write) {
      const total = itemCount(write);
      hooks.progress?.(stats.file, 0, total);
      const result = await repository
        .applyStep(write, options.source, {
          force: options.force,
          onProgress: (done) => hooks.progress?.(stats.file, done, total),
        })
        .catch(async (error: unknown) => {
          await vectors.done().catch(() => {});
          throw new OnetStepError(stats.file, files, error);
        });
      counts = {
        created: result.nodes.created + result.aspect.created,
        changed: result.nodes.changed + result.aspect.changed,
        unchanged: result.nodes.unchanged + result.aspect.unchanged,
      };
      traitsCreated += result.traitsCreated;
    }
    files.push({ ...stats, writes, counts, ms: performance.now() - stepStarted });
    for (const [label, last] of lastStepOf) if (last === i) vectors.queue(label);
  }
  // Kinds the release does not write (outcomes) are checked too: the seed may have changed them.
  for (const label of EMBEDDED_LABELS) if (!lastStepOf.has(label)) vectors.queue(label);
  const sum = (pick: (f: FileReport) => number) => files.reduce((total, f) => total + pick(f), 0);
  return {
    source: options.source,
    files,
    traitsCreated,
    totals: {
      rows: sum((f) => f.rows),
      bad: sum((f) => f.bad),
      skipped: sum((f) => f.skipped),
      created: sum((f) => f.counts?.created ?? 0),
      changed: sum((f) => f.counts?.changed ?? 0),
      unchanged: sum((f) => f.counts?.unchanged ?? 0),
    },
    vectors: await vectors.done(),
    ms: performance.now() - started,
  };
}

/** A write failed: its file's transaction rolled back, the files before it stay imported. */
export class OnetStepError extends Error {
  override name = "OnetStepError";
  constructor(
    readonly file: string,
    readonly completed: readonly FileReport[],
    cause: unknown,
  ) {
    super(
      `Writing ${file} failed and was rolled back (${completed.length} file(s) before it were imported; ` +
        `re-running the import resumes, as unchanged data is skipped): ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/** Refreshes the vectors of one kind after another, behind the caller's back, until `done` is awaited. */
function embedInBackground(sync: VectorSync, hooks: ImportHooks) {
  const counts = {} as VectorCounts;
  let ms = 0;
  let work: Promise<void> = Promise.resolve();
  return {
    queue(label: EmbeddedLabel): void {
      work = work.then(async () => {
        const started = performance.now();
        Object.assign(counts, await sync.refresh([label], (l, done, total) => hooks.progress?.(`${l} vectors`, done, total)));
        ms += performance.now() - started;
      });
      // Awaited by done(); marked handled so a failure before then is not fatal to the process.
      work.catch(() => {});
    },
    done: async () => {
      await work;
      return { counts, ms };
    },
  };
}

function itemCount(write: StepWrite): number {
  return (write.nodes?.items.length ?? 0) + (write.aspect?.items.length ?? 0);
}

