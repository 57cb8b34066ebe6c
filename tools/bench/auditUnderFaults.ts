/**
 * `npm run bench:audit`: 10,000 createNode mutations over HTTP from a client that drops answers,
 * retries with its idempotency key and races duplicates, with the embedded Neo4j stopped and started
 * again halfway; then the audit log is checked against the graph (none lost, none doubled).
 *
 * Uses the seed graph's instance (port WORKGRAPH_BENCH_SEED_BOLT_PORT, 7690, .data/neo4j-bench-seed);
 * the traits it writes are removed at the end. MUTATIONS overrides the count.
 */
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/config/logger.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/embedded/neo4jLocal.js";
import { startApp } from "../../src/app.js";
import { createServices, serviceSettings } from "../../src/services/index.js";
import { checkAudit, removeFaultyWrites, runFaultyWrites } from "../../test/integration/faultyWrites.js";
import { machine, openGraph, runMain, SEED_GRAPH } from "./lib.js";

const MUTATIONS = Number(process.env.MUTATIONS ?? 10_000);

async function main(): Promise<void> {
  console.log(`bench:audit  (${MUTATIONS} createNode mutations with dropped answers, retries, races and a Neo4j restart; ${machine()})\n`);
  const graph = await openGraph(SEED_GRAPH, { seed: true });
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent", RATE_LIMIT_PER_ADDRESS: "0", RATE_LIMIT_PER_KEY: "0" });
  const app = await startApp(config, graph.executor, createLogger(config.logLevel), graph.embedder, 0);
  const tag = `bench-fault-${process.pid}`;
  try {
    const operator = { kind: "cli", id: "cli:bench", role: "ADMIN", tenant: null } as const;
    const { keys } = createServices(graph.executor, serviceSettings(config, graph.embedder), { principal: operator, requestId: "bench-audit" });
    const { token } = await keys.create({ role: "STEWARD", name: "bench:audit" });
    let restart = { downMs: 0 };
    const started = Date.now();
    const run = await runFaultyWrites({
      url: app.http.url,
      token,
      tag,
      count: MUTATIONS,
      concurrency: 4,
      abortShare: 0.1,
      raceShare: 0.05,
      patienceMs: 180_000,
      halfway: async () => {
        const down = Date.now();
        await stopLocalNeo4j(SEED_GRAPH);
        await startLocalNeo4j(SEED_GRAPH);
        restart = { downMs: Date.now() - down };
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const audit = await checkAudit(graph.executor, tag);
    console.log(`mutations ${run.mutations}, attempts ${run.attempts}, answers dropped ${run.aborted}, raced ${run.raced}, errors retried ${run.retriedErrors}`);
    console.log(`Neo4j stopped and started in ${(restart.downMs / 1000).toFixed(1)} s; run ${seconds.toFixed(1)} s (${(run.mutations / seconds).toFixed(0)} mutations/s)`);
    console.log(`committed nodes ${audit.nodes}, audit events ${audit.events}, doubled ${audit.keysWithTwoEvents.length}, events without node ${audit.eventsWithoutNode.length}, nodes without event ${audit.nodesWithoutEvent.length}, failures ${run.failures.length}`);
    for (const failure of run.failures.slice(0, 10)) console.log(`  failure: ${failure}`);
    const held = audit.nodes === MUTATIONS && audit.events === MUTATIONS && audit.keysWithTwoEvents.length === 0 && run.failures.length === 0;
    console.log(held ? "audit held: one event per committed change" : "AUDIT DID NOT HOLD");
    if (!held) process.exitCode = 1;
  } finally {
    await removeFaultyWrites(graph.executor, tag);
    await app.stop();
    await graph.close();
  }
}

runMain(main);
