/** The options of an ESCO import run, from the CLI or a caller, validated once. */
import { z } from "zod";
import { parseFlags, runOptions } from "../onet/options.js";
import { ESCO_SOURCE } from "./plan.js";

export const escoImportOptions = z.strictObject({
  dir: z.string({ error: "--dir (the folder of the ESCO 1.2.0 CSV files) is required" }).min(1),
  /** The ESCO <-> O*NET crosswalk; its O*NET side links to an O*NET import already in the graph. */
  crosswalk: z.string().min(1).optional(),
  ...runOptions(ESCO_SOURCE),
});
export type EscoImportOptions = z.input<typeof escoImportOptions>;

export const ESCO_USAGE =
  "usage: npm run import:esco -- --dir <ESCO 1.2.0 CSV folder> [--crosswalk <esco_onet_crosswalk.csv>] " +
  "[--source esco-1.2.0] [--batch-size 1000] [--force]";

export const parseEscoArgs = (argv: readonly string[]) =>
  parseFlags(argv, { "--dir": "dir", "--crosswalk": "crosswalk", "--source": "source", "--batch-size": "batchSize" }, escoImportOptions);
