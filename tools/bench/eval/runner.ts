/**
 * Runs every variant on every need of every set, side by side (each need goes through all variants
 * before the next, so a change in machine load hits them alike), and prints the figures per half.
 */
import os from "node:os";
import type { Driver } from "neo4j-driver";
import type { Decomposition } from "../../../src/domain/intake.js";
import type { Embedder } from "../../../src/embedding/embedder.js";
import { ms, pct, summarize, table } from "../lib.js";
import { type Aggregate, aggregate, calibrate, type Calibrated, judge, type Judgement, TASK_K } from "./metrics.js";
import type { EvalSet } from "./sets.js";
import type { Half } from "./split.js";
import type { Variant } from "./variants.js";

/** Untimed needs per variant before the first timed one: JIT, connection pool and Neo4j page cache warm up. */
const WARMUP_NEEDS = 20;

type Row = Readonly<{ set: string; variant: string; figures: Aggregate; p50: number; p95: number; load: number }>;
/** Per variant: every returned task, right when it belongs to a right occupation. */
type Scored = Calibrated[];

export async function evaluate(
  graph: Readonly<{ driver: Driver; embedder: Embedder }>,
  variants: readonly Variant[],
  sets: readonly EvalSet[],
  halves: readonly Half[],
): Promise<void> {
  const opened = variants.map((v) => ({ name: v.name, decompose: v.open(graph.driver, graph.embedder) }));
  console.log(`\nintake evaluation: ${opened.length} variant(s) side by side: ${opened.map((v) => v.name).join(", ")}`);
  for (const set of sets) {
    console.log(`  ${set.name}: ${set.protocol}`);
    console.log(`    eligible: tune ${set.eligible.tune}, report ${set.eligible.report}; sampled: tune ${set.halves.tune.length}, report ${set.halves.report.length}`);
  }
  const warmup = sets.flatMap((set) => set.halves.tune.slice(0, Math.ceil(WARMUP_NEEDS / sets.length))).slice(0, WARMUP_NEEDS);
  for (const need of warmup) for (const variant of opened) await variant.decompose(need.text, TASK_K);
  console.log(
    "  split: by a hash of the O*NET-SOC code (O*NET sets) or the ESCO URI (ESCO sets); tune on 'tune', quote 'report'.\n" +
      "  occ@k: the right O*NET-SOC among the first k of decomposeNeed.occupations; task-occ@k: among the occupations of the\n" +
      `  first k tasks; recall@${TASK_K}: the right occupations' tasks not written in the need, in the first ${TASK_K} of the rest,\n` +
      `  out of min(${TASK_K}, their number); stated: share of the tasks written in the need that come back at all.\n` +
      "  The task-statement and posting needs carry the occupation's own task statements word for word, so their occupation\n" +
      "  hits are a lookup for full-text retrieval; other people's words are the ESCO sets (and real ads, held elsewhere).\n" +
      "  The importer stores reported titles as the occupations' altLabels: the title set measures title retrieval.\n" +
      `  p50/p95: one need at a time, after ${WARMUP_NEEDS} untimed needs per variant; load 1m: os.loadavg() after the set.`,
  );

  for (const half of halves) {
    const rows: Row[] = [];
    // Per variant and basis: stated (TEXT) and implied (OCCUPATION) tasks are calibrated apart.
    const scored = new Map<string, Scored>();
    // The ESCO label sets share most needs; a need's answer does not depend on the set it is judged in.
    const answers = new Map<string, { result: Decomposition; ms: number }>();
    for (const set of sets) {
      console.error(`  ${half}: ${set.name} (${set.halves[half].length} needs x ${opened.length} variants)...`);
      const judged = opened.map(() => ({ judgements: [] as Judgement[], times: [] as number[] }));
      for (const need of set.halves[half]) {
        const limit = TASK_K + need.truth.stated.size;
        for (const [v, variant] of opened.entries()) {
          const cacheKey = `${v}\u0000${limit}\u0000${need.text}`;
          let answer = answers.get(cacheKey);
          if (!answer) {
            const started = performance.now();
            const result = await variant.decompose(need.text, limit);
            answer = { result, ms: performance.now() - started };
            answers.set(cacheKey, answer);
          }
          const tasks = answer.result.listed;
          judged[v]!.judgements.push(judge({ tasks, occupations: answer.result.occupations }, need.truth));
          judged[v]!.times.push(answer.ms);
          for (const task of tasks) {
            const key = `${variant.name}${task.basis === "TEXT" ? "" : " (implied)"}`;
            const list = scored.get(key) ?? [];
            list.push([task.score, task.confidence, task.occupations.some((o) => need.truth.occupations.has(o.id))]);
            scored.set(key, list);
          }
        }
      }
      const load = os.loadavg()[0]!;
      for (const [v, variant] of opened.entries()) {
        const times = summarize(judged[v]!.times);
        rows.push({ set: set.name, variant: variant.name, figures: aggregate(judged[v]!.judgements), p50: times.median, p95: times.p95, load });
      }
    }
    printHalf(half, rows);
    if (half === "tune") printCalibration(scored);
  }
}

function printHalf(half: Half, rows: readonly Row[]): void {
  console.log(`\n== ${half === "tune" ? "tuning half (tune on these)" : "reporting half (held out: quote these)"} ==`);
  console.log(
    table(
      ["set", "variant", "n", "occ@1", "occ@5", "task-occ@1", "task-occ@5", `recall@${TASK_K}`, "stated", "no tasks", "p50", "p95", "load 1m"],
      rows.map((r) => [
        r.set,
        r.variant,
        String(r.figures.n),
        pct(r.figures.occupationHit1),
        pct(r.figures.occupationHit5),
        pct(r.figures.taskOccupationHit1),
        pct(r.figures.taskOccupationHit5),
        pct(r.figures.taskRecall),
        pct(r.figures.statedFound),
        String(r.figures.empty),
        ms(r.p50),
        ms(r.p95),
        r.load.toFixed(1),
      ]),
    ),
  );
}

/** Reported confidence of the returned tasks against the share that belong to a right occupation, tuning half only. */
function printCalibration(scored: ReadonlyMap<string, Scored>): void {
  const rows = [...scored].flatMap(([name, tasks]) => calibrationRows(name, tasks));
  console.log(`\n${table(["calibration, tuning half, all sets", "confidence", "tasks", "mean conf.", "right occupation"], rows)}`);
}

/** The rows of a calibration table: one per confidence bucket, then the logistic fit of right on score. */
export function calibrationRows(name: string, tasks: readonly Calibrated[]): string[][] {
  const { buckets, fit } = calibrate(tasks);
  return [
    ...buckets.map((b, j) => [j === 0 ? name : "", b.label, String(b.n), b.n ? b.meanConfidence.toFixed(3) : "-", b.n ? pct(b.right) : "-"]),
    ["", `fit: slope ${fit.slope.toFixed(2)}, midpoint ${fit.midpoint.toFixed(3)}`, String(tasks.length), "", ""],
  ];
}
