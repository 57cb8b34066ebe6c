/** `npm run import:esco`: ESCO 1.2.0 (and the ESCO <-> O*NET crosswalk) into the graph. */
import { escoNotes } from "../importers/esco/importEsco.js";
import { ESCO_USAGE, parseEscoArgs } from "../importers/esco/options.js";
import { OnetImportError } from "../importers/onet/delimited.js";
import { ImportUsageError } from "../importers/onet/options.js";
import { progressBar } from "../importers/onet/progress.js";
import { formatProblems, formatSummary } from "../importers/onet/summary.js";
import { createMaintenance } from "../services/index.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

/**
 * `npm run import:esco -- --dir <folder> [--crosswalk <csv>] [--source esco-1.2.0]`: imports ESCO
 * beside O*NET (import O*NET first for the crosswalk to link). A second run changes nothing.
 */
async function main(): Promise<number> {
  const options = parseEscoArgs(process.argv.slice(2));
  return withMigratedDatabase(async (db, { embedder }) => {
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
    const report = await createMaintenance(db.executor, embedder).importEsco(options, { progress: bar?.update });
    bar?.clear();
    for (const problem of formatProblems(report)) console.error(problem);
    console.log(formatSummary(report));
    for (const line of escoNotes(report)) console.log(line);
    return 0;
  });
}

runCli(main, (error) =>
  error instanceof ImportUsageError
    ? { message: `${error.message}\n${ESCO_USAGE}`, code: 2 }
    : error instanceof OnetImportError
      ? { message: error.message, code: 1 }
      : null,
);
