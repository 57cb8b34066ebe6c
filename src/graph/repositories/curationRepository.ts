/** The Cypher of curation: curated nodes and relationships read, written, versioned and deprecated. */
import { CURATED_LABELS, type CuratedLabel, NODE_LABELS, type NodeLabel } from "../../domain/taxonomy.js";
import type { Executor, Transaction } from "../executor.js";
import { CHANGE_COUNTER_LABEL, ENTITY_LABEL, type RelationName, RELATIONS } from "../model.js";

/** A curated node as stored: its kind and every property. */
export type CuratedRecord = Readonly<{ kind: CuratedLabel; props: Readonly<Record<string, unknown>> }>;

/** An outgoing relationship as stored: its type, the other end and the relationship's properties. */
export type StoredRelation = Readonly<{ type: string; to: string; toKind: NodeLabel; props: Readonly<Record<string, unknown>> }>;
export type CuratedSnapshot = CuratedRecord & Readonly<{ relations: readonly StoredRelation[] }>;

/** What any id in the graph is: its kind and status (also for ids of kinds stewards do not curate). */
export type IdInfo = Readonly<{ kind: NodeLabel | null; status: string | null }>;

const curatedKind = (labels: readonly string[]): CuratedLabel | null =>
  CURATED_LABELS.find((label) => labels.includes(label)) ?? null;
const anyKind = (labels: readonly string[]): NodeLabel | null => NODE_LABELS.find((label) => labels.includes(label)) ?? null;

const pattern = (name: RelationName) => {
  const { from, type, to } = RELATIONS[name];
  return `(a:${from} {id: $from})-[r:${type}]->(b:${to} {id: $to})`;
};

/**
 * The Cypher of taxonomy curation. Writes take the caller's transaction (a unit of work, with its
 * audit event and change-feed entries); labels and types come only from the model's constants.
 */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Takes the node's write lock, then reads it. Under read-committed isolation a plain read could see
   * a version another transaction is about to replace; with the lock taken first, a second writer
   * waits for the first to commit and then reads the version it left (the pattern the Cypher manual
   * gives against lost updates). Null when no curated node has the id.
   */
  async lock(tx: Transaction, id: string): Promise<CuratedRecord | null> {
    const rows = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       WHERE any(label IN labels(n) WHERE label IN $labels)
       SET n._lock = true
       WITH n REMOVE n._lock
       RETURN labels(n) AS labels, n {.*} AS props`,
      { id, labels: CURATED_LABELS },
    );
    const row = rows[0];
    const kind = row ? curatedKind(row.labels as string[]) : null;
    return row && kind ? { kind, props: row.props as Record<string, unknown> } : null;
  }

  /** The kind and status of each id (null kind where no node has it), in one round trip. */
  async describe(tx: Transaction, ids: readonly string[]): Promise<Map<string, IdInfo>> {
    const rows = await tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id})
       RETURN id, labels(n) AS labels, n.status AS status`,
      { ids: [...new Set(ids)] },
    );
    return new Map(
      rows.map((row) => [
        row.id as string,
        { kind: row.labels ? anyKind(row.labels as string[]) : null, status: (row.status as string | null) ?? null },
      ]),
    );
  }

  async create(tx: Transaction, kind: CuratedLabel, id: string, props: Record<string, unknown>): Promise<CuratedRecord> {
    const rows = await tx.run(
      `CREATE (n:${kind}:${ENTITY_LABEL} {id: $id})
       SET n += $props, n.status = 'ACTIVE', n.version = 1, n.createdAt = datetime(), n.updatedAt = datetime()
       RETURN n {.*} AS props`,
      { id, props },
    );
    return { kind, props: rows[0]!.props as Record<string, unknown> };
  }

  /** Sets properties (a null removes one) and counts the change in the node's version. */
  async update(tx: Transaction, kind: CuratedLabel, id: string, set: Record<string, unknown>): Promise<CuratedRecord> {
    const rows = await tx.run(
      `MATCH (n:${kind} {id: $id})
       SET n += $set, n.version = n.version + 1, n.updatedAt = datetime()
       RETURN n {.*} AS props`,
      { id, set },
    );
    return { kind, props: rows[0]!.props as Record<string, unknown> };
  }

  async deprecate(tx: Transaction, kind: CuratedLabel, id: string, replacedBy: string | null, reason: string): Promise<CuratedRecord> {
    const rows = await tx.run(
      `MATCH (n:${kind} {id: $id})
       SET n.status = 'DEPRECATED', n.replacedBy = $replacedBy, n.deprecationReason = $reason,
           n.deprecatedAt = datetime(), n.version = n.version + 1, n.updatedAt = datetime()
       RETURN n {.*} AS props`,
      { id, replacedBy, reason },
    );
    return { kind, props: rows[0]!.props as Record<string, unknown> };
  }

  /** The relationship's properties, or null when the two nodes are not related that way. */
  async relationship(tx: Transaction, name: RelationName, from: string, to: string): Promise<Record<string, unknown> | null> {
    const rows = await tx.run(`MATCH ${pattern(name)} RETURN r {.*} AS props LIMIT 1`, { from, to });
    return (rows[0]?.props as Record<string, unknown> | undefined) ?? null;
  }

  /** Creates the relationship, or sets its weight where it exists; other properties are kept. */
  async relate(tx: Transaction, name: RelationName, from: string, to: string, weight: { property: string; value: number } | null): Promise<void> {
    const { from: fromLabel, type, to: toLabel } = RELATIONS[name];
    // The property name comes from the model (RELATIONS), never from a request.
    const set = weight ? `SET r.${weight.property} = $weight` : "";
    await tx.run(
      `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
       MERGE (a)-[r:${type}]->(b)
       ${set}`,
      { from, to, weight: weight?.value ?? null },
    );
  }

  /** How many relationships of this kind the node has. */
  async countRelated(tx: Transaction, name: RelationName, from: string): Promise<number> {
    const { from: fromLabel, type, to: toLabel } = RELATIONS[name];
    const rows = await tx.run(`MATCH (a:${fromLabel} {id: $from}) RETURN COUNT { (a)-[:${type}]->(:${toLabel}) } AS n`, { from });
    return (rows[0]?.n as number | undefined) ?? 0;
  }

  async unrelate(tx: Transaction, name: RelationName, from: string, to: string): Promise<void> {
    await tx.run(`MATCH ${pattern(name)} DELETE r`, { from, to });
  }

  /** Whether `from` reaches `to` along the relationship (itself included): a new `to -> from` would close a cycle. */
  async reaches(tx: Transaction, name: RelationName, from: string, to: string): Promise<boolean> {
    const { from: label, type } = RELATIONS[name];
    const rows = await tx.run(
      `MATCH (a:${label} {id: $from})
       RETURN EXISTS { (a)-[:${type}*0..]->(:${label} {id: $to}) } AS reaches`,
      { from, to },
    );
    return rows[0]?.reaches === true;
  }

  /** Nodes of one kind with their outgoing relationships of the given types, by id. Read-only. */
  snapshot(kind: CuratedLabel, types: readonly string[], ids: readonly string[]): Promise<CuratedSnapshot[]> {
    return this.executor.readTransaction((tx) => snapshotOf(tx, kind, types, ids));
  }

  /**
   * Every curated node with its outgoing relationships, and the change-feed position they reflect,
   * read in one transaction so the two agree (the export).
   */
  exportAll(types: readonly string[]): Promise<{ sequence: number; nodes: CuratedSnapshot[] }> {
    return this.executor.readTransaction(async (tx) => {
      const head = await tx.run(`OPTIONAL MATCH (c:${CHANGE_COUNTER_LABEL} {name: 'taxonomy'}) RETURN coalesce(c.sequence, 0) AS sequence`);
      const nodes: CuratedSnapshot[] = [];
      for (const kind of CURATED_LABELS) nodes.push(...(await snapshotOf(tx, kind, types, null)));
      return { sequence: head[0]!.sequence as number, nodes };
    });
  }

  /** The kind and status of each id, outside a unit of work (the import checks references before it writes). */
  describeAll(ids: readonly string[]): Promise<Map<string, IdInfo>> {
    return this.executor.readTransaction((tx) => this.describe(tx, ids));
  }
}

async function snapshotOf(tx: Transaction, kind: CuratedLabel, types: readonly string[], ids: readonly string[] | null): Promise<CuratedSnapshot[]> {
  const rows = await tx.run(
    `MATCH (n:${kind})
     WHERE $ids IS NULL OR n.id IN $ids
     RETURN n {.*} AS props,
            [(n)-[r]->(m:${ENTITY_LABEL}) WHERE type(r) IN $types | {type: type(r), to: m.id, labels: labels(m), props: r {.*}}] AS relations
     ORDER BY n.id`,
    { ids, types },
  );
  return rows.map((row) => ({
    kind,
    props: row.props as Record<string, unknown>,
    relations: (row.relations as Array<{ type: string; to: string; labels: string[]; props: Record<string, unknown> }>)
      .map((r) => ({ type: r.type, to: r.to, toKind: anyKind(r.labels), props: r.props }))
      .filter((r): r is StoredRelation => r.toKind !== null),
  }));
}
