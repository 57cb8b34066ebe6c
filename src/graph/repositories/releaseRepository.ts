/** The Cypher of taxonomy releases: numbered, each with the change-feed position and node counts it froze. */
import { CURATED_LABELS, type CuratedLabel } from "../../domain/taxonomy.js";
import type { Executor, Transaction } from "../executor.js";
import { RELEASE_LABEL } from "../model.js";

export type KindCount = Readonly<{ kind: CuratedLabel; active: number; deprecated: number }>;

export type StoredRelease = Readonly<{
  number: number;
  notes: string;
  publishedAt: string;
  publishedBy: string;
  /** The last change-feed sequence the release contains. */
  changeSequence: number;
  /** The previous release's `changeSequence` (0 for the first release). */
  previousSequence: number;
  counts: readonly KindCount[];
}>;

const FIELDS = "r {.number, .notes, .publishedAt, .publishedBy, .changeSequence, .previousSequence, .counts} AS release";

// One count per label, each from that label's own index, in one statement.
const COUNTS = CURATED_LABELS.map(
  (label) => `MATCH (n:${label}) RETURN '${label}' AS kind, count(CASE n.status WHEN 'ACTIVE' THEN 1 END) AS active,
               count(CASE n.status WHEN 'DEPRECATED' THEN 1 END) AS deprecated`,
).join("\nUNION ALL\n");

/** Neo4j properties cannot hold maps: the counts are stored as JSON text and decoded here. */
const decode = (row: Record<string, unknown>): StoredRelease => {
  const release = row.release as Record<string, unknown>;
  return { ...(release as unknown as StoredRelease), counts: JSON.parse(release.counts as string) as KindCount[] };
};

/** Published releases of the taxonomy: numbered 1, 2, 3 ... and never changed once published. */
export class ReleaseRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Publishes the next release. The caller holds the change-feed lock, so the counts and the
   * sequence describe the same state and two releases cannot take the same number.
   */
  async publish(tx: Transaction, release: Readonly<{ notes: string; publishedBy: string; changeSequence: number }>): Promise<StoredRelease> {
    const counts = (await tx.run(COUNTS)).map((row) => ({
      kind: row.kind as CuratedLabel,
      active: row.active as number,
      deprecated: row.deprecated as number,
    }));
    const rows = await tx.run(
      `OPTIONAL MATCH (last:${RELEASE_LABEL})
       WITH last ORDER BY last.number DESC LIMIT 1
       CREATE (r:${RELEASE_LABEL} {number: coalesce(last.number, 0) + 1, notes: $notes, publishedAt: datetime(),
         publishedBy: $publishedBy, changeSequence: toInteger($changeSequence), previousSequence: coalesce(last.changeSequence, 0),
         counts: $counts})
       RETURN ${FIELDS}`,
      { ...release, counts: JSON.stringify(counts) },
    );
    return decode(rows[0]!);
  }

  /** Newest first. */
  async list(limit: number): Promise<StoredRelease[]> {
    const rows = await this.executor.read(
      `MATCH (r:${RELEASE_LABEL}) RETURN ${FIELDS} ORDER BY r.number DESC LIMIT toInteger($limit)`,
      { limit },
    );
    return rows.map(decode);
  }

  async byNumber(number: number): Promise<StoredRelease | null> {
    const rows = await this.executor.read(`MATCH (r:${RELEASE_LABEL}) WHERE r.number = toInteger($number) RETURN ${FIELDS}`, { number });
    return rows[0] ? decode(rows[0]) : null;
  }
}
