/**
 * Metrics of the intake evaluation over plain data: occupation hit@k (in the ranked occupations, and
 * among the occupations of the top tasks), task recall@k with the tasks written into the need set
 * aside, and the aggregation of many judged needs. No database, no timing of its own.
 */

export type RankedTask = Readonly<{ id: string; occupations: ReadonlyArray<Readonly<{ id: string }>> }>;
/** The part of a decomposition the metrics read. */
export type RankedResult = Readonly<{ tasks: readonly RankedTask[]; occupations: ReadonlyArray<Readonly<{ id: string }>> }>;

/** What is right for one need: its occupations, their tasks, and the tasks its text states outright. */
export type Truth = Readonly<{ occupations: ReadonlySet<string>; tasks: ReadonlySet<string>; stated: ReadonlySet<string> }>;

export const TASK_K = 20;

/** True when one of the first k ids is right. */
export function hitAtK(ranked: readonly string[], right: ReadonlySet<string>, k: number): boolean {
  return ranked.slice(0, k).some((id) => right.has(id));
}

/** Share of the relevant ids in the first k, out of what k could hold: min(k, relevant). NaN when nothing is relevant. */
export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return NaN;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(k, relevant.size);
}

export type Judgement = Readonly<{
  occupationHit1: boolean;
  occupationHit5: boolean;
  taskOccupationHit1: boolean;
  taskOccupationHit5: boolean;
  /** Unstated tasks of the right occupations in the top TASK_K once the stated ones are set aside. */
  taskRecall: number;
  /** Share of the stated tasks returned at all (NaN when the need states none). */
  statedFound: number;
  empty: boolean;
}>;

/**
 * Judges one decomposition. A stated task is in the graph word for word, so finding it is a lookup:
 * it is reported apart (statedFound), and recall counts only the occupation's other tasks, ranked
 * as if the stated ones were not there (the call asks for TASK_K + stated tasks to leave room).
 */
export function judge(result: RankedResult, truth: Truth): Judgement {
  const occupationIds = result.occupations.map((o) => o.id);
  const taskRight = result.tasks.map((t) => t.occupations.some((o) => truth.occupations.has(o.id)));
  const unstated = result.tasks.map((t) => t.id).filter((id) => !truth.stated.has(id));
  const relevant = new Set([...truth.tasks].filter((id) => !truth.stated.has(id)));
  return {
    occupationHit1: hitAtK(occupationIds, truth.occupations, 1),
    occupationHit5: hitAtK(occupationIds, truth.occupations, 5),
    taskOccupationHit1: taskRight[0] ?? false,
    taskOccupationHit5: taskRight.slice(0, 5).some(Boolean),
    taskRecall: recallAtK(unstated, relevant, TASK_K),
    statedFound: truth.stated.size === 0 ? NaN : result.tasks.filter((t) => truth.stated.has(t.id)).length / truth.stated.size,
    empty: result.tasks.length === 0,
  };
}

export type Aggregate = Readonly<{
  n: number;
  occupationHit1: number;
  occupationHit5: number;
  taskOccupationHit1: number;
  taskOccupationHit5: number;
  taskRecall: number;
  statedFound: number;
  empty: number;
}>;

/** Means over the judged needs; a NaN figure (nothing to recall) is left out of its mean, not counted as 0. */
export function aggregate(judgements: readonly Judgement[]): Aggregate {
  const share = (pick: (j: Judgement) => boolean) => judgements.filter(pick).length / judgements.length;
  const mean = (pick: (j: Judgement) => number) => {
    const values = judgements.map(pick).filter((x) => !Number.isNaN(x));
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  };
  return {
    n: judgements.length,
    occupationHit1: share((j) => j.occupationHit1),
    occupationHit5: share((j) => j.occupationHit5),
    taskOccupationHit1: share((j) => j.taskOccupationHit1),
    taskOccupationHit5: share((j) => j.taskOccupationHit5),
    taskRecall: mean((j) => j.taskRecall),
    statedFound: mean((j) => j.statedFound),
    empty: judgements.filter((j) => j.empty).length,
  };
}

export const CONFIDENCE_BUCKETS = [
  { label: "0.0-0.5", lo: 0, hi: 0.5 },
  { label: "0.5-0.8", lo: 0.5, hi: 0.8 },
  { label: "0.8-1.0", lo: 0.8, hi: 1.0001 },
] as const;

/** One returned task: its score, the confidence reported for it, and whether it was right. */
export type Calibrated = readonly [score: number, confidence: number, right: boolean];

export type Calibration = Readonly<{
  buckets: ReadonlyArray<Readonly<{ label: string; n: number; meanConfidence: number; right: number }>>;
  fit: Readonly<{ slope: number; midpoint: number }>;
}>;

/** Reported confidence against the share right, per confidence bucket, and the logistic fit of right on score. */
export function calibrate(tasks: readonly Calibrated[]): Calibration {
  const buckets = CONFIDENCE_BUCKETS.map(({ label, lo, hi }) => {
    const inBucket = tasks.filter(([, confidence]) => confidence >= lo && confidence < hi);
    const n = inBucket.length;
    return { label, n, meanConfidence: inBucket.reduce((a, [, c]) => a + c, 0) / n, right: inBucket.filter(([, , r]) => r).length / n };
  });
  return { buckets, fit: fitLogistic(tasks.map(([score, , right]) => [score, right] as const)) };
}

/** Maximum-likelihood logistic regression p = 1 / (1 + exp(-slope * (score - midpoint))), by Newton's method. */
export function fitLogistic(pairs: ReadonlyArray<readonly [number, boolean]>): { slope: number; midpoint: number } {
  let a = 0; // intercept
  let b = 1; // slope
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const [x, y] of pairs) {
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const w = p * (1 - p);
      ga += (y ? 1 : 0) - p;
      gb += ((y ? 1 : 0) - p) * x;
      haa += w;
      hab += w * x;
      hbb += w * x * x;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { slope: b, midpoint: -a / b };
}
