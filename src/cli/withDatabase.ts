/** What every command-line tool shares: a migrated database, and one-line errors. */
import { loadConfig } from "../config/env.js";
import { type Database, openDatabase } from "../database.js";
import { loadEmbedder } from "../embedding/loadEmbedder.js";
import { migrate } from "../graph/migrations.js";
import { type ServiceSettings, serviceSettings } from "../services/index.js";

/** What a command's services are built with (see createServices). */
export type CliSettings = ServiceSettings;

/** For command-line tools: NEO4J_URI or the embedded Neo4j, migrated, closed when `work` is done. */
export async function withMigratedDatabase<T>(work: (db: Database, settings: CliSettings) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Before the database, as at start-up: a model that cannot load stops the command in one line.
  const embedder = await loadEmbedder(config.embedding, (message) => console.error(message));
  const db = await openDatabase(config);
  try {
    await migrate(db.executor);
    return await work(db, serviceSettings(config, embedder));
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
