import { loadConfig } from "../config/env.js";
import { loadEmbedder } from "../embedding/loadEmbedder.js";
import { OnetImportError } from "../importers/onet/delimited.js";
import { importOnet } from "../importers/onet/importOnet.js";
import { ImportUsageError, parseImportArgs, USAGE } from "../importers/onet/options.js";
import { progressBar } from "../importers/onet/progress.js";
import { formatProblems, formatSummary } from "../importers/onet/summary.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

/**
 * `npm run import:onet -- --dir <folder> [--exposure <tsv>] [--ratings <csv>] [--source onet-29.3]`:
 * imports an O*NET text release. Idempotent: a second run reports every record unchanged.
 */
async function main(): Promise<number> {
  const options = parseImportArgs(process.argv.slice(2));
  const embedder = await loadEmbedder(loadConfig().embedding, console.error);
  return withMigratedDatabase(async (db) => {
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
    const report = await importOnet(db.executor, embedder, options, { progress: bar?.update });
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
