/**
 * `npm run bench:browse`: Workgraph against @neo4j/graphql serving the same Neo4j, on the seed graph and
 * on the O*NET graph. Five browse operations, autocannon load interleaved A B A B, then a single-client
 * pass for latency and Workgraph's own overhead (request time with no Cypher in flight).
 * Options: --graph seed|onet|both (both), --duration <s> (8), --connections <n> (16), --rounds <n> (2).
 */
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type Operation, operations, type Samples } from "./browse/operations.js";
import { ensureModel } from "../../src/embedding/modelFiles.js";
import { type BenchGraph, machine, ms, ONET_GRAPH, onetImported, openGraph, REPO_ROOT, runMain, SEED_GRAPH, summarize, table } from "./lib.js";

const { values: args } = parseArgs({
  options: {
    graph: { type: "string", default: "both" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "2" },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Number(args.rounds);
const SINGLE_CLIENT_REQUESTS = 60;

type Api = Readonly<{ name: "workgraph" | "peer"; url: string; child: ChildProcess }>;
type Overhead = { total: number[]; outside: number[]; rssMb: number; peakRssMb: number };

/** Where bench:browse/tsconfig.json compiles the servers to. */
const BUILD = path.join(REPO_ROOT, ".data", "bench-build");

/** Both APIs run compiled, without tsx: tsx turns on source maps, which cost every statement (the driver reads a stack each time). */
function compileServers(): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(REPO_ROOT, "tools/bench/browse/tsconfig.json")], { stdio: "inherit" });
}

function startApi(name: Api["name"], boltPort: number, modelDir: string): Promise<Api> {
  const child = fork(path.join(BUILD, "tools/bench/browse/server.js"), [name, String(boltPort)], {
    execArgv: [],
    // The compiled tree sits under .data/: the model's folder is passed rather than found from there.
    // NODE_ENV as the Docker image sets it: graphql-js reads it at load and, outside production, checks
    // every failed instanceof for a second copy of itself (4% of the API's CPU on a page of 50 tasks).
    env: { ...process.env, LOG_LEVEL: "error", EMBEDDING_MODEL_DIR: modelDir, NODE_ENV: "production" },
  });
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve({ name, url: (message as { ready: string }).ready, child }));
    child.once("exit", (code) => reject(new Error(`the ${name} server exited with ${code}`)));
  });
}

const overheadOf = (api: Api) =>
  new Promise<Overhead>((resolve) => {
    api.child.once("message", (message) => resolve(message as Overhead));
    api.child.send("overhead");
  });

const body = (api: Api, op: Operation) => JSON.stringify({ query: api.name === "workgraph" ? op.workgraph : op.peer, variables: op.variables });

async function post(api: Api, op: Operation): Promise<{ ms: number; data: Record<string, unknown> }> {
  const started = performance.now();
  const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: body(api, op) });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const elapsed = performance.now() - started;
  if (result.errors?.length || !result.data) throw new Error(`${api.name} ${op.name}: ${JSON.stringify(result.errors)}`);
  return { ms: elapsed, data: result.data };
}

/** How many nodes an answer carries (every node is selected with its id), so both are seen to answer alike. */
const nodeCount = (data: Record<string, unknown>) => (JSON.stringify(data).match(/"id":/g) ?? []).length;

async function load(api: Api, op: Operation) {
  const result = await autocannon({
    url: api.url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body(api, op),
    connections: CONNECTIONS,
    duration: DURATION,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

async function samplesOf(graph: BenchGraph): Promise<Samples> {
  const [task] = await graph.executor.read(
    `MATCH (:Occupation {status: 'ACTIVE'})-[:INCLUDES_TASK]->(t:Task {status: 'ACTIVE'})-[:REQUIRES_SKILL]->(:Skill)
     RETURN t.id AS id ORDER BY t.id LIMIT 1`,
  );
  const [occupation] = await graph.executor.read(
    `MATCH (o:Occupation {status: 'ACTIVE'})-[:INCLUDES_TASK]->(t:Task)
     WITH o, count(t) AS tasks WHERE tasks >= 10 RETURN o.id AS id ORDER BY tasks DESC, o.id LIMIT 1`,
  );
  return { taskId: task!.id as string, occupationId: occupation!.id as string, searchText: "prepare financial reports" };
}

async function benchGraph(label: string, where: { port: number; dataDir: string }, seed: boolean, modelDir: string): Promise<void> {
  const graph = await openGraph(where, { seed });
  try {
    if (!seed) {
      const imported = await onetImported(graph.executor);
      if (imported.tasks === 0) throw new Error("the O*NET graph has no O*NET import: run `npm run bench:import` first");
    }
    const ops = operations(await samplesOf(graph));
    const apis = [await startApi("workgraph", where.port, modelDir), await startApi("peer", where.port, modelDir)];
    try {
      console.log(`\n## ${label} graph (bolt ${where.port}); ${machine()}`);
      // Both answer every operation without errors, with the same number of items, before any load.
      for (const op of ops) {
        const counts = await Promise.all(apis.map(async (api) => nodeCount((await post(api, op)).data)));
        console.log(`  check ${op.name}: workgraph ${counts[0]} nodes, @neo4j/graphql ${counts[1]} nodes`);
        for (const api of apis) for (let i = 0; i < 20; i++) await post(api, op);
      }
      const rows: string[][] = [];
      for (const op of ops) {
        const runs: Record<Api["name"], Array<Awaited<ReturnType<typeof load>>>> = { workgraph: [], peer: [] };
        const loads: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          for (const api of apis) {
            runs[api.name].push(await load(api, op));
            loads.push(os.loadavg()[0]!);
          }
        }
        const mean = (name: Api["name"], key: "rps" | "p50" | "p99") => runs[name].reduce((sum, r) => sum + r[key], 0) / ROUNDS;
        const errors = (name: Api["name"]) => runs[name].reduce((sum, r) => sum + r.errors, 0);
        const ratios = runs.workgraph.map((r, i) => r.rps / runs.peer[i]!.rps);
        rows.push([
          op.name,
          mean("workgraph", "rps").toFixed(0),
          `${mean("workgraph", "p50").toFixed(0)}/${mean("workgraph", "p99").toFixed(0)}`,
          String(errors("workgraph")),
          mean("peer", "rps").toFixed(0),
          `${mean("peer", "p50").toFixed(0)}/${mean("peer", "p99").toFixed(0)}`,
          String(errors("peer")),
          ratios.map((r) => r.toFixed(2)).join(" "),
          `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
        ]);
      }
      console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds interleaved (Workgraph, peer, Workgraph, peer)`);
      console.log(
        table(["operation", "WG rps", "WG p50/p99 ms", "WG err", "peer rps", "peer p50/p99 ms", "peer err", "ratio per round", "load 1m"], rows),
      );

      const single: string[][] = [];
      for (const op of ops) {
        await overheadOf(apis[0]!);
        const workgraph: number[] = [];
        const peer: number[] = [];
        for (let i = 0; i < SINGLE_CLIENT_REQUESTS; i++) {
          workgraph.push((await post(apis[0]!, op)).ms);
          peer.push((await post(apis[1]!, op)).ms);
        }
        const own = await overheadOf(apis[0]!);
        const outside = summarize(own.outside);
        single.push([op.name, ms(summarize(workgraph).median), ms(summarize(peer).median), ms(summarize(own.total).median), ms(outside.median), ms(outside.p95), own.rssMb.toFixed(0), own.peakRssMb.toFixed(0)]);
      }
      console.log(`\nSingle client, ${SINGLE_CLIENT_REQUESTS} requests each (medians; server = inside the Workgraph process; outside Neo4j = server time with no Cypher in flight)`);
      console.log(table(["operation", "WG client", "peer client", "WG server", "WG outside Neo4j", "outside p95", "WG RSS MB", "WG peak RSS MB"], single));
    } finally {
      for (const api of apis) api.child.kill();
    }
  } finally {
    await graph.close();
  }
}

runMain(async () => {
  compileServers();
  const modelDir = path.dirname((await ensureModel(process.env.EMBEDDING_MODEL_DIR || undefined)).onnx);
  if (args.graph !== "onet") await benchGraph("seed", SEED_GRAPH, true, modelDir);
  if (args.graph !== "seed") await benchGraph("O*NET 29.3 + ESCO", ONET_GRAPH, false, modelDir);
});
