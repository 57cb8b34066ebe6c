/**
 * `npm run bench:recommend`: latency of RecommendService.recommend for ~100-word needs, with the
 * Cypher round trips per recommendation and the share of the time spent in Cypher vs pure scoring.
 *
 * - Seed graph: port 7690 (.data/neo4j-bench-seed), created and seeded here.
 * - Large scale: the O*NET graph `npm run bench:import` leaves on port 7689 (.data/neo4j-bench),
 *   seeded (worker types, channels, traits, rules) and given PRECEDENTS synthetic precedent cases
 *   (seeded generator; ids prec:bench:<n>, source "synthetic-bench"), each linked to 1-4 tasks of one
 *   O*NET occupation. Occupations are drawn with a skew (a few popular occupations hold thousands of
 *   cases), as real case histories are. Generation is skipped when the cases are already there.
 *   Needs are built from O*NET task statements of occupations that have cases: "typical" (any such
 *   occupation) and "hot" (the five occupations with the most cases).
 *
 * Then the public judgement suite on the seed graph: pass rate, failing cases, margins and fragile cases.
 * `--profile`: only the O*NET graph, each set of needs under the CPU profiler: top frames by self time,
 * the share per package or folder, and the .cpuprofile saved under .data/profiles/.
 * Targets are printed beside the figures, never asserted. Instances started here are stopped at the end.
 */
import { parseArgs } from "node:util";
import { SHARED_TENANT } from "../../src/domain/principal.js";
import type { Executor } from "../../src/graph/executor.js";
import type { Context } from "../../src/graphql/context.js";
import { createMaintenance } from "../../src/services/index.js";
import {
  type Bench,
  bench,
  firstWords,
  machine,
  ms,
  mulberry32,
  NOT_IMPORTED,
  ONET_GRAPH,
  onetImported,
  openGraph,
  pct,
  pick,
  runMain,
  scoringStepsOf,
  SEED_GRAPH,
  type ServiceTimes,
  shuffled,
  summarize,
  table,
  timeService,
} from "./lib.js";
import { placeShares, profiled, saveProfile, topFrames } from "./cpuProfile.js";
import { printJudgement, runJudgement } from "./judgement.js";
import { HUNDRED_WORD_NEEDS } from "./needs.js";

const LATENCY = { warmup: 20, runs: 200 };
const PRECEDENTS = 100_000;
const BATCH = 5_000;
const GENERATOR_SEED = 7;
const NEED_SEED = 42;
const SOURCE = "synthetic-bench";
const TARGET = { seed: 50, large: 150 };
const { values: args } = parseArgs({ options: { profile: { type: "boolean", default: false } } });

async function main(): Promise<void> {
  console.log(`bench:recommend  (RecommendService.recommend, in process, one request at a time; ${machine()})\n`);
  const rows: string[][] = [];
  const breakdown: string[][] = [];

  if (!args.profile) {
    const seed = await openGraph(SEED_GRAPH, { seed: true });
    try {
      const seedBench = bench(seed.driver, seed.embedder);
      await measure(seedBench, "seed graph", HUNDRED_WORD_NEEDS, TARGET.seed, rows, breakdown);
      printJudgement(await runJudgement(seedBench.context));
    } finally {
      await seed.close();
    }
  }

  const onet = await openGraph(ONET_GRAPH, { seed: false });
  try {
    if ((await onetImported(onet.executor)).occupations === 0) {
      console.log(NOT_IMPORTED);
    } else {
      const seeded = await createMaintenance(onet.executor, onet.embedder).seed();
      console.log(`seed applied to the O*NET graph (${Object.values(seeded).reduce((n, c) => n + c.created + c.changed, 0)} nodes written)`);
      await ensurePrecedents(onet.executor);
      const b = bench(onet.driver, onet.embedder);
      const needs = await onetNeeds(onet.executor);
      if (args.profile) {
        await profileRecommend(b, "typical", needs.typical);
        await profileRecommend(b, "hot", needs.hot);
        return;
      }
      await measure(b, `O*NET + ${PRECEDENTS / 1000}k cases, typical`, needs.typical, TARGET.large, rows, breakdown);
      await measure(b, `O*NET + ${PRECEDENTS / 1000}k cases, hot`, needs.hot, TARGET.large, rows, breakdown);
    }
  } finally {
    await onet.close();
  }

  console.log(`\n${table(["recommend, 100-word need", "runs", "median", "p95", "max", "p95 target", "round trips", "cases read"], rows)}`);
  console.log(`\n${table(["where the time goes (medians)", "total", "Cypher", "decompose()", "recommend()", "other JS", "Cypher share"], breakdown)}`);
  console.log(
    "\nCypher = wall time with a statement in flight (round trip, server execution, decoding; the two parallel\n" +
      "statements count once); decompose()/recommend() = the pure scoring, timed alone on the data the\n" +
      "repositories returned; other JS = the rest (zod, text handling, sessions), by difference of medians.",
  );
}

async function measure(
  b: Bench,
  label: string,
  needs: readonly string[],
  target: number,
  rows: string[][],
  breakdown: string[][],
): Promise<void> {
  console.error(`measuring ${label}...`);
  const run = (context: Context, i: number) =>
    context.services.recommend.recommend({ need: { text: needs[i % needs.length]! }, limit: 5 });
  const times: ServiceTimes = await timeService(b, run, LATENCY);
  const steps = await scoringStepsOf(b, needs);
  const pure = (pickStep: (s: (typeof steps)[number]) => () => unknown) =>
    summarize(timeRunsSync((i) => pickStep(steps[i % steps.length]!)()));
  const [decompose, recommend] = [pure((s) => s.decompose), pure((s) => s.recommend)];
  const cases = steps.reduce((n, s) => n + s.precedents, 0) / steps.length;
  const { total, cypher } = times;
  rows.push([label, String(total.n), ms(total.median), ms(total.p95), ms(total.max), `< ${target} ms`, times.roundTrips.toFixed(1), cases.toFixed(0)]);
  const other = total.median - cypher.median - decompose.median - recommend.median;
  const otherText = other > 0 ? ms(other) : "~0"; // a difference of medians can dip below zero
  breakdown.push([label, ms(total.median), ms(cypher.median), ms(decompose.median), ms(recommend.median), otherText, pct(cypher.median / total.median)]);
  const top = (await run(b.context(), 0)).recommendation.options[0];
  console.log(`${label}: need 1 -> ${top ? `${top.workerType.name} via ${top.channel.name} (${top.score.toFixed(2)})` : "no option"}`);
}

/** Requests one at a time under the profiler; prints their latency and where the CPU time went. */
async function profileRecommend(b: Bench, label: string, needs: readonly string[]): Promise<void> {
  const run = (context: Context, i: number) => context.services.recommend.recommend({ need: { text: needs[i % needs.length]! }, limit: 5 });
  const { result: times, profile } = await profiled(() => timeService(b, run, LATENCY));
  const file = await saveProfile(profile, `recommend-onet-${label}`);
  console.log(`\nO*NET + ${PRECEDENTS / 1000}k cases, ${label} needs, profiled: median ${ms(times.total.median)}, p95 ${ms(times.total.p95)}, Cypher median ${ms(times.cypher.median)}, ${times.roundTrips.toFixed(1)} round trips (${file})`);
  const frames = topFrames(profile, 15).map((f) => [pct(f.share), ms(f.selfMs), f.name, f.where]);
  console.log(table(["self share", "self", "function", "where"], frames));
  console.log(table(["place", "self share"], placeShares(profile, 10).map((p) => [p.place, pct(p.share)])));
}

/** Pure functions: warm-up then timed runs, synchronously. */
function timeRunsSync(fn: (i: number) => unknown): number[] {
  for (let i = 0; i < LATENCY.warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < LATENCY.runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Writes the synthetic cases unless they are all there and still linked (a re-import unlinks them). */
async function ensurePrecedents(executor: Executor): Promise<void> {
  const [state] = await executor.read(
    `MATCH (p:PrecedentCase) WHERE p.source = $source
     RETURN count(p) AS total, count(CASE WHEN EXISTS { (p)-[:INVOLVED_TASK]->() } THEN 1 END) AS linked`,
    { source: SOURCE },
  );
  const { total, linked } = state as { total: number; linked: number };
  if (total >= PRECEDENTS && linked === total) {
    console.log(`${total} synthetic cases already in the graph: generation skipped`);
    return;
  }
  if (linked < total) {
    console.log(`${total - linked} synthetic cases lost their tasks (O*NET re-imported?): deleting all ${total}`);
    while ((await executor.write(
      `MATCH (p:PrecedentCase) WHERE p.source = $source WITH p LIMIT 10000 DETACH DELETE p RETURN count(*) AS n`,
      { source: SOURCE },
    ))[0]!.n as number > 0);
  }
  const cases = await generateCases(executor);
  const started = performance.now();
  let created = 0;
  for (let i = 0; i < cases.length; i += BATCH) {
    const [row] = await executor.write(
      `UNWIND $items AS item
       WITH item WHERE NOT EXISTS { MATCH (:PrecedentCase {id: item.id}) }
       CREATE (p:PrecedentCase:Entity {id: item.id})
       SET p += item.props, p.createdAt = datetime(), p.updatedAt = datetime(), p.version = 1
       WITH p, item
       CALL (p, item) { UNWIND item.tasks AS taskId MATCH (t:Task {id: taskId}) CREATE (p)-[:INVOLVED_TASK]->(t) }
       CALL (p, item) { MATCH (w:WorkerType {id: item.workerType}) CREATE (p)-[:ENGAGED]->(w) }
       CALL (p, item) { MATCH (c:Channel {id: item.channel}) CREATE (p)-[:SOURCED_THROUGH]->(c) }
       CALL (p, item) { MATCH (w:WorkerType {id: item.requested}) CREATE (p)-[:REQUESTED]->(w) }
       RETURN count(p) AS created`,
      { items: cases.slice(i, i + BATCH) },
    );
    created += row!.created as number;
    process.stderr.write(`\r  writing synthetic cases ${Math.min(i + BATCH, cases.length)}/${cases.length}`);
  }
  process.stderr.write("\n");
  console.log(`${created} synthetic cases written in ${((performance.now() - started) / 1000).toFixed(1)} s (batches of ${BATCH})`);
}

type OnetOccupation = Readonly<{ id: string; name: string; tasks: string[] }>;

async function onetOccupations(executor: Executor): Promise<OnetOccupation[]> {
  const rows = await executor.read(
    `MATCH (o:Occupation) WHERE o.id STARTS WITH 'onet:' AND o.status = 'ACTIVE'
     WITH o, [(o)-[:INCLUDES_TASK]->(t:Task) WHERE t.status = 'ACTIVE' | t.id] AS tasks WHERE size(tasks) > 0
     RETURN o.id AS id, o.name AS name, tasks ORDER BY id`,
  );
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, tasks: [...(r.tasks as string[])].sort() }));
}

/** The cases, deterministic for GENERATOR_SEED; property names as the seed's precedents have them. */
async function generateCases(executor: Executor) {
  const rng = mulberry32(GENERATOR_SEED);
  // Popularity order: a seeded shuffle; the index is drawn as n * u^2, so the first ones get the most cases.
  const occupations = shuffled(rng, await onetOccupations(executor));
  const routes = (await executor.read(
    `MATCH (w:WorkerType)-[:SOURCED_VIA]->(c:Channel) WHERE w.status = 'ACTIVE' AND c.status = 'ACTIVE'
     RETURN w.id AS workerType, w.name AS name, c.id AS channel ORDER BY workerType, channel`,
  )) as Array<{ workerType: string; name: string; channel: string }>;
  if (routes.length === 0) throw new Error("no WorkerType -SOURCED_VIA-> Channel in the graph: did the seed run?");
  const workerTypes = [...new Set(routes.map((r) => r.workerType))];
  const issues = ["scope grew after kick-off", "hiring took longer than planned", "key person left mid-engagement", "budget cut mid-year"];
  return Array.from({ length: PRECEDENTS }, (_, n) => {
    const occupation = occupations[Math.floor(occupations.length * rng() ** 2)]!;
    const tasks = shuffled(rng, occupation.tasks).slice(0, 1 + Math.floor(rng() * 4));
    const route = pick(rng, routes);
    const ongoing = rng() < 0.4;
    const year = 2019 + Math.floor(rng() * 6);
    return {
      id: `prec:bench:${n}`,
      tasks,
      workerType: route.workerType,
      channel: route.channel,
      requested: rng() < 0.25 ? pick(rng, workerTypes) : null,
      props: {
        name: `Synthetic case ${n}: ${route.name} for ${occupation.name}`,
        description: `Synthetic benchmark case: ${tasks.length} task(s) of ${occupation.name}.`,
        status: "ACTIVE",
        source: SOURCE,
        // The shared pool, as the seed's demonstration precedents: every tenant's recommendation reads them.
        tenant: SHARED_TENANT,
        durationWeeks: ongoing ? null : pick(rng, [4, 8, 12, 26, 52, 104]),
        ongoing,
        hoursPerWeek: pick(rng, [20, 37.5, 40]),
        headcount: 1 + Math.floor(rng() * 3),
        location: pick(rng, ["Austin, US", "London, UK", "Berlin, DE", "Lyon, FR", "Pune, IN"]),
        remoteAllowed: rng() < 0.6,
        budget: Math.round(rng() * 200_000),
        currency: pick(rng, ["USD", "EUR", "GBP"]),
        dataSensitivity: pick(rng, ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"]),
        regulated: rng() < 0.3,
        rating: 1 + Math.floor(rng() * 5),
        costVariancePct: Math.round((rng() * 80 - 20) * 10) / 10,
        daysToStart: 1 + Math.floor(rng() * 90),
        needChanged: rng() < 0.15,
        issues: rng() < 0.3 ? [pick(rng, issues)] : [],
        outcomeNotes: "Synthetic benchmark case.",
        decidedAt: `${year}-${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}-15`,
      },
    };
  });
}

/** 100-word needs from O*NET task statements of occupations with cases; "hot" = the five with the most. */
async function onetNeeds(executor: Executor): Promise<{ typical: string[]; hot: string[] }> {
  const rows = await executor.read(
    `MATCH (o:Occupation)-[:INCLUDES_TASK]->(:Task)<-[:INVOLVED_TASK]-(p:PrecedentCase {source: $source})
     WITH o, count(DISTINCT p) AS cases
     RETURN o.id AS id, cases, [(o)-[:INCLUDES_TASK]->(t:Task) | t.name] AS statements ORDER BY cases DESC, id`,
    { source: SOURCE },
  );
  const rng = mulberry32(NEED_SEED);
  const need = (statements: string[]) => firstWords(shuffled(rng, [...statements].sort()).join(" "), 100);
  const withCases = rows.map((r) => ({ id: r.id as string, cases: r.cases as number, statements: r.statements as string[] }));
  const hot = withCases.slice(0, 5);
  console.log(
    `cases per occupation: ${withCases.length} occupations have cases; most ${hot.map((o) => o.cases).join(", ")}; ` +
      `median ${summarize(withCases.map((o) => o.cases)).median}`,
  );
  const typical = shuffled(rng, [...withCases].sort((a, b) => a.id.localeCompare(b.id))).slice(0, 8);
  return { typical: typical.map((o) => need(o.statements)), hot: hot.map((o) => need(o.statements)) };
}

runMain(main);
