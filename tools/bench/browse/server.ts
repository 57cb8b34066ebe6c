/**
 * One API of bench:browse in its own process (so the load generator does not share its event loop),
 * compiled by bench:browse and run with plain node, in production mode:
 * `node .data/bench-build/tools/bench/browse/server.js workgraph|peer <bolt port>`. Sends the parent
 * `{ ready: url }`; answers its `overhead` message with the time each request since the last one spent
 * outside Neo4j, and the resident memory now and at its peak.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { startApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import { createLogger } from "../../../src/config/logger.js";
import { loadEmbedder } from "../../../src/embedding/loadEmbedder.js";
import { createDriver } from "../../../src/graph/driver.js";
import { ClockedExecutor, CypherClock } from "../lib.js";
import { PEER_TYPE_DEFS } from "./peerSchema.js";

type Overhead = { total: number[]; outside: number[] };

async function startWorkgraph(driver: Driver, overhead: Overhead): Promise<string> {
  // No rate limit: the load comes from one address, and the benchmark measures serving, not refusing.
  const config = loadConfig({
    ANONYMOUS_ROLE: "VIEWER",
    LOG_LEVEL: "error",
    NODE_ENV: "production",
    EMBEDDING_MODEL_DIR: process.env.EMBEDDING_MODEL_DIR,
    RATE_LIMIT_PER_ADDRESS: "0",
    RATE_LIMIT_PER_KEY: "0",
  });
  const clock = new CypherClock();
  const embedder = await loadEmbedder(config.embedding);
  const app = await startApp(config, new ClockedExecutor(driver, clock), createLogger("error"), embedder, 0);
  // The parent reads these after a single-client pass (one request in flight), having reset them before.
  app.http.server.on("request", (_request, response) => {
    const started = performance.now();
    const cypherBefore = clock.total;
    response.once("close", () => {
      const total = performance.now() - started;
      overhead.total.push(total);
      overhead.outside.push(total - (clock.total - cypherBefore));
    });
  });
  return app.http.url;
}

async function startPeer(driver: Driver): Promise<string> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return url;
}

async function main(): Promise<void> {
  const [which, boltPort] = process.argv.slice(2);
  const driver = createDriver({ uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password: "" });
  const overhead: Overhead = { total: [], outside: [] };
  const url = which === "workgraph" ? await startWorkgraph(driver, overhead) : await startPeer(driver);
  process.on("message", (message) => {
    if (message === "overhead") {
      // maxRSS is in KiB: the process's peak so far, load included.
      process.send?.({ ...overhead, rssMb: process.memoryUsage().rss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 2 ** 10 });
      overhead.total = [];
      overhead.outside = [];
    }
  });
  process.send?.({ ready: url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
