/** The Cypher of the seed: nodes and relationships written in batches, only where their content hash changed. */
import type { NodeLabel } from "../../domain/taxonomy.js";
import type { Executor, Transaction } from "../executor.js";
import { ENTITY_LABEL } from "../model.js";

/** A node as the seed writes it: scalar properties (and lists of scalars), plus its relationships. */
export type SeedNode = Readonly<{
  id: string;
  hash: string;
  props: Record<string, unknown>;
  links: Record<string, unknown>;
}>;

export type SeedBatch = Readonly<{ label: NodeLabel; nodes: readonly SeedNode[] }>;
export type SeedCounts = Record<string, { created: number; changed: number; unchanged: number }>;

const BATCH_SIZE = 500;

/**
 * Upserts a node only when its seed entry changed (by hash), so re-running the seed is a no-op
 * and never overwrites nodes that did not come from it.
 */
const upsertNodes = (label: NodeLabel) => `
UNWIND $items AS item
OPTIONAL MATCH (existing:${label} {id: item.id})
WITH item, existing
WHERE existing IS NULL OR coalesce(existing.seedHash, '') <> item.hash
MERGE (n:${label} {id: item.id})
  ON CREATE SET n:${ENTITY_LABEL}, n.createdAt = datetime(), n.version = 0
SET n += item.props, n.seedHash = item.hash, n.updatedAt = datetime(), n.version = n.version + 1
RETURN item.id AS id, existing IS NULL AS created`;

/** Rebuilds the outgoing relationships of the nodes whose seed entry changed. */
const RELATIONSHIPS: Partial<Record<NodeLabel, string>> = {
  Skill: `
UNWIND $items AS item
MATCH (n:Skill {id: item.id})
CALL (n) { MATCH (n)-[old:BROADER]->() DELETE old }
CALL (n, item) { UNWIND item.links.broader AS b MATCH (x:Skill {id: b}) CREATE (n)-[:BROADER]->(x) }`,
  Task: `
UNWIND $items AS item
MATCH (n:Task {id: item.id})
CALL (n) { MATCH (n)-[old:REQUIRES_SKILL|CONTRIBUTES_TO|HAS_TRAIT]->() DELETE old }
CALL (n) { MATCH (:Occupation)-[old:INCLUDES_TASK]->(n) DELETE old }
CALL (n, item) { UNWIND item.links.occupations AS o MATCH (x:Occupation {id: o}) CREATE (x)-[:INCLUDES_TASK]->(n) }
CALL (n, item) { UNWIND item.links.skills AS s MATCH (x:Skill {id: s.skill}) CREATE (n)-[:REQUIRES_SKILL {importance: s.importance}]->(x) }
CALL (n, item) { UNWIND item.links.outcomes AS o MATCH (x:Outcome {id: o}) CREATE (n)-[:CONTRIBUTES_TO]->(x) }
CALL (n, item) { UNWIND item.links.traits AS t MATCH (x:Trait {id: t.trait}) CREATE (n)-[:HAS_TRAIT {weight: t.weight}]->(x) }`,
  WorkerType: `
UNWIND $items AS item
MATCH (n:WorkerType {id: item.id})
CALL (n) { MATCH (n)-[old:SUITS|SOURCED_VIA]->() DELETE old }
CALL (n, item) { UNWIND item.links.suits AS s MATCH (x:Trait {id: s.trait}) CREATE (n)-[:SUITS {weight: s.weight}]->(x) }
CALL (n, item) { UNWIND item.links.channels AS c MATCH (x:Channel {id: c}) CREATE (n)-[:SOURCED_VIA]->(x) }`,
  PrecedentCase: `
UNWIND $items AS item
MATCH (n:PrecedentCase {id: item.id})
CALL (n) { MATCH (n)-[old:INVOLVED_TASK|ENGAGED|REQUESTED|SOURCED_THROUGH]->() DELETE old }
CALL (n, item) { UNWIND item.links.tasks AS t MATCH (x:Task {id: t}) CREATE (n)-[:INVOLVED_TASK]->(x) }
CALL (n, item) { MATCH (x:WorkerType {id: item.links.workerType}) CREATE (n)-[:ENGAGED]->(x) }
CALL (n, item) { MATCH (x:WorkerType {id: item.links.requestedWorkerType}) CREATE (n)-[:REQUESTED]->(x) }
CALL (n, item) { MATCH (x:Channel {id: item.links.channel}) CREATE (n)-[:SOURCED_THROUGH]->(x) }`,
  Rule: `
UNWIND $items AS item
MATCH (n:Rule {id: item.id})
CALL (n) { MATCH (n)-[old:APPLIES_TO]->() DELETE old }
CALL (n, item) { UNWIND item.links.workerTypes AS w MATCH (x:WorkerType {id: w}) CREATE (n)-[:APPLIES_TO]->(x) }
CALL (n, item) { UNWIND item.links.channels AS c MATCH (x:Channel {id: c}) CREATE (n)-[:APPLIES_TO]->(x) }`,
};

export class SeedRepository {
  constructor(private readonly executor: Executor) {}

  /** All batches in one transaction: the seed lands whole or not at all. */
  apply(batches: readonly SeedBatch[]): Promise<SeedCounts> {
    return this.executor.writeTransaction(async (tx) => {
      const counts: SeedCounts = {};
      const changed = new Map<NodeLabel, SeedNode[]>();
      for (const { label, nodes } of batches) {
        const written = new Set<string>();
        let created = 0;
        for (const chunk of chunks(nodes)) {
          const rows = await tx.run(upsertNodes(label), { items: chunk.map(({ id, hash, props }) => ({ id, hash, props })) });
          for (const row of rows) {
            written.add(row.id as string);
            if (row.created) created++;
          }
        }
        counts[label] = { created, changed: written.size - created, unchanged: nodes.length - written.size };
        changed.set(label, nodes.filter((node) => written.has(node.id)));
      }
      // Relationships after all nodes exist, so references across kinds and files resolve.
      for (const [label, nodes] of changed) await relate(tx, label, nodes);
      return counts;
    });
  }
}

async function relate(tx: Transaction, label: NodeLabel, nodes: readonly SeedNode[]): Promise<void> {
  const statement = RELATIONSHIPS[label];
  if (!statement) return;
  for (const chunk of chunks(nodes)) {
    await tx.run(statement, { items: chunk.map(({ id, links }) => ({ id, links })) });
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}
