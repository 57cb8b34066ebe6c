import { loadConfig } from "../config/env.js";
import { type Database, openDatabase } from "../database.js";
import { migrate } from "../graph/migrations.js";

/** For command-line tools: NEO4J_URI or the embedded Neo4j, migrated, closed when `work` is done. */
export async function withMigratedDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  try {
    await migrate(db.executor);
    return await work(db);
  } finally {
    await db.close();
  }
}
