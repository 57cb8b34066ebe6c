/** The Cypher of sentence vectors: what each node's vector was made from, writing vectors, and nearest-neighbour search. */
import type { Executor, Transaction } from "../executor.js";
import { EMBEDDED_LABELS, type EmbeddedLabel, VECTOR_STORE } from "../vectorModel.js";

/** The fields a node's vector is made from, and the hash of the text its stored vector was made from. */
export type EmbeddingSource = Readonly<{
  id: string;
  name: string;
  description: string | null;
  altLabels: readonly string[] | null;
  storedHash: string | null;
}>;

export type VectorWrite = Readonly<{ id: string; hash: string; vector: Float32Array }>;

/** A nearest neighbour: the owner's id and the index's cosine score, (1 + cosine) / 2, from 0 to 1. */
export type VectorHit = Readonly<{ id: string; score: number }>;

const WRITE_BATCH = 500;

const sources = (owner: EmbeddedLabel, one: boolean) => `
MATCH (n:${owner}) ${one ? "WHERE n.id = $id" : ""}
OPTIONAL MATCH (v:${VECTOR_STORE[owner].label} {ownerId: n.id})
RETURN n.id AS id, n.name AS name, n.description AS description, n.altLabels AS altLabels, v.embeddingHash AS storedHash`;

// setNodeVectorProperty stores a float32 array (half the size of a LIST<FLOAT>) after checking its values.
const writeVectors = (owner: EmbeddedLabel) => `
UNWIND $items AS item
MERGE (v:${VECTOR_STORE[owner].label} {ownerId: item.id})
SET v.embeddingHash = item.hash, v.model = $model
WITH v, item
CALL db.create.setNodeVectorProperty(v, 'embedding', item.vector)`;

export class EmbeddingRepository {
  constructor(private readonly executor: Executor) {}

  /** Every node of the kind with what its vector is made from (the cache check reads all, in one query). */
  async sources(owner: EmbeddedLabel): Promise<EmbeddingSource[]> {
    return (await this.executor.read(sources(owner, false))).map(toSource);
  }

  /** One node's sources inside the caller's transaction (curation re-embeds in the same unit of work). */
  async sourceIn(tx: Transaction, owner: EmbeddedLabel, id: string): Promise<EmbeddingSource | null> {
    const [row] = await tx.run(sources(owner, true), { id });
    return row ? toSource(row) : null;
  }

  /** Writes vectors, one transaction per batch: a crash keeps what was written, and the hashes say what is left. */
  async write(owner: EmbeddedLabel, model: string, items: readonly VectorWrite[]): Promise<void> {
    for (let i = 0; i < items.length; i += WRITE_BATCH) {
      const batch = items.slice(i, i + WRITE_BATCH);
      await this.executor.writeTransaction((tx) => this.writeIn(tx, owner, model, batch));
    }
  }

  async writeIn(tx: Transaction, owner: EmbeddedLabel, model: string, items: readonly VectorWrite[]): Promise<void> {
    await tx.run(writeVectors(owner), { model, items: items.map(({ id, hash, vector }) => ({ id, hash, vector: Array.from(vector) })) });
  }

  /** Removes vectors whose node is gone (deleted by hand, or an import's nodes deleted to start again). */
  async pruneOrphans(owners: readonly EmbeddedLabel[] = EMBEDDED_LABELS): Promise<number> {
    let deleted = 0;
    for (const owner of owners) {
      const [row] = await this.executor.write(
        `MATCH (v:${VECTOR_STORE[owner].label}) WHERE NOT EXISTS { MATCH (:${owner} {id: v.ownerId}) }
         DELETE v RETURN count(*) AS deleted`,
      );
      deleted += Number(row?.deleted ?? 0);
    }
    return deleted;
  }

  /**
   * The `k` active nodes of the kind nearest to `vector`, best first. Deprecated nodes are skipped, so
   * fewer than `k` can come back; ask for more (50 to 100) and re-rank.
   */
  async nearest(owner: EmbeddedLabel, vector: Float32Array, k: number): Promise<VectorHit[]> {
    const rows = await this.executor.read(
      `CALL db.index.vector.queryNodes($index, toInteger($k), $vector) YIELD node, score
       MATCH (n:${owner} {id: node.ownerId})
       WHERE n.status = 'ACTIVE'
       RETURN n.id AS id, score
       ORDER BY score DESC, id`,
      { index: VECTOR_STORE[owner].index, k, vector: Array.from(vector) },
    );
    return rows.map((row) => ({ id: row.id as string, score: row.score as number }));
  }
}

function toSource(row: Record<string, unknown>): EmbeddingSource {
  return {
    id: row.id as string,
    name: (row.name as string | null) ?? "",
    description: (row.description as string | null) ?? null,
    altLabels: (row.altLabels as string[] | null) ?? null,
    storedHash: (row.storedHash as string | null) ?? null,
  };
}
