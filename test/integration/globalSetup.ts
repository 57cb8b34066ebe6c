import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/database.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/embedded/neo4jLocal.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { migrate } from "../../src/graph/migrations.js";
import { createMaintenance } from "../../src/services/index.js";

/** A Neo4j of its own for the tests, so they never touch the data of `npm start`. */
const TEST_BOLT_PORT = Number(process.env.WORKGRAPH_TEST_BOLT_PORT ?? 7688);
/** Another port gets another data folder, so parallel runs (CI beside a developer) never share a store. */
const TEST_DATA_DIR = TEST_BOLT_PORT === 7688 ? ".data/neo4j-test" : `.data/neo4j-test-${TEST_BOLT_PORT}`;

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Integration tests run against a real Neo4j: NEO4J_URI when set, otherwise the embedded one,
 * started here and stopped afterwards. The graph is migrated and seeded once; tests that write
 * use ids of their own, so files can run in any order.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let uri = process.env.NEO4J_URI;
  let started = false;
  if (!uri) {
    const local = await startLocalNeo4j({ port: TEST_BOLT_PORT, dataDir: TEST_DATA_DIR });
    uri = local.uri;
    started = !local.alreadyRunning;
  }
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const embedder = await loadEmbedder(config.embedding);
  const db = await openDatabase(config);
  try {
    await migrate(db.executor);
    await createMaintenance(db.executor, embedder).seed();
  } finally {
    await db.close();
    await embedder.close();
  }
  project.provide("neo4jUri", uri);
  return async () => {
    if (started) await stopLocalNeo4j({ port: TEST_BOLT_PORT, dataDir: TEST_DATA_DIR });
  };
}
