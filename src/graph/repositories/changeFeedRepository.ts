/** The Cypher of the taxonomy change feed: numbered entries appended in the curating transaction, read in order. */
import type { ChangeKind, CuratedLabel } from "../../domain/taxonomy.js";
import type { Executor, Transaction } from "../executor.js";
import { CHANGE_COUNTER_LABEL, CHANGE_LABEL } from "../model.js";

/** One entry of the feed, as a unit of work hands it over (the sequence and time are added on append). */
export type ChangeEntry = Readonly<{
  kind: ChangeKind;
  nodeId: string;
  nodeKind: CuratedLabel;
  /** The node's version after the change. */
  version: number;
  /** UPDATED: the fields that changed. */
  fields: readonly string[] | null;
  /** RELATED / UNRELATED: the relationship's type, its other end and (RELATED) its weight. */
  relationType: string | null;
  relatedId: string | null;
  weight: number | null;
}>;

export type StoredChange = ChangeEntry & Readonly<{ sequence: number; at: string; actorId: string; operation: string }>;

const FEED = "taxonomy";

/**
 * The taxonomy change feed: `(:TaxonomyChange)` entries numbered by one `(:ChangeCounter)`.
 *
 * Every curation transaction locks the counter first and holds it to commit. That serialises taxonomy
 * writes, which is fine at steward volume, and buys the property a poller needs: sequence numbers are
 * handed out in commit order, so an entry with a lower number can never appear after a client has
 * read past it. (Numbering outside the lock would let a slow transaction commit 41 after 42 was read.)
 */
export class ChangeFeedRepository {
  constructor(private readonly executor: Executor) {}

  /** Locks the counter for the rest of the transaction; answers the last sequence handed out. */
  async lock(tx: Transaction): Promise<number> {
    const rows = await tx.run(
      `MERGE (c:${CHANGE_COUNTER_LABEL} {name: $feed}) ON CREATE SET c.sequence = 0
       SET c._lock = true
       WITH c REMOVE c._lock
       RETURN c.sequence AS sequence`,
      { feed: FEED },
    );
    return rows[0]!.sequence as number;
  }

  /** Appends entries in order, numbered after the counter; the caller holds the lock (see `lock`). */
  async append(tx: Transaction, entries: readonly ChangeEntry[], actorId: string, operation: string): Promise<void> {
    if (entries.length === 0) return;
    await tx.run(
      `MATCH (c:${CHANGE_COUNTER_LABEL} {name: $feed})
       WITH c, c.sequence AS start
       SET c.sequence = start + size($entries)
       WITH start
       UNWIND range(0, size($entries) - 1) AS i
       WITH start + i + 1 AS sequence, $entries[i] AS e
       CREATE (:${CHANGE_LABEL} {sequence: sequence, at: datetime(), actorId: $actorId, operation: $operation,
         kind: e.kind, nodeId: e.nodeId, nodeKind: e.nodeKind, version: toInteger(e.version), fields: e.fields,
         relationType: e.relationType, relatedId: e.relatedId, weight: e.weight})`,
      { feed: FEED, entries: entries.map((e) => ({ ...e, fields: e.fields ? [...e.fields] : null })), actorId, operation },
    );
  }

  /** Entries after `since`, in order, at most `limit`. */
  async since(since: number, limit: number): Promise<StoredChange[]> {
    const rows = await this.executor.read(
      `MATCH (x:${CHANGE_LABEL}) WHERE x.sequence > $since
       RETURN x {.sequence, .at, .actorId, .operation, .kind, .nodeId, .nodeKind, .version, .fields,
                 .relationType, .relatedId, .weight} AS change
       ORDER BY x.sequence
       LIMIT toInteger($limit)`,
      { since, limit },
    );
    return rows.map((row) => row.change as StoredChange);
  }
}
