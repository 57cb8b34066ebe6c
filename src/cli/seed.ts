/** `npm run seed`: the seed files into the graph. */
import { DEFAULT_SEED_DIR } from "../seed/seedLoader.js";
import { createMaintenance } from "../services/index.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

/**
 * `npm run seed [-- --dir <folder>]`: validates the seed files and writes what changed.
 * Idempotent: a second run reports every node unchanged.
 */
async function main(): Promise<void> {
  const dirFlag = process.argv.indexOf("--dir");
  const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : DEFAULT_SEED_DIR;
  if (!dir) throw new Error("--dir needs a folder");
  await withMigratedDatabase(async (db, { embedder }) => {
    const counts = await createMaintenance(db.executor, embedder).seed(dir);
    const rows = Object.entries(counts).map(
      ([label, c]) => `${label.padEnd(14)} ${String(c.created).padStart(7)} ${String(c.changed).padStart(7)} ${String(c.unchanged).padStart(9)}`,
    );
    console.log(`${"kind".padEnd(14)} ${"created".padStart(7)} ${"changed".padStart(7)} ${"unchanged".padStart(9)}`);
    console.log(rows.join("\n"));
  });
}

runCli(main);
