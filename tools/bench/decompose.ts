/**
 * `npm run bench:decompose`: latency of IntakeService.decompose on the seed graph and on the O*NET
 * graph, its quality on the seed graph's labelled needs (tools/bench/intakeEval.json), and the intake
 * evaluation on the O*NET graph: text nobody here wrote (O*NET reported titles and task statements,
 * ESCO descriptions and alternative labels labelled through the ESCO<->O*NET crosswalk) and composed
 * job postings, split into a tuning and a reporting half, with every variant of tools/bench/eval/
 * variants.ts side by side. The protocols are in tools/bench/eval/sets.ts and printed with the figures.
 *
 * Graphs: the seed graph on WORKGRAPH_BENCH_SEED_BOLT_PORT (default 7690, .data/neo4j-bench-seed,
 * created and seeded here) and the O*NET graph that `npm run bench:import` leaves on
 * WORKGRAPH_BENCH_BOLT_PORT (default 7689, .data/neo4j-bench). Figures are printed, never asserted.
 * Instances started here are stopped at the end; their data stays for reruns. Options: see USAGE.
 */
import { readFile } from "node:fs/promises";
import type { Context } from "../../src/graphql/context.js";
import { INTAKE_TUNING } from "../../src/services/intake/tuning.js";
import { type LabelledNeed, labelledQuality } from "./eval/labelled.js";
import { type BenchOptions, benchOptions, USAGE } from "./eval/options.js";
import { calibrationRows, evaluate } from "./eval/runner.js";
import { buildEvalSets } from "./eval/sets.js";
import { VARIANTS } from "./eval/variants.js";
import {
  type Bench,
  bench,
  machine,
  ms,
  NOT_IMPORTED,
  ONET_GRAPH,
  onetImported,
  openGraph,
  pct,
  runMain,
  scoringStepsOf,
  SEED_GRAPH,
  summarize,
  table,
  timeRuns,
  timeService,
} from "./lib.js";
import { HUNDRED_WORD_NEEDS } from "./needs.js";

const LATENCY = { warmup: 20, runs: 200 };

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = benchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    // A mistyped option is the user's to fix: the message and the usage, not a stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  console.log(`bench:decompose  (IntakeService.decompose, in process; ${machine()})\n`);

  if (options.seedGraph) {
    console.log(`== seed graph (port ${SEED_GRAPH.port}) ==`);
    const seed = await openGraph(SEED_GRAPH, { seed: true });
    try {
      const b = bench(seed.driver, seed.embedder);
      if (options.latency) await latency(b, "seed graph");
      await seedQuality(b);
    } finally {
      await seed.close();
    }
  }

  console.log(`\n== O*NET graph (port ${ONET_GRAPH.port}) ==`);
  const onet = await openGraph(ONET_GRAPH, { seed: false });
  try {
    const imported = await onetImported(onet.executor);
    if (imported.occupations === 0) {
      console.log(NOT_IMPORTED);
      return;
    }
    const [extra] = await onet.executor.read(
      `CALL () { MATCH (t:Task) WHERE NOT t.id STARTS WITH 'onet:' RETURN count(t) AS otherTasks }
       CALL () { MATCH (p:PrecedentCase) WHERE EXISTS { (p)-[:INVOLVED_TASK]->() } RETURN count(p) AS cases }
       RETURN otherTasks, cases`,
    );
    // bench:recommend seeds this graph and adds synthetic cases; both take part in decomposition.
    console.log(
      `${imported.occupations} O*NET occupations, ${imported.tasks} O*NET tasks; also ${extra!.otherTasks} seed tasks ` +
        `and ${extra!.cases} precedent cases linked to tasks (bench:recommend adds them; they compete and lend support)`,
    );
    if (options.latency) await latency(bench(onet.driver, onet.embedder), "O*NET graph");
    const started = performance.now();
    const sets = await buildEvalSets(onet.executor, options.evaluation);
    await evaluate(onet, VARIANTS, sets, options.halves);
    console.log(`\nevaluation took ${((performance.now() - started) / 1000).toFixed(0)} s (${machine()})`);
  } finally {
    await onet.close();
  }
}

/** Median and p95 of decompose for the ~100-word needs, rotated; round trips; the pure scoring alone. */
async function latency(b: Bench, graph: string): Promise<void> {
  const decompose = (context: Context, i: number) =>
    context.services.intake.decompose({ text: HUNDRED_WORD_NEEDS[i % HUNDRED_WORD_NEEDS.length]! }, 10);
  for (let i = 0; i < HUNDRED_WORD_NEEDS.length; i++) {
    const { decomposition } = await decompose(b.context(), i);
    const top = decomposition.tasks.slice(0, 3).map((t) => `${t.name} (${t.confidence})`);
    console.log(`  need ${i + 1}: ${decomposition.tasks.length} tasks; top: ${top.join("; ") || "none"}`);
  }
  const { total, cypher, roundTrips } = await timeService(b, decompose, LATENCY);
  const steps = await scoringStepsOf(b, HUNDRED_WORD_NEEDS);
  const pure = summarize(await timeRuns((i) => steps[i % steps.length]!.decompose(), LATENCY));
  console.log(
    `\n${table(
      ["decompose, 100-word need", "runs", "median", "p95", "max", "Cypher (median)", "decompose() alone", "round trips"],
      [[graph, String(total.n), ms(total.median), ms(total.p95), ms(total.max), ms(cypher.median), ms(pure.median), roundTrips.toFixed(1)]],
    )}`,
  );
}

/**
 * Quality on the seed graph against a labelled set of needs in managers' words (tools/bench/intakeEval.json:
 * each need with the seed tasks it is made of). Unlike the O*NET proxy this labels the quantity the
 * confidence claims: whether a returned task is part of the need. Tasks not in the label count as wrong,
 * though some are arguably related, so precision is a lower bound.
 */
async function seedQuality(b: Bench): Promise<void> {
  const needs = JSON.parse(await readFile(new URL("./intakeEval.json", import.meta.url), "utf8")) as LabelledNeed[];
  const { hit1, recall5, recall10, tasks } = await labelledQuality(b, needs);
  console.log(`\nquality on the seed graph: ${needs.length} labelled needs (tools/bench/intakeEval.json, in sample), decompose limit 10`);
  console.log(table(["hit@1", "recall@5", "recall@10"], [[pct(hit1), pct(recall5), pct(recall10)]]));
  console.log(table(["calibration", "confidence", "tasks", "mean conf.", "part of the need"], calibrationRows("seed needs", tasks)));
  console.log(
    `(the fit is of P(part of the need) on score; INTAKE_TUNING has slope ${INTAKE_TUNING.confidenceSlope}, ` +
      `midpoint ${INTAKE_TUNING.confidenceMidpoint})`,
  );
}

runMain(main);
