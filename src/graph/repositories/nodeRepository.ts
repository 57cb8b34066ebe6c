/**
 * The Cypher of browsing: nodes by id, lists by name, related nodes in batches, full-text search, always
 * within the visible tenants.
 */
import { NODE_LABELS, type NodeLabel, type Status } from "../../domain/taxonomy.js";
import type { Executor } from "../executor.js";
import { ENTITY_LABEL, FULLTEXT, type Relation, type RelationName, RELATIONS } from "../model.js";

/** A node as the data layer hands it up: its label and its stored properties. */
export type NodeRecord = Readonly<{ kind: NodeLabel; props: Readonly<Record<string, unknown>> }>;
export type RelatedRecord = Readonly<{ node: NodeRecord; rel: Readonly<Record<string, unknown>> }>;
export type Direction = "OUT" | "IN";

export type ListQuery = Readonly<{
  label: NodeLabel;
  first: number;
  after?: Readonly<{ name: string; id: string }> | undefined;
  text?: string | undefined;
  statuses: readonly Status[];
  relatedTo?: string | undefined;
  businessFunction?: string | undefined;
  source?: string | undefined;
}>;

export type ListPage = Readonly<{ totalCount: number; nodes: NodeRecord[]; hasNextPage: boolean }>;
export type SearchHitRecord = Readonly<{ node: NodeRecord; score: number }>;

const kindOf = (labels: readonly string[]): NodeLabel => {
  const kind = NODE_LABELS.find((label) => labels.includes(label));
  if (!kind) throw new Error(`A node with labels ${labels.join(":")} has no known kind`);
  return kind;
};

/** Precedents belong to a tenant; a node of any other kind is shared taxonomy. */
const VISIBLE = (v: string) => `(NOT ${v}:PrecedentCase OR ${v}.tenant IN $tenants)`;

export class NodeRepository {
  /** `tenants`: whose precedents this request may see (its own and the shared pool). */
  constructor(
    private readonly executor: Executor,
    private readonly tenants: readonly string[],
  ) {}

  /**
   * One round trip for any number of ids; the result follows the order of `ids`, null where absent.
   * Only taxonomy and precedent nodes: needs and decisions have their own, access-checked lookups.
   */
  async byIds(ids: readonly string[]): Promise<Array<NodeRecord | null>> {
    const rows = await this.executor.read(
      `UNWIND $ids AS id
       MATCH (n:${ENTITY_LABEL} {id: id})
       WHERE any(label IN labels(n) WHERE label IN $labels) AND ${VISIBLE("n")}
       RETURN id, labels(n) AS labels, n {.*} AS props`,
      { ids, labels: NODE_LABELS, tenants: this.tenants },
    );
    const found = new Map(
      rows.map((row) => [row.id as string, { kind: kindOf(row.labels as string[]), props: row.props as Record<string, unknown> }]),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * A keyset page ordered by (name, id) with the total count, in one round trip. Keyset rather than
   * offset, so a page does not shift when stewards add nodes while a client pages through.
   */
  async list(query: ListQuery): Promise<ListPage> {
    // `relatedTo` must be a node this request could read itself: another tenant's need, decision or
    // case is not to be probed through the taxonomy it links to.
    const rows = await this.executor.read(
      `MATCH (n:${query.label})
       WHERE n.status IN $statuses AND ${VISIBLE("n")}
         AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(n.description) CONTAINS $text)
         AND ($businessFunction IS NULL OR n.businessFunction = $businessFunction)
         AND ($source IS NULL OR n.source = $source)
         AND ($relatedTo IS NULL OR EXISTS {
               MATCH (n)--(r:${ENTITY_LABEL} {id: $relatedTo})
               WHERE any(label IN labels(r) WHERE label IN $labels) AND ${VISIBLE("r")} })
       WITH n ORDER BY n.name, n.id
       WITH collect(n) AS matched
       RETURN size(matched) AS totalCount,
              [m IN [x IN matched WHERE $afterName IS NULL OR x.name > $afterName
                                        OR (x.name = $afterName AND x.id > $afterId)][0..toInteger($limit)] | m {.*}] AS page`,
      {
        statuses: query.statuses,
        text: query.text?.toLowerCase() ?? null,
        businessFunction: query.businessFunction ?? null,
        source: query.source ?? null,
        relatedTo: query.relatedTo ?? null,
        labels: NODE_LABELS,
        afterName: query.after?.name ?? null,
        afterId: query.after?.id ?? null,
        limit: query.first + 1,
        tenants: this.tenants,
      },
    );
    const row = rows[0] ?? { totalCount: 0, page: [] };
    const page = (row.page as Array<Record<string, unknown>>).map((props) => ({ kind: query.label, props }));
    return {
      totalCount: row.totalCount as number,
      nodes: page.slice(0, query.first),
      hasNextPage: page.length > query.first,
    };
  }

  /**
   * Full-text search across the taxonomy; `luceneQuery` must already be escaped by the caller. The
   * index leaves tenant data out today; the tenant filter keeps it so if a tenant's kind is indexed.
   */
  async search(
    luceneQuery: string,
    labels: readonly NodeLabel[],
    statuses: readonly Status[],
    first: number,
    source: string | null = null,
  ): Promise<SearchHitRecord[]> {
    const rows = await this.executor.read(
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
       WHERE node.status IN $statuses AND any(label IN labels(node) WHERE label IN $labels)
         AND ($source IS NULL OR node.source = $source)
         AND (node.tenant IS NULL OR node.tenant IN $tenants)
       RETURN labels(node) AS labels, node {.*} AS props, score
       ORDER BY score DESC, node.id
       LIMIT toInteger($first)`,
      { index: FULLTEXT.entities, query: luceneQuery, statuses, labels, first, source, tenants: this.tenants },
    );
    return rows.map((row) => ({
      node: { kind: kindOf(row.labels as string[]), props: row.props as Record<string, unknown> },
      score: row.score as number,
    }));
  }

  /**
   * The related nodes of many nodes along one relationship, in one round trip (the DataLoader batch).
   * Ordered by the relationship's weight where it has one, then by name; at most `limit` per node.
   */
  async related(
    relationName: RelationName,
    direction: Direction,
    ids: readonly string[],
    statuses: readonly Status[],
    limit: number,
  ): Promise<RelatedRecord[][]> {
    const relation: Relation = RELATIONS[relationName];
    const [fromLabel, toLabel] = direction === "OUT" ? [relation.from, relation.to] : [relation.to, relation.from];
    const pattern =
      direction === "OUT"
        ? `(a:${fromLabel} {id: id})-[r:${relation.type}]->(b:${toLabel})`
        : `(a:${fromLabel} {id: id})<-[r:${relation.type}]-(b:${toLabel})`;
    const weight = relation.properties[0];
    const order = weight ? `coalesce(r.${weight}, 0) DESC, b.name, b.id` : "b.name, b.id";
    const rows = await this.executor.read(
      `UNWIND $ids AS id
       MATCH ${pattern}
       WHERE b.status IN $statuses AND ${VISIBLE("b")}
       WITH id, r, b ORDER BY ${order}
       WITH id, collect({props: b {.*}, rel: r {.*}})[0..toInteger($limit)] AS items
       RETURN id, items`,
      { ids, statuses, limit, tenants: this.tenants },
    );
    const byId = new Map(rows.map((row) => [row.id as string, row.items as Array<{ props: Record<string, unknown>; rel: Record<string, unknown> }>]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((item) => ({ node: { kind: toLabel, props: item.props }, rel: item.rel })),
    );
  }
}
