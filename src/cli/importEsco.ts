/** `npm run import:esco`: ESCO 1.2.0 (and the ESCO <-> O*NET crosswalk) into the graph. */
import { escoNotes } from "../importers/esco/importEsco.js";
import { ESCO_USAGE, parseEscoArgs } from "../importers/esco/options.js";
import { importErrors, runImport } from "./importCli.js";
import { runCli } from "./withDatabase.js";

/**
 * `npm run import:esco -- --dir <folder> [--crosswalk <csv>] [--source esco-1.2.0]`: imports ESCO
 * beside O*NET (import O*NET first for the crosswalk to link). A second run changes nothing.
 */
async function main(): Promise<number> {
  const options = parseEscoArgs(process.argv.slice(2));
  return runImport((maintenance, hooks) => maintenance.importEsco(options, hooks), escoNotes);
}

runCli(main, importErrors(ESCO_USAGE));
