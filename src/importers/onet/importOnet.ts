/** The O*NET import: read and validate everything, plan, then write one transaction per step. */
import path from "node:path";
import { readFile } from "node:fs/promises";
import type { OnetRepository } from "../../graph/repositories/onetRepository.js";
import { DEFAULT_SEED_DIR } from "../../seed/seedLoader.js";
import { SEED_FILES } from "../../seed/seedSchema.js";
import type { VectorSync } from "../../services/embedding/vectorSync.js";
import { applyPlan, type ImportHooks, type ImportReport } from "../applyPlan.js";
import { type ImportOptions, importOptions } from "./options.js";
import { planImport } from "./plan.js";
import type { TraitCatalog } from "./planContext.js";
import { readRelease } from "./release.js";

export { type FileReport, type ImportHooks, type ImportReport, OnetStepError } from "../applyPlan.js";

/**
 * Imports an O*NET text release (and optionally the GPTs-are-GPTs exposure labels and the task
 * ratings). Every file is read and validated before anything is written: a malformed file stops
 * the import with an OnetImportError and the graph untouched, a bad row is reported and skipped.
 * Then one transaction per file, in dependency order (applyPlan).
 */
export async function importOnet(
  openRepository: (batchSize: number) => OnetRepository,
  vectorSync: VectorSync,
  input: ImportOptions,
  hooks: ImportHooks = {},
): Promise<ImportReport> {
  const started = performance.now();
  const options = importOptions.parse(input);
  const release = await readRelease(options);
  const plan = planImport(release, { source: options.source, traitCatalog: await loadTraitCatalog() });
  return applyPlan(plan, openRepository(options.batchSize), vectorSync, options, hooks, started);
}

/**
 * The seed's traits, so that traits the import has to create (in a graph the seed has not
 * reached) get their curated name and description. Without a readable seed, placeholders.
 */
async function loadTraitCatalog(dir: string = DEFAULT_SEED_DIR): Promise<TraitCatalog> {
  try {
    const json: unknown = JSON.parse(await readFile(path.join(dir, SEED_FILES.traits.path), "utf8"));
    const traits = SEED_FILES.traits.schema.parse(json);
    return new Map(traits.map((t) => [t.id, { name: t.name, description: t.description }]));
  } catch {
    return new Map();
  }
}
