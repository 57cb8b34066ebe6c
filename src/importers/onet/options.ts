/** The options of an import run, from the CLI or a caller, validated once. */
import { z } from "zod";
import { DEFAULT_SOURCE } from "./ids.js";

/** The options every import (O*NET, ESCO) takes beside its files. */
export const runOptions = (defaultSource: string) => ({
  /** Written on every node as `source`; also what a clean-up deletes by. */
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, `must be lower-case letters, digits, dots and dashes, like "${defaultSource}"`)
    .default(defaultSource),
  /** Rows per UNWIND statement. */
  batchSize: z.number().int().min(1).max(10_000).default(1000),
  /** Rewrite unchanged nodes and links too: repairs a graph whose imported links were edited or deleted by hand. */
  force: z.boolean().default(false),
});

/** What an import run is asked to do; validated once, at the CLI or library boundary. */
export const importOptions = z.strictObject({
  dir: z.string({ error: "--dir (the folder of the O*NET text release) is required" }).min(1),
  exposure: z.string().min(1).optional(),
  ratings: z.string().min(1).optional(),
  ...runOptions(DEFAULT_SOURCE),
});
export type ImportOptions = z.input<typeof importOptions>;
export type ResolvedImportOptions = z.output<typeof importOptions>;

export const USAGE =
  "usage: npm run import:onet -- --dir <O*NET text release folder> [--exposure <full_labelset.tsv>] " +
  "[--ratings <task_level_freq_importance_relevance.csv>] [--source onet-29.3] [--batch-size 1000] [--force]";

/** Parses `--flag value` arguments; unknown flags and missing values are errors, not ignored. */
export function parseImportArgs(argv: readonly string[]): ResolvedImportOptions {
  return parseFlags(argv, { "--dir": "dir", "--exposure": "exposure", "--ratings": "ratings", "--source": "source", "--batch-size": "batchSize" }, importOptions);
}

/** `--flag value` (or `--flag=value`) by the names given, `--batch-size` as a number and `--force` as a switch, then the schema. */
export function parseFlags<S extends z.ZodType>(argv: readonly string[], names: Readonly<Record<string, string>>, schema: S): z.output<S> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (arg === "--force") {
      flags.force = "true";
      continue;
    }
    const name = names[flag];
    if (!name) throw new ImportUsageError(`unknown argument "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new ImportUsageError(`${flag} needs a value`);
    flags[name] = value;
  }
  const parsed = schema.safeParse({
    ...flags,
    ...(flags.batchSize ? { batchSize: Number(flags.batchSize) } : {}),
    ...(flags.force ? { force: true } : {}),
  });
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) =>
      issue.message.startsWith("--") ? issue.message : `${issue.path.join(".") || "arguments"}: ${issue.message}`,
    );
    throw new ImportUsageError(messages.join("; "));
  }
  return parsed.data;
}

export class ImportUsageError extends Error {
  override name = "ImportUsageError";
}
