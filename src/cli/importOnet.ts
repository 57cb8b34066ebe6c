/** `npm run import:onet`: an O*NET release into the graph. */
import { parseImportArgs, USAGE } from "../importers/onet/options.js";
import { importErrors, runImport } from "./importCli.js";
import { runCli } from "./withDatabase.js";

/**
 * `npm run import:onet -- --dir <folder> [--exposure <tsv>] [--ratings <csv>] [--source onet-29.3]`:
 * imports an O*NET text release. Idempotent: a second run reports every record unchanged.
 */
async function main(): Promise<number> {
  const options = parseImportArgs(process.argv.slice(2));
  return runImport((maintenance, hooks) => maintenance.importOnet(options, hooks));
}

runCli(main, importErrors(USAGE));
