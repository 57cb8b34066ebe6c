/** The bulk taxonomy file format (JSON), parsed and written. */
import { z } from "zod";
import { CURATED_LABELS, type CuratedLabel, type Status, STATUSES } from "../../domain/taxonomy.js";
import type { CuratedSnapshot } from "../../graph/repositories/curationRepository.js";
import { fieldNames, type Fields } from "./curationSchema.js";
import { findRelation, weightProperty } from "./relations.js";
import { fieldsOf } from "./taxonomyWriter.js";

/**
 * The bulk file of `npm run taxonomy -- export|import`: JSON, one entry per node, its kind-specific
 * fields flat beside id and kind (as in GraphQL), its outgoing relationships listed with it. Sorted by
 * kind and id, relationships by type and target, so two exports diff cleanly in git.
 *
 *   { "format": "workgraph-taxonomy", "formatVersion": 1, "exportedAt": "...", "changeSequence": 42,
 *     "nodes": [ { "kind": "Task", "id": "task:...", "status": "ACTIVE", "version": 3, "source": "...",
 *                  "name": "...", "description": "...", "businessFunction": "finance", ...,
 *                  "relations": [ { "type": "HAS_TRAIT", "to": "trait:repetitive", "weight": 0.8 } ] } ] }
 *
 * On import: fields left out keep their value; `relations`, when given, is the node's whole set of
 * curated outgoing relationships (missing ones are removed), and when left out they stay as they are;
 * `version`, when given, must still be the graph's for a node the file changes (else: export again).
 */
export const BULK_FORMAT = "workgraph-taxonomy";
export const BULK_FORMAT_VERSION = 1;

const relationEntry = z.strictObject({
  type: z.string().min(1).max(100),
  to: z.string().min(1).max(200),
  weight: z.number().nullable().optional(),
});

const nodeEntry = z
  .object({
    kind: z.enum(CURATED_LABELS),
    id: z.string().min(1).max(200),
    status: z.enum(STATUSES).default("ACTIVE"),
    version: z.number().int().min(0).optional(),
    source: z.string().trim().min(1).max(100).optional(),
    replacedBy: z.string().min(1).max(200).nullable().optional(),
    deprecationReason: z.string().max(2000).nullable().optional(),
    relations: z.array(relationEntry).optional(),
  })
  .catchall(z.unknown());

export const bulkFile = z.strictObject({
  format: z.literal(BULK_FORMAT),
  formatVersion: z.literal(BULK_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  changeSequence: z.number().int().min(0).optional(),
  nodes: z.array(nodeEntry),
});

export type BulkRelation = Readonly<{ type: string; to: string; weight?: number | null | undefined }>;
export type BulkNode = Readonly<{
  kind: CuratedLabel;
  id: string;
  status: Status;
  version?: number | undefined;
  source?: string | undefined;
  replacedBy?: string | null | undefined;
  deprecationReason?: string | null | undefined;
  relations?: readonly BulkRelation[] | undefined;
  fields: Fields;
}>;

/** Parses a bulk file; problems name the file and the JSON path (`taxonomy.json: nodes[3].kind: ...`). */
export function parseBulkFile(json: unknown, fileName: string): { nodes: BulkNode[]; problems: string[] } {
  const parsed = bulkFile.safeParse(json);
  if (!parsed.success) {
    return { nodes: [], problems: parsed.error.issues.map((issue) => `${fileName}: ${formatPath(issue.path)}: ${issue.message}`) };
  }
  // Every key besides the bookkeeping is a field of the node's kind, checked against it by the diff.
  const nodes = parsed.data.nodes.map(({ kind, id, status, version, source, replacedBy, deprecationReason, relations, ...fields }) => ({
    kind,
    id,
    status,
    version,
    source,
    replacedBy,
    deprecationReason,
    relations,
    fields,
  }));
  return { nodes, problems: [] };
}

/** `nodes[3].relations[0].weight`, as a steward finds it in the file. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.map((s) => (typeof s === "number" ? `[${s}]` : `.${String(s)}`)).join("").replace(/^\./, "") || "(root)";
}

/** The outgoing relationships of a stored node that stewards curate, with their weights. */
export function curatedRelations(node: CuratedSnapshot): BulkRelation[] {
  const relations: BulkRelation[] = [];
  for (const r of node.relations) {
    const name = findRelation(node.kind, r.type, r.toKind);
    if (!name) continue;
    const property = weightProperty(name);
    relations.push(property ? { type: r.type, to: r.to, weight: (r.props[property] as number | undefined) ?? null } : { type: r.type, to: r.to });
  }
  return relations.sort((a, b) => compare(`${a.type}|${a.to}`, `${b.type}|${b.to}`));
}

/** A stored node as a bulk-file entry (the export). */
export function toBulkEntry(node: CuratedSnapshot): Record<string, unknown> {
  const p = node.props;
  const fields = fieldsOf(node);
  const entry: Record<string, unknown> = { kind: node.kind, id: p.id, status: p.status, version: p.version, source: p.source };
  for (const name of fieldNames(node.kind)) if (name in fields) entry[name] = fields[name];
  if (p.status === "DEPRECATED") {
    entry.replacedBy = p.replacedBy ?? null;
    entry.deprecationReason = p.deprecationReason ?? null;
  }
  entry.relations = curatedRelations(node);
  return entry;
}

export function toBulkFile(nodes: readonly CuratedSnapshot[], changeSequence: number, exportedAt: string): Record<string, unknown> {
  const order = (kind: CuratedLabel) => CURATED_LABELS.indexOf(kind);
  const sorted = [...nodes].sort((a, b) => order(a.kind) - order(b.kind) || compare(String(a.props.id), String(b.props.id)));
  return { format: BULK_FORMAT, formatVersion: BULK_FORMAT_VERSION, exportedAt, changeSequence, nodes: sorted.map(toBulkEntry) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
