/** The ESCO import: read and validate every file, plan, then write one transaction per step (the O*NET machinery). */
import type { OnetRepository } from "../../graph/repositories/onetRepository.js";
import type { VectorSync } from "../../services/embedding/vectorSync.js";
import { applyPlan, type ImportHooks, type ImportReport } from "../applyPlan.js";
import { onetIds } from "../onet/ids.js";
import { type EscoImportOptions, escoImportOptions } from "./options.js";
import { type EscoPlan, planEsco } from "./plan.js";
import { readEsco } from "./read.js";

export type EscoImportReport = ImportReport & Pick<EscoPlan, "unresolvedSkills" | "crosswalk">;

/**
 * Imports ESCO 1.2.0 (and optionally the ESCO <-> O*NET crosswalk) beside O*NET. Every file is read
 * and validated first: an unusable file stops the import with an OnetImportError and the graph
 * untouched. The crosswalk links to the O*NET occupations already in the graph; rows naming one
 * that is not there are counted as skipped, so importing O*NET afterwards and ESCO again links them.
 */
export async function importEsco(
  openRepository: (batchSize: number) => OnetRepository,
  vectorSync: VectorSync,
  input: EscoImportOptions,
  hooks: ImportHooks = {},
): Promise<EscoImportReport> {
  const started = performance.now();
  const options = escoImportOptions.parse(input);
  const release = await readEsco(options);
  const repository = openRepository(options.batchSize);
  const codes = new Set((release.crosswalk?.rows ?? []).map(({ row }) => onetIds.occupation(row.onetCode)));
  const onetOccupations = await repository.existingIds("Occupation", [...codes]);
  const plan = planEsco(release, { source: options.source, onetOccupations });
  const report = await applyPlan(plan, repository, vectorSync, options, hooks, started);
  return { ...report, unresolvedSkills: plan.unresolvedSkills, crosswalk: plan.crosswalk };
}

/** What the summary table cannot say: skill labels without a URI, and how much of the crosswalk was linked. */
export function escoNotes({ unresolvedSkills, crosswalk }: EscoImportReport): string[] {
  const notes = [
    `skill labels without a URI: ${unresolvedSkills.labels} (${unresolvedSkills.relations} occupation-skill relations), left out`,
  ];
  if (crosswalk) {
    notes.push(
      `crosswalk: ${crosswalk.linked} of ${crosswalk.rows} rows linked; exact or close: ${crosswalk.exactOrCloseLinked} of ${crosswalk.exactOrClose}` +
        (crosswalk.onetMissing > 0 ? `; ${crosswalk.onetMissing} rows name an O*NET occupation not in the graph (import O*NET first)` : ""),
    );
  }
  return notes;
}
