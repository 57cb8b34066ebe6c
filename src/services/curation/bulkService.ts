/** Bulk export and import of the taxonomy through the same steps as the curation mutations. */
import type { Transaction } from "../../graph/executor.js";
import { NO_KEY } from "../../graph/idempotency.js";
import type { CuratedSnapshot, CurationRepository } from "../../graph/repositories/curationRepository.js";
import { parseBulkFile, toBulkFile } from "./bulkFormat.js";
import { type Diff, diffTaxonomy, type DiffOp } from "./bulkDiff.js";
import type { CuratedWork } from "./curatedWork.js";
import { CURATED_TYPES } from "./relations.js";
import { type Applied, CURATION_SOURCE, type TaxonomyWriter } from "./taxonomyWriter.js";

export const IMPORT_OPERATION = "importTaxonomy";
export const DEFAULT_BATCH_SIZE = 200;

export type BatchReport = Readonly<{ batch: number; steps: number; changes: number }>;

/**
 * Bulk export and import of the taxonomy. The import validates the whole file and computes the diff
 * before anything is written; applying it takes the same steps as the GraphQL mutations (the same
 * writer: versions, change-feed entries, an AuditEvent), one transaction per batch of steps.
 */
export class TaxonomyBulkService {
  constructor(
    private readonly repo: CurationRepository,
    private readonly writer: TaxonomyWriter,
    private readonly work: CuratedWork,
  ) {}

  async export(now: Date = new Date()): Promise<Record<string, unknown>> {
    const { sequence, nodes } = await this.repo.exportAll(CURATED_TYPES);
    return toBulkFile(nodes, sequence, now.toISOString());
  }

  /** The diff of a file against the graph, or the problems that stop it (each with file and path). */
  async plan(json: unknown, fileName: string): Promise<Diff> {
    const { nodes, problems } = parseBulkFile(json, fileName);
    if (problems.length > 0) return { ops: [], problems };
    const ids = nodes.map((n) => n.id);
    const stored = new Map<string, CuratedSnapshot>();
    for (const kind of new Set(nodes.map((n) => n.kind))) {
      for (const node of await this.repo.snapshot(kind, CURATED_TYPES, ids)) stored.set(String(node.props.id), node);
    }
    const named = nodes.flatMap((n) => [n.id, ...(n.relations ?? []).map((r) => r.to), ...(n.replacedBy ? [n.replacedBy] : [])]);
    const refs = await this.repo.describeAll(named.filter((id) => !stored.has(id)));
    return diffTaxonomy(nodes, { nodes: stored, refs }, fileName, CURATION_SOURCE);
  }

  /**
   * Applies the steps in batches, each one transaction with its audit event and feed entries. Every
   * step carries the version the diff read (and the versions earlier steps left), so a node changed
   * by someone else since the diff stops the import with CONFLICT; batches already applied stay.
   */
  async apply(ops: readonly DiffOp[], batchSize = DEFAULT_BATCH_SIZE, onBatch: (report: BatchReport) => void = () => {}): Promise<BatchReport[]> {
    const versions = new Map<string, number>();
    const reports: BatchReport[] = [];
    for (let start = 0; start < ops.length; start += batchSize) {
      const batch = ops.slice(start, start + batchSize);
      const result = await this.work.run(IMPORT_OPERATION, NO_KEY, (tx) => this.applyBatch(tx, batch, versions));
      for (const [id, version] of Object.entries(result.versions)) versions.set(id, version);
      const report = { batch: reports.length + 1, steps: batch.length, changes: result.changes };
      reports.push(report);
      onBatch(report);
    }
    return reports;
  }

  /** One batch; it works on a copy of the versions, as the driver may run it more than once. */
  private async applyBatch(tx: Transaction, batch: readonly DiffOp[], known: ReadonlyMap<string, number>): Promise<Applied<{ versions: Record<string, number>; changes: number }>> {
    const versions = new Map(known);
    const version = (op: DiffOp) => versions.get(op.id) ?? ("version" in op ? op.version : 0);
    const applied: Array<Applied<unknown>> = [];
    for (const op of batch) {
      let step: Applied<unknown>;
      if (op.op === "create") {
        step = await this.writer.create(tx, { kind: op.kind, id: op.id, fields: op.fields, source: op.source });
      } else if (op.op === "update") {
        step = await this.writer.update(tx, op.id, version(op), op.patch);
      } else if (op.op === "relate") {
        step = await this.writer.relate(tx, op.id, version(op), { type: op.type, to: op.to, weight: op.weight });
      } else if (op.op === "unrelate") {
        step = await this.writer.unrelate(tx, op.id, version(op), { type: op.type, to: op.to });
      } else {
        step = await this.writer.deprecate(tx, op.id, version(op), op.replacedBy, op.reason);
      }
      for (const change of step.changes) versions.set(change.nodeId, change.version);
      applied.push(step);
    }
    const changes = applied.flatMap((a) => a.changes);
    return {
      result: { versions: Object.fromEntries(versions), changes: changes.length },
      changes,
      targetIds: [...new Set(applied.flatMap((a) => a.targetIds))],
      before: applied.map((a) => a.before),
      after: applied.map((a) => a.after),
    };
  }
}
