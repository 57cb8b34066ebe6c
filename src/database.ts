/** Opening the database: NEO4J_URI, or the embedded local Neo4j started on demand. */
import type { Driver } from "neo4j-driver";
import type { Config } from "./config/env.js";
import { startLocalNeo4j } from "./embedded/neo4jLocal.js";
import { createDriver } from "./graph/driver.js";
import { Executor } from "./graph/executor.js";

export type Database = Readonly<{
  driver: Driver;
  executor: Executor;
  uri: string;
  /** True when this process started the embedded Neo4j (and so should stop it). */
  startedLocal: boolean;
  close: () => Promise<void>;
}>;

/**
 * Connects to NEO4J_URI, or, where it is unset, to the embedded local Neo4j, starting it first.
 */
export async function openDatabase(config: Config, log: (message: string) => void = () => {}): Promise<Database> {
  let uri = config.neo4j.uri;
  let startedLocal = false;
  if (!uri) {
    const local = await startLocalNeo4j({ port: config.neo4j.localBoltPort, log });
    uri = local.uri;
    startedLocal = !local.alreadyRunning;
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.timeouts);
  const executor = new Executor(driver, config.neo4j.database);
  try {
    await executor.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { driver, executor, uri, startedLocal, close: () => driver.close() };
}
