/** The difference between a bulk file and the graph, as the steps an import will take. */
import type { CuratedLabel } from "../../domain/taxonomy.js";
import { BadInputError } from "../../errors.js";
import type { CuratedSnapshot, IdInfo } from "../../graph/repositories/curationRepository.js";
import { type BulkNode, type BulkRelation, curatedRelations } from "./bulkFormat.js";
import { changedFields, type Fields, newId, validateFields } from "./curationSchema.js";
import { checkWeight, resolveRelation } from "./relations.js";
import { fieldsOf } from "./taxonomyWriter.js";

/**
 * The difference between a bulk file and the graph, as the steps the import will take. Pure: the
 * graph comes in as a snapshot of the file's nodes plus the kind and status of every id they name.
 */
export type DiffOp =
  | Readonly<{ op: "create"; kind: CuratedLabel; id: string; fields: Fields; source: string }>
  | (Read & Readonly<{ op: "update"; patch: Fields; before: Fields }>)
  | (Read & Readonly<{ op: "relate"; type: string; to: string; weight: number | null; previous?: number | null }>)
  | (Read & Readonly<{ op: "unrelate"; type: string; to: string }>)
  | (Read & Readonly<{ op: "deprecate"; replacedBy: string | null; reason: string }>);

/** A step on a node: the version the diff read (0 for a node the import creates first). */
type Read = Readonly<{ kind: CuratedLabel; id: string; version: number }>;

export type GraphView = Readonly<{
  /** The file's nodes as the graph has them (absent: new). */
  nodes: ReadonlyMap<string, CuratedSnapshot>;
  /** Kind and status of the other ids the file names (relationship targets, successors). */
  refs: ReadonlyMap<string, IdInfo>;
}>;

export type Diff = Readonly<{ ops: DiffOp[]; problems: string[] }>;

/** The order the import applies steps in: nodes exist before relationships name them; deprecation last. */
const ORDER: Readonly<Record<DiffOp["op"], number>> = { create: 0, update: 1, relate: 2, unrelate: 3, deprecate: 4 };
export const DEFAULT_DEPRECATION_REASON = "Deprecated by a bulk import.";

export function diffTaxonomy(nodes: readonly BulkNode[], graph: GraphView, fileName: string, source: string): Diff {
  const ops: DiffOp[] = [];
  const problems: string[] = [];
  const inFile = new Map<string, BulkNode>();
  nodes.forEach((node, i) => {
    if (inFile.has(node.id)) problems.push(`${fileName}: nodes[${i}].id: "${node.id}" is listed twice`);
    else inFile.set(node.id, node);
  });

  /** What an id will be when the import's nodes exist: its kind, and whether it can be related to. */
  const target = (id: string): { kind: string | null; active: boolean } => {
    const stored = graph.nodes.get(id);
    if (stored) return { kind: stored.kind, active: stored.props.status === "ACTIVE" };
    const listed = inFile.get(id);
    if (listed) return { kind: listed.kind, active: true };
    const ref = graph.refs.get(id);
    return { kind: ref?.kind ?? null, active: ref?.status === "ACTIVE" };
  };

  nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    try {
      ops.push(...diffNode(node, graph.nodes.get(node.id) ?? graph.refs.get(node.id) ?? null, at, target, source));
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      problems.push(`${fileName}: ${error.message}`);
    }
  });
  ops.sort((a, b) => ORDER[a.op] - ORDER[b.op]);
  return { ops, problems };
}

function diffNode(
  node: BulkNode,
  found: CuratedSnapshot | IdInfo | null,
  at: string,
  target: (id: string) => { kind: string | null; active: boolean },
  source: string,
): DiffOp[] {
  const { kind, id } = node;
  const problem = (field: string, message: string) => new BadInputError(`${at}.${field}: ${message}`, { field: `${at}.${field}` });
  // Found under another label (or as a kind stewards do not curate): the id is taken.
  if (found?.kind && found.kind !== kind) throw problem("kind", `"${id}" is a ${found.kind} in the graph`);
  const stored = found && "props" in found ? found : undefined;
  const version = (stored?.props.version as number | undefined) ?? 0;
  const ops: DiffOp[] = [];

  if (!stored) {
    newId(kind, id, "", at);
    ops.push({ op: "create", kind, id, fields: validateFields(kind, id, node.fields, at), source: node.source ?? source });
  } else {
    const before = fieldsOf(stored);
    const merged = validateFields(kind, id, { ...before, ...node.fields }, at);
    const changed = changedFields(before, merged).filter((field) => field in node.fields);
    if (changed.length > 0) ops.push({ op: "update", kind, id, version, patch: Object.fromEntries(changed.map((f) => [f, merged[f] ?? null])), before });
  }

  ops.push(...diffRelations(node, version, stored ? curatedRelations(stored) : [], at, target));

  const wasDeprecated = stored?.props.status === "DEPRECATED";
  if (wasDeprecated && node.status === "ACTIVE") throw problem("status", "a deprecated node cannot be made active again");
  if (node.status === "DEPRECATED" && !wasDeprecated) {
    const successor = node.replacedBy ?? null;
    if (successor !== null) {
      const next = target(successor);
      if (successor === id || next.kind !== kind || !next.active) throw problem("replacedBy", `must be another active ${kind}`);
    }
    ops.push({ op: "deprecate", kind, id, version, replacedBy: successor, reason: node.deprecationReason?.trim() || DEFAULT_DEPRECATION_REASON });
  }

  if (stored && ops.length > 0) {
    if (wasDeprecated) throw problem("status", "is deprecated in the graph: a deprecated node no longer changes");
    if (node.version !== undefined && node.version !== version) {
      throw problem("version", `"${id}" changed in the graph since the file was made (version ${node.version} in the file, ${version} in the graph): export again`);
    }
  }
  return ops;
}

function diffRelations(
  node: BulkNode,
  version: number,
  current: readonly BulkRelation[],
  at: string,
  target: (id: string) => { kind: string | null; active: boolean },
): DiffOp[] {
  if (!node.relations) return [];
  const { kind, id } = node;
  const existing = new Map(current.map((r) => [`${r.type}|${r.to}`, r]));
  const wanted = new Set<string>();
  const ops: DiffOp[] = [];
  node.relations.forEach((r, j) => {
    const where = `${at}.relations[${j}]`;
    const key = `${r.type}|${r.to}`;
    if (wanted.has(key)) throw new BadInputError(`${where}: ${r.type} to "${r.to}" is listed twice`, { field: where });
    wanted.add(key);
    const end = target(r.to);
    if (!end.kind) throw new BadInputError(`${where}.to: no node has id "${r.to}", in the graph or the file`, { field: `${where}.to` });
    const name = resolveRelation(kind, r.type, end.kind as CuratedLabel, where);
    const weight = checkWeight(name, r.weight, where);
    const before = existing.get(key);
    if (before && (before.weight ?? null) === weight) return;
    if (!end.active) throw new BadInputError(`${where}.to: "${r.to}" is deprecated`, { field: `${where}.to` });
    ops.push({ op: "relate", kind, id, version, type: r.type, to: r.to, weight, ...(before ? { previous: before.weight ?? null } : {}) });
  });
  for (const [key, r] of existing) if (!wanted.has(key)) ops.push({ op: "unrelate", kind, id, version, type: r.type, to: r.to });
  return ops;
}

/** The diff as a steward reads it before anything is written, one line per step, then the totals. */
export function describeDiff(ops: readonly DiffOp[]): string[] {
  const lines = ops.map((op) => {
    switch (op.op) {
      case "create":
        return `created     ${op.kind} ${op.id}`;
      case "update":
        return `updated     ${op.kind} ${op.id}: ${Object.keys(op.patch)
          .map((f) => `${f} ${JSON.stringify(op.before[f] ?? null)} -> ${JSON.stringify(op.patch[f])}`)
          .join("; ")}`;
      case "relate":
        return `related     ${op.id} -${op.type}-> ${op.to}${op.weight === null ? "" : ` (weight ${op.weight}${op.previous === undefined ? "" : `, was ${op.previous}`})`}`;
      case "unrelate":
        return `unrelated   ${op.id} -${op.type}-> ${op.to}`;
      case "deprecate":
        return `deprecated  ${op.kind} ${op.id}${op.replacedBy ? ` (replaced by ${op.replacedBy})` : ""}: ${op.reason}`;
    }
  });
  const count = (name: DiffOp["op"]) => ops.filter((op) => op.op === name).length;
  lines.push(
    `${count("create")} created, ${count("update")} updated, ${count("relate")} related, ${count("unrelate")} unrelated, ${count("deprecate")} deprecated`,
  );
  return lines;
}
