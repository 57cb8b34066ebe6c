/** `npm run import:onet`: an O*NET release into the graph. */
import { OnetImportError } from "../importers/onet/delimited.js";
import { ImportUsageError, parseImportArgs, USAGE } from "../importers/onet/options.js";
import { progressBar } from "../importers/onet/progress.js";
import { formatProblems, formatSummary } from "../importers/onet/summary.js";
import { createMaintenance } from "../services/index.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

/**
 * `npm run import:onet -- --dir <folder> [--exposure <tsv>] [--ratings <csv>] [--source onet-29.3]`:
 * imports an O*NET text release. Idempotent: a second run reports every record unchanged.
 */
async function main(): Promise<number> {
  const options = parseImportArgs(process.argv.slice(2));
  return withMigratedDatabase(async (db, { embedder }) => {
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
    const report = await createMaintenance(db.executor, embedder).importOnet(options, { progress: bar?.update });
    bar?.clear();
    for (const problem of formatProblems(report)) console.error(problem);
    console.log(formatSummary(report));
    return 0;
  });
}

runCli(main, (error) =>
  error instanceof ImportUsageError
    ? { message: `${error.message}\n${USAGE}`, code: 2 }
    : error instanceof OnetImportError
      ? { message: error.message, code: 1 }
      : null,
);
