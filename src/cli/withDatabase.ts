/** What every command-line tool shares: a migrated database, and one-line errors. */
import { type Config, loadConfig } from "../config/env.js";
import { type Database, openDatabase } from "../database.js";
import { migrate } from "../graph/migrations.js";

/** For command-line tools: NEO4J_URI or the embedded Neo4j, migrated, closed when `work` is done. */
export async function withMigratedDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await migrate(db.executor);
    return await work(db, config);
  } finally {
    await db.close();
  }
}

/**
 * Runs a command's `main` and exits with its code; an error ends it with one line (exit 1), or with
 * `describe`'s own line and code for errors the command knows.
 */
export function runCli(
  main: () => Promise<number | void>,
  describe: (error: unknown) => { message: string; code: number } | null = () => null,
): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      const known = describe(error);
      console.error(known?.message ?? (error instanceof Error ? error.message : String(error)));
      process.exit(known?.code ?? 1);
    },
  );
}
