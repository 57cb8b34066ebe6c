/** `npm start`: the entry point. */
import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config/env.js";
import { createLogger } from "./config/logger.js";
import { openDatabase } from "./database.js";
import { stopLocalNeo4j } from "./embedded/neo4jLocal.js";
import { loadEmbedder } from "./embedding/loadEmbedder.js";
import { ModelUnavailableError } from "./embedding/modelFiles.js";
import { AppError } from "./errors.js";
import { migrate } from "./graph/migrations.js";
import { createMaintenance } from "./services/index.js";

/**
 * `npm start`: the API on NEO4J_URI, or on the embedded local Neo4j (started, migrated and seeded
 * here). Ctrl-C stops the API and the Neo4j it started.
 */
async function main(): Promise<void> {
  const began = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string) => process.stdout.write(`${line}\n`);

  // Before the database: a model that cannot load stops start-up here, in one line, not on the first request.
  const embedder = await loadEmbedder(config.embedding, (message) => logger.info(message));
  if (!config.neo4j.uri) say("NEO4J_URI is not set: starting the embedded Neo4j (first run builds it with Maven)...");
  const db = await openDatabase(config, (message) => logger.info(message));
  const migrations = await migrate(db.executor);
  if (migrations.applied.length > 0) logger.info("migrations applied", { versions: migrations.applied });

  // The embedded default keeps up with the seed files (the seed writes only entries that are new or
  // changed, so curated edits survive); a server of your own is seeded only when empty, never in production.
  const maintenance = createMaintenance(db.executor, embedder);
  const empty = !(await maintenance.hasTaxonomy());
  if (config.nodeEnv === "production") {
    if (empty) logger.warn("the graph is empty; run `npm run seed` or import a taxonomy");
  } else if (empty || !config.neo4j.uri) {
    const counts = await maintenance.seed();
    logger.info(empty ? "empty graph seeded" : "seed applied", { counts });
  }

  const app = await startApp(config, db.executor, logger, embedder);
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  say(`Workgraph API ready at ${app.http.url} (Neo4j ${db.uri}, started in ${seconds}s)`);
  say("Try it:");
  say(
    `  curl -s ${app.http.url} -H 'content-type: application/json' ` +
      `-d '{"query":"{ tasks(first: 3) { totalCount edges { node { name skills { skill { name } importance } } } } }"}'`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    await app.stop();
    await db.close();
    if (db.startedLocal) await stopLocalNeo4j({ port: config.neo4j.localBoltPort });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  // Known failures get one readable line; anything else its stack, since it is a bug.
  const known = error instanceof ConfigError || error instanceof AppError || error instanceof ModelUnavailableError;
  process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
