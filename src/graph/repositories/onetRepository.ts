/** The Cypher of the O*NET and ESCO imports: hash-keyed upserts of nodes and their aspects, one transaction per step. */
import type { Executor, Transaction } from "../executor.js";
import { ENTITY_LABEL, RELATIONS } from "../model.js";
import { escoAspects, ESCO_NODE_LINKS } from "./escoStatements.js";
import { add, chunks, count, splitStep, zero } from "./importBatches.js";

export { splitStep } from "./importBatches.js";

/**
 * The Cypher of the O*NET import. Every write is keyed by a content hash, so a re-import writes
 * nothing that has not changed and a second run is a no-op:
 * - a node's own properties (and the links it owns) carry `importHash`;
 * - an aspect (one file's contribution to nodes that already exist: an occupation's skill ratings,
 *   a task's work activities, its exposure labels, ...) carries a hash property of its own, so each
 *   file rewrites only what it contributes and never another file's relationships.
 */

export type ImportLabel = "Occupation" | "WorkActivity" | "Skill" | "Task";

export type ImportNode = Readonly<{
  id: string;
  hash: string;
  props: Readonly<Record<string, unknown>>;
  links: Readonly<Record<string, unknown>>;
}>;

export type AspectItem = Readonly<{
  id: string;
  hash: string;
  props?: Readonly<Record<string, unknown>>;
  links?: readonly unknown[];
}>;

export type TraitStub = Readonly<{ id: string; name: string; description: string }>;

export const ASPECT_NAMES = [
  "occupationSkills",
  "occupationKnowledge",
  "occupationTechnology",
  "taskActivities",
  "taskSkills",
  "taskRatings",
  "taskExposure",
  "taskTraits",
  "escoOccupationSkills",
  "escoMatches",
] as const;
export type AspectName = (typeof ASPECT_NAMES)[number];

export type StepWrite = Readonly<{
  traits?: readonly TraitStub[];
  nodes?: Readonly<{ label: ImportLabel; items: readonly ImportNode[] }>;
  aspect?: Readonly<{ name: AspectName; items: readonly AspectItem[] }>;
}>;

export type WriteCounts = { created: number; changed: number; unchanged: number };
export type StepCounts = Readonly<{ nodes: WriteCounts; aspect: WriteCounts; traitsCreated: number }>;

const { includesTask, requiresSkill, hasTrait, performs, activityBroader, occupationSkill } = RELATIONS;


const upsertNodes = (label: ImportLabel) => `
UNWIND $items AS item
OPTIONAL MATCH (existing:${label} {id: item.id})
WITH item, existing, existing.importHash = item.hash AS same
WHERE $force OR same IS NULL OR NOT same
MERGE (n:${label} {id: item.id})
  ON CREATE SET n:${ENTITY_LABEL}, n.createdAt = datetime(), n.version = 0, n.status = 'ACTIVE'
SET n += item.props, n.importHash = item.hash, n.updatedAt = datetime(), n.version = n.version + CASE WHEN same THEN 0 ELSE 1 END
RETURN item.id AS id, CASE WHEN existing IS NULL THEN 'created' WHEN same THEN 'unchanged' ELSE 'changed' END AS outcome`;

/** The links a node owns, rebuilt for the nodes written (hash changed, or --force). */
const NODE_LINKS: Partial<Record<ImportLabel, string>> = {
  ...ESCO_NODE_LINKS,
  WorkActivity: `
UNWIND $items AS item
MATCH (n:WorkActivity {id: item.id})
CALL (n) { MATCH (n)-[old:${activityBroader.type}]->(:WorkActivity) DELETE old }
CALL (n, item) { UNWIND item.links.broader AS b MATCH (x:WorkActivity {id: b}) CREATE (n)-[:${activityBroader.type}]->(x) }`,
  Task: `
UNWIND $items AS item
MATCH (n:Task {id: item.id})
CALL (n) { MATCH (:Occupation)-[old:${includesTask.type}]->(n) DELETE old }
CALL (n, item) { MATCH (x:Occupation {id: item.links.occupation}) CREATE (x)-[:${includesTask.type}]->(n) }`,
};

/**
 * Sets an aspect's hash where it changed, then runs the aspect's own rewrite. The first time an
 * aspect is set does not count as a new version of the node; a later change does. With $force,
 * unchanged items are rewritten too (repairing links removed by hand), still without a new version.
 */
const aspect = (label: ImportLabel, hashKey: string, rewrite: string) => `
UNWIND $items AS item
MATCH (n:${label} {id: item.id})
WITH n, item, n.${hashKey} AS previous
WHERE $force OR previous IS NULL OR previous <> item.hash
SET n.${hashKey} = item.hash, n.updatedAt = datetime(),
    n.version = n.version + CASE WHEN previous IS NULL OR previous = item.hash THEN 0 ELSE 1 END
WITH n, item, previous
${rewrite}
RETURN item.id AS id, CASE WHEN previous IS NULL THEN 'created' WHEN previous = item.hash THEN 'unchanged' ELSE 'changed' END AS outcome`;

/** Occupation skill ratings of one skill type; the other types' relationships are left alone. */
const occupationSkills = (hashKey: string) =>
  aspect(
    "Occupation",
    hashKey,
    `CALL (n) { MATCH (n)-[old:${occupationSkill.type}]->(s:Skill) WHERE s.skillType = $skillType DELETE old }
CALL (n, item) {
  UNWIND item.links AS l MATCH (s:Skill {id: l.skill})
  CREATE (n)-[:${occupationSkill.type} {importance: l.importance, level: l.level, hot: l.hot, inDemand: l.inDemand}]->(s)
}`,
  );

const ASPECTS: Record<AspectName, Readonly<{ statement: string; params?: Record<string, unknown> }>> = {
  occupationSkills: { statement: occupationSkills("onetSkillRatingsHash"), params: { skillType: "skill" } },
  occupationKnowledge: { statement: occupationSkills("onetKnowledgeRatingsHash"), params: { skillType: "knowledge" } },
  occupationTechnology: { statement: occupationSkills("onetTechnologyHash"), params: { skillType: "technology" } },
  taskActivities: {
    statement: aspect(
      "Task",
      "onetActivitiesHash",
      `CALL (n) { MATCH (n)-[old:${performs.type}]->(:WorkActivity) DELETE old }
CALL (n, item) { UNWIND item.links AS a MATCH (x:WorkActivity {id: a}) CREATE (n)-[:${performs.type}]->(x) }`,
    ),
  },
  taskSkills: {
    statement: aspect(
      "Task",
      "onetSkillsHash",
      `CALL (n) { MATCH (n)-[old:${requiresSkill.type}]->(:Skill) DELETE old }
CALL (n, item) { UNWIND item.links AS l MATCH (x:Skill {id: l.skill}) CREATE (n)-[:${requiresSkill.type} {importance: l.importance}]->(x) }`,
    ),
  },
  taskTraits: {
    statement: aspect(
      "Task",
      "onetTraitsHash",
      `CALL (n) { MATCH (n)-[old:${hasTrait.type}]->(:Trait) DELETE old }
CALL (n, item) { UNWIND item.links AS l MATCH (x:Trait {id: l.trait}) CREATE (n)-[:${hasTrait.type} {weight: l.weight}]->(x) }`,
    ),
  },
  ...escoAspects(aspect),
  // Property aspects: a null in item.props removes the property (the task left the companion file).
  taskRatings: { statement: aspect("Task", "onetRatingsHash", "SET n += item.props") },
  taskExposure: { statement: aspect("Task", "onetExposureHash", "SET n += item.props") },
};

/** Traits the import refers to; created with a minimal text only where the seed has not run. */
const MERGE_TRAITS = `
UNWIND $traits AS t
OPTIONAL MATCH (existing:Trait {id: t.id})
MERGE (x:Trait {id: t.id})
  ON CREATE SET x:${ENTITY_LABEL}, x.name = t.name, x.description = t.description, x.source = $source,
                x.status = 'ACTIVE', x.createdAt = datetime(), x.updatedAt = datetime(), x.version = 1
RETURN count(CASE WHEN existing IS NULL THEN 1 END) AS created`;

export class OnetRepository {
  constructor(
    private readonly executor: Executor,
    private readonly batchSize = 1000,
    private readonly transactionBudget = 50_000,
  ) {}

  /**
   * One step of the import (one file), in one transaction where it fits in `transactionBudget`
   * (items plus their links), so a failure leaves the graph as it was before the file. The
   * embedded Neo4j caps a transaction at 256 MiB, which about 100k new relationships exceed, so a
   * bigger step (the derived task skills and traits of a full release) is written in several
   * transactions of whole batches. That stays consistent: a node's hash is written in the same
   * statement as what it covers, so a re-run after a failure redoes exactly the unwritten part.
   * Within a transaction, items go in batches of `batchSize` per statement (UNWIND).
   */
  async applyStep(
    step: StepWrite,
    source: string,
    { force = false, onProgress = () => {} }: Readonly<{ force?: boolean; onProgress?: (done: number) => void }> = {},
  ): Promise<StepCounts> {
    const nodes = zero();
    const aspect = zero();
    let traitsCreated = 0;
    let done = 0;
    for (const part of splitStep(step, this.transactionBudget)) {
      const result = await this.executor.writeTransaction(async (tx) => {
        // Counted per attempt: a transaction the driver retries starts again from zero.
        let progressed = 0;
        const progress = (n: number) => onProgress(done + (progressed += n));
        let created = 0;
        if (part.traits?.length) {
          const [row] = await tx.run(MERGE_TRAITS, { traits: part.traits, source });
          created = Number(row?.created ?? 0);
        }
        const n = part.nodes ? await this.writeNodes(tx, part.nodes.label, part.nodes.items, force, progress) : zero();
        const a = part.aspect ? await this.writeAspect(tx, part.aspect.name, part.aspect.items, force, progress) : zero();
        return { nodes: n, aspect: a, traitsCreated: created, items: progressed };
      });
      add(nodes, result.nodes);
      add(aspect, result.aspect);
      traitsCreated += result.traitsCreated;
      done += result.items;
    }
    return { nodes, aspect, traitsCreated };
  }

  /**
   * Deletes every node an import with this source wrote. Relationships go first, in batches, so
   * no transaction grows with the degree of a hub (an occupation has hundreds of links).
   */
  async deleteSource(source: string, batch = 10_000): Promise<number> {
    const inBatches = async (statement: string) => {
      let total = 0;
      for (;;) {
        const [row] = await this.executor.write(statement, { source, batch });
        const deleted = Number(row?.deleted ?? 0);
        total += deleted;
        if (deleted === 0) return total;
      }
    };
    await inBatches(
      `MATCH (n:${ENTITY_LABEL} {source: $source})-[r]-() WITH DISTINCT r LIMIT toInteger($batch) DELETE r RETURN count(*) AS deleted`,
    );
    return inBatches(`MATCH (n:${ENTITY_LABEL} {source: $source}) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS deleted`);
  }

  /** Which of these ids name a node of the label (what another import wrote before this one links to it). */
  async existingIds(label: ImportLabel, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.executor.read(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, { ids });
    return new Set(rows.map((row) => row.id as string));
  }

  /** Node counts by label and relationship counts by type, for nodes of one source. */
  async countsBySource(source: string): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
    const nodes = await this.executor.read(
      `MATCH (n:${ENTITY_LABEL} {source: $source}) UNWIND labels(n) AS label
       WITH label WHERE label <> '${ENTITY_LABEL}' RETURN label, count(*) AS count ORDER BY label`,
      { source },
    );
    const relationships = await this.executor.read(
      `MATCH (n:${ENTITY_LABEL} {source: $source})-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`,
      { source },
    );
    return {
      nodes: Object.fromEntries(nodes.map((row) => [row.label as string, Number(row.count)])),
      relationships: Object.fromEntries(relationships.map((row) => [row.type as string, Number(row.count)])),
    };
  }

  private async writeNodes(
    tx: Transaction,
    label: ImportLabel,
    items: readonly ImportNode[],
    force: boolean,
    progress: (n: number) => void,
  ): Promise<WriteCounts> {
    const counts = zero();
    const written: ImportNode[] = [];
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const chunk of chunks(items, this.batchSize)) {
      const rows = await tx.run(upsertNodes(label), { force, items: chunk.map(({ id, hash, props }) => ({ id, hash, props })) });
      for (const row of rows) {
        count(counts, row.outcome);
        written.push(byId.get(row.id as string)!);
      }
      progress(chunk.length);
    }
    counts.unchanged = items.length - counts.created - counts.changed;
    // Links after the nodes of this transaction exist; a link points to a node of an earlier step
    // or one earlier in this step (GWAs come before their IWAs), so it always resolves.
    const links = NODE_LINKS[label];
    if (links) {
      for (const chunk of chunks(written, this.batchSize)) {
        await tx.run(links, { items: chunk.map(({ id, links }) => ({ id, links })) });
      }
    }
    return counts;
  }

  private async writeAspect(
    tx: Transaction,
    name: AspectName,
    items: readonly AspectItem[],
    force: boolean,
    progress: (n: number) => void,
  ): Promise<WriteCounts> {
    const counts = zero();
    const { statement, params = {} } = ASPECTS[name];
    for (const chunk of chunks(items, this.batchSize)) {
      const rows = await tx.run(statement, {
        ...params,
        force,
        items: chunk.map(({ id, hash, props = {}, links = [] }) => ({ id, hash, props, links })),
      });
      for (const row of rows) count(counts, row.outcome);
      progress(chunk.length);
    }
    counts.unchanged = items.length - counts.created - counts.changed;
    return counts;
  }
}
