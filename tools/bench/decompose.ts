/**
 * `npm run bench:decompose`: latency of IntakeService.decompose on the seed graph and on the O*NET
 * graph, and its quality on O*NET with a protocol anyone can rerun:
 *
 * - a fixed random sample (mulberry32, seed 42) of SAMPLE_SIZE O*NET occupations that have at least
 *   MIN_TASKS tasks and at least one reported job title;
 * - each is decomposed twice (limit 20), from text written by others: (a) its O*NET description,
 *   (b) one of its reported job titles ("Sample of Reported Titles.txt", picked by the same PRNG);
 * - occupation hit@1 / hit@5: the top task / one of the top five belongs to the occupation
 *   (Occupation -INCLUDES_TASK-> Task in the graph); task recall@20: the share of the occupation's
 *   tasks found in the top 20, out of min(20, its task count); calibration: reported confidence of
 *   the top-20 tasks against the share of them that belong to the occupation.
 *
 * Graphs: the seed graph on port 7690 (.data/neo4j-bench-seed, created and seeded here) and the O*NET
 * graph that `npm run bench:import` leaves on port 7689 (.data/neo4j-bench). Figures are printed,
 * never asserted. Instances started here are stopped at the end; their data stays for reruns.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Executor } from "../../src/graph/executor.js";
import type { Context } from "../../src/graphql/context.js";
import {
  type Bench, bench, machine, mulberry32, ms, NOT_IMPORTED, ONET_DIR, ONET_GRAPH, onetImported, openGraph, pct, pick,
  runMain, scoringStepsOf, SEED_GRAPH, shuffled, summarize, table, timeRuns, timeService,
} from "./lib.js";
import { INTAKE_TUNING } from "../../src/services/intake/decompose.js";
import { HUNDRED_WORD_NEEDS } from "./needs.js";

const LATENCY = { warmup: 20, runs: 200 };
const SAMPLE_SEED = 42;
const SAMPLE_SIZE = 100;
const MIN_TASKS = 5;
const LIMIT = 20;
const BUCKETS = [
  { label: "0.0-0.5", lo: 0, hi: 0.5 },
  { label: "0.5-0.8", lo: 0.5, hi: 0.8 },
  { label: "0.8-1.0", lo: 0.8, hi: 1.0001 },
] as const;

async function main(): Promise<void> {
  console.log(`bench:decompose  (IntakeService.decompose, in process; ${machine()})\n`);

  console.log("== seed graph (port 7690) ==");
  const seed = await openGraph(SEED_GRAPH, { seed: true });
  try {
    const b = bench(seed.driver, seed.embedder);
    await latency(b, "seed graph");
    await seedQuality(b);
  } finally {
    await seed.close();
  }

  console.log("\n== O*NET graph (port 7689) ==");
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
    const b = bench(onet.driver, onet.embedder);
    await latency(b, "O*NET graph");
    await quality(b, onet.executor);
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
  const needs = JSON.parse(await readFile(new URL("./intakeEval.json", import.meta.url), "utf8")) as Array<{ text: string; tasks: string[] }>;
  let hit1 = 0, recall5 = 0, recall10 = 0;
  const pairs: Array<[number, boolean]> = [];
  const buckets = BUCKETS.map(() => ({ n: 0, confidence: 0, right: 0 }));
  for (const need of needs) {
    const { decomposition } = await b.context().services.intake.decompose({ text: need.text }, 10);
    const expected = new Set(need.tasks);
    const right = decomposition.tasks.map((t) => expected.has(t.id));
    if (right[0]) hit1++;
    recall5 += right.slice(0, 5).filter(Boolean).length / expected.size;
    recall10 += right.filter(Boolean).length / expected.size;
    for (const [j, task] of decomposition.tasks.entries()) {
      pairs.push([task.score, right[j]!]);
      const bucket = buckets[BUCKETS.findIndex((x) => task.confidence >= x.lo && task.confidence < x.hi)]!;
      bucket.n++;
      bucket.confidence += task.confidence;
      if (right[j]) bucket.right++;
    }
  }
  const n = needs.length;
  console.log(`\nquality on the seed graph: ${n} labelled needs (tools/bench/intakeEval.json), decompose limit 10`);
  console.log(table(["hit@1", "recall@5", "recall@10"], [[pct(hit1 / n), pct(recall5 / n), pct(recall10 / n)]]));
  console.log(
    table(
      ["calibration", "confidence", "tasks", "mean conf.", "part of the need"],
      buckets.map((x, j) => ["seed needs", BUCKETS[j]!.label, String(x.n), x.n ? (x.confidence / x.n).toFixed(3) : "-", x.n ? pct(x.right / x.n) : "-"]),
    ),
  );
  const fit = fitLogistic(pairs);
  console.log(
    `logistic fit of P(part of the need) on score (${pairs.length} tasks): slope ${fit.slope.toFixed(2)}, midpoint ${fit.midpoint.toFixed(3)} ` +
      `(INTAKE_TUNING: slope ${INTAKE_TUNING.confidenceSlope}, midpoint ${INTAKE_TUNING.confidenceMidpoint})`,
  );
}

type Occupation = Readonly<{ id: string; code: string; name: string; description: string; tasks: ReadonlySet<string>; titles: string[] }>;

async function quality(b: Bench, executor: Executor): Promise<void> {
  const sample = await sampleOccupations(executor);
  console.log(
    `\nquality: ${sample.sample.length} of ${sample.eligible} occupations with >= ${MIN_TASKS} tasks and a reported title ` +
      `(mulberry32 seed ${SAMPLE_SEED}), decompose limit ${LIMIT}`,
  );
  const kinds = [
    { kind: "(a) O*NET description", text: (o: Occupation, i: number) => o.description || sample.titles[i]! },
    { kind: "(b) reported job title", text: (_: Occupation, i: number) => sample.titles[i]! },
  ];
  const rows: string[][] = [];
  const calibration: string[][] = [];
  const pairs: Array<[score: number, right: boolean]> = [];
  for (const { kind, text } of kinds) {
    let hit1 = 0, hit5 = 0, recall = 0, empty = 0;
    const times: number[] = [];
    const buckets = BUCKETS.map(() => ({ n: 0, confidence: 0, right: 0 }));
    for (const [i, occupation] of sample.sample.entries()) {
      const started = performance.now();
      const { decomposition } = await b.context().services.intake.decompose({ text: text(occupation, i) }, LIMIT);
      times.push(performance.now() - started);
      const right = decomposition.tasks.map((t) => occupation.tasks.has(t.id));
      if (right.length === 0) empty++;
      if (right[0]) hit1++;
      if (right.slice(0, 5).some(Boolean)) hit5++;
      recall += right.filter(Boolean).length / Math.min(LIMIT, occupation.tasks.size);
      for (const [j, task] of decomposition.tasks.entries()) {
        pairs.push([task.score, right[j]!]);
        const b = buckets[BUCKETS.findIndex((x) => task.confidence >= x.lo && task.confidence < x.hi)]!;
        b.n++;
        b.confidence += task.confidence;
        if (right[j]) b.right++;
      }
    }
    const n = sample.sample.length;
    const t = summarize(times);
    rows.push([kind, String(n), pct(hit1 / n), pct(hit5 / n), pct(recall / n), String(empty), ms(t.median), ms(t.p95)]);
    for (const [j, b] of buckets.entries()) {
      calibration.push([j === 0 ? kind : "", BUCKETS[j]!.label, String(b.n), b.n ? (b.confidence / b.n).toFixed(3) : "-", b.n ? pct(b.right / b.n) : "-"]);
    }
  }
  console.log(`\n${table(["need text", "n", "hit@1", "hit@5", "recall@20", "no tasks", "median", "p95"], rows)}`);
  console.log(`\n${table(["calibration (top-20 tasks)", "confidence", "tasks", "mean conf.", "right occupation"], calibration)}`);
  const fit = fitLogistic(pairs);
  console.log(
    `\nlogistic fit of P(right occupation) on score, both need kinds pooled (${pairs.length} tasks): ` +
      `slope ${fit.slope.toFixed(2)}, midpoint ${fit.midpoint.toFixed(3)} ` +
      `(INTAKE_TUNING has slope ${INTAKE_TUNING.confidenceSlope}, midpoint ${INTAKE_TUNING.confidenceMidpoint})`,
  );
  console.log(
    [
      "",
      "caveats:",
      "  (a) the need is O*NET's own description of the occupation, which shares vocabulary with its own task",
      "      statements: an optimistic case, not a manager's words.",
      "  (b) reported titles are the harder, more realistic case, but the importer stores them as the occupation's",
      "      altLabels (searched by the occupation-title index) and each task's description ends with its",
      "      occupation's title, so a title lookup can find the answer key; it measures title retrieval and",
      "      ranking more than generalisation to unseen titles. No held-out title list is in the data.",
      "  'right occupation' is strict: a task of a closely related occupation counts as wrong.",
    ].join("\n"),
  );
}

/** Maximum-likelihood logistic regression p = 1 / (1 + exp(-slope * (score - midpoint))), by Newton's method. */
function fitLogistic(pairs: ReadonlyArray<readonly [number, boolean]>): { slope: number; midpoint: number } {
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

/** The sample: ground truth from the graph (INCLUDES_TASK), need texts from the O*NET files. */
async function sampleOccupations(executor: Executor) {
  const rows = await executor.read(
    `MATCH (o:Occupation) WHERE o.id STARTS WITH 'onet:' AND o.status = 'ACTIVE'
     RETURN o.id AS id, o.name AS name, [(o)-[:INCLUDES_TASK]->(t:Task) WHERE t.status = 'ACTIVE' | t.id] AS tasks
     ORDER BY id`,
  );
  const descriptions = new Map((await readTsv("Occupation Data.txt")).map((r) => [r["O*NET-SOC Code"]!, r.Description ?? ""]));
  const titles = new Map<string, string[]>();
  for (const r of await readTsv("Sample of Reported Titles.txt")) {
    const code = r["O*NET-SOC Code"]!;
    titles.set(code, [...(titles.get(code) ?? []), r["Reported Job Title"]!]);
  }
  const eligible: Occupation[] = rows
    .map((r) => {
      const code = (r.id as string).slice("onet:".length);
      return {
        id: r.id as string,
        code,
        name: r.name as string,
        description: descriptions.get(code) ?? "",
        tasks: new Set(r.tasks as string[]),
        titles: [...(titles.get(code) ?? [])].sort(),
      };
    })
    .filter((o) => o.tasks.size >= MIN_TASKS && o.titles.length > 0);
  const rng = mulberry32(SAMPLE_SEED);
  const sample = shuffled(rng, eligible).slice(0, SAMPLE_SIZE);
  return { eligible: eligible.length, sample, titles: sample.map((o) => pick(rng, o.titles)) };
}

async function readTsv(file: string): Promise<Array<Record<string, string>>> {
  const [header, ...lines] = (await readFile(path.join(ONET_DIR, file), "utf8")).split(/\r?\n/).filter(Boolean);
  const names = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((v, i) => [names[i]!, v])));
}

runMain(main);
