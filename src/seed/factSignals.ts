/** Reads seed/fact-signals.json (zod), checks its trait ids against seed/traits.json, and keeps the default once read. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type FactSignals, factSignalsSchema } from "../domain/factSignals.js";
import { DEFAULT_SEED_DIR, SeedValidationError } from "./seedLoader.js";
import { SEED_FILES } from "./seedSchema.js";

export const FACT_SIGNALS_FILE = "fact-signals.json";

/** The fact signals of a seed folder, validated; every problem names the file and the JSON path. */
export function loadFactSignals(dir: string = DEFAULT_SEED_DIR): FactSignals {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new SeedValidationError([`${file}: ${(error as Error).message}`]);
    }
  };
  const parsed = factSignalsSchema.safeParse(read(FACT_SIGNALS_FILE));
  if (!parsed.success) {
    throw new SeedValidationError(parsed.error.issues.map((i) => `${FACT_SIGNALS_FILE}: ${i.path.join(".") || "(root)"}: ${i.message}`));
  }
  const traits = SEED_FILES.traits.schema.safeParse(read(SEED_FILES.traits.path));
  const known = new Set(traits.success ? traits.data.map((t) => t.id) : []);
  const problems = Object.entries(parsed.data.signals).flatMap(([id, signal]) =>
    signal.traits.flatMap((t, j) => (known.has(t.trait) ? [] : [`${FACT_SIGNALS_FILE}: signals.${id}.traits.${j}.trait: unknown trait "${t.trait}"`])),
  );
  if (problems.length > 0) throw new SeedValidationError(problems);
  return parsed.data;
}

let seeded: FactSignals | null = null;
/** The signals of the seed folder this code ships with, read on first use (stewards edit the file, then restart). */
export function seedFactSignals(): FactSignals {
  seeded ??= loadFactSignals();
  return seeded;
}
