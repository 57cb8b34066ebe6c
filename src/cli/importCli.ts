/** What the import CLIs (O*NET, ESCO) share: running one import with a progress bar, and their errors as messages and exit codes. */
import type { ImportHooks, ImportReport } from "../importers/applyPlan.js";
import { OnetImportError } from "../importers/onet/delimited.js";
import { ImportUsageError } from "../importers/onet/options.js";
import { progressBar } from "../importers/onet/progress.js";
import { formatProblems, formatSummary } from "../importers/onet/summary.js";
import { createMaintenance, type Maintenance } from "../services/index.js";
import { withMigratedDatabase } from "./withDatabase.js";

/** Runs one import on the migrated database, a progress bar on a terminal, then its bad rows, its summary and `notes`. */
export function runImport<R extends ImportReport>(
  run: (maintenance: Maintenance, hooks: ImportHooks) => Promise<R>,
  notes: (report: R) => string[] = () => [],
): Promise<number> {
  return withMigratedDatabase(async (db, { embedder }) => {
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
    const report = await run(createMaintenance(db.executor, embedder), { progress: bar?.update });
    bar?.clear();
    for (const problem of formatProblems(report)) console.error(problem);
    console.log(formatSummary(report));
    for (const line of notes(report)) console.log(line);
    return 0;
  });
}

/** A usage error (exit 2, with the usage) or files the import refused (exit 1); anything else is unexpected. */
export const importErrors =
  (usage: string) =>
  (error: unknown): { message: string; code: number } | null =>
    error instanceof ImportUsageError
      ? { message: `${error.message}\n${usage}`, code: 2 }
      : error instanceof OnetImportError
        ? { message: error.message, code: 1 }
        : null;
