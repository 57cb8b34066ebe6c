/**
 * The Cypher of browsing: nodes by id, lists by name, related nodes in batches, full-text search, always
 * within the visible tenants.
 */
import { NODE_LABELS, type NodeLabel, type Status } from "../../domain/taxonomy.js";
import type { Executor } from "../executor.js";
import { ENTITY_LABEL, FULLTEXT, type Relation, type RelationName, RELATIONS } from "../model.js";
import { countStatement, type ListQuery, pageStatement, VISIBLE } from "./nodeListCypher.js";
import { mapProjection, type Projection, storedProperties } from "./projection.js";
import { type RelatedPlan, type RelatedTree, relatedExpression, relatedOrder, relatedPattern, relatedTrees } from "./relatedCypher.js";

export type { ListQuery } from "./nodeListCypher.js";

/** A node as the data layer hands it up: its label and its stored properties. */
export type NodeRecord = Readonly<{ kind: NodeLabel; props: Readonly<Record<string, unknown>> }>;
export type RelatedRecord = Readonly<{ node: NodeRecord; rel: Readonly<Record<string, unknown>> }>;
export type Direction = "OUT" | "IN";
/** The ids whose related nodes along one relationship (and direction) a batch asks for. */
export type RelatedGroup = Readonly<{
  relation: RelationName;
  direction: Direction;
  limit: number;
  ids: readonly string[];
  /** The related nodes' properties to return (null: all). */
  properties: Projection;
}>;
type RelatedItem = { props: Record<string, unknown>; rel: Record<string, unknown> };
type RawTrees = Parameters<typeof relatedTrees>[0];

/** A page; `related[i]` holds the i-th node's related nodes read ahead (one list per plan of the query). */
export type ListPage = Readonly<{ nodes: NodeRecord[]; hasNextPage: boolean; related: RelatedTree[][][] }>;
/** A node by id with the related nodes of `plans` (only if it is of the kind they were planned for). */
export type NodeAhead = Readonly<{ node: NodeRecord | null; related: RelatedTree[][] }>;
export type SearchHitRecord = Readonly<{ node: NodeRecord; score: number }>;

const kindOf = (labels: readonly string[]): NodeLabel => {
  const kind = NODE_LABELS.find((label) => labels.includes(label));
  if (!kind) throw new Error(`A node with labels ${labels.join(":")} has no known kind`);
  return kind;
};

/** How many of Lucene's best hits a search reads first (see `search`): a few pages' worth, as filters drop some. */
export const searchProbe = (first: number) => Math.max(40, first * 4);

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
   * One node as `byIds` reads it (with only `properties`, when given) and, when it is a `kind`, the related
   * nodes of `plans` in the same statement: a request for one node and its relationship fields is one round trip.
   */
  async byIdAhead(id: string, kind: NodeLabel, plans: readonly RelatedPlan[], properties: Projection = null): Promise<NodeAhead> {
    const params: Record<string, unknown> = { id, labels: NODE_LABELS, tenants: this.tenants };
    const rows = await this.executor.read(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       WHERE any(label IN labels(n) WHERE label IN $labels) AND ${VISIBLE("n")}
       RETURN labels(n) AS labels, ${mapProjection("n", properties)} AS props,
              CASE WHEN n:${kind} THEN ${relatedExpression("n", plans, params)} ELSE [] END AS related`,
      params,
    );
    const row = rows[0];
    if (!row) return { node: null, related: [] };
    const props = storedProperties(row.props as Record<string, unknown>, properties);
    return { node: { kind: kindOf(row.labels as string[]), props }, related: relatedTrees(row.related as RawTrees, plans) };
  }

  /**
   * A keyset page ordered by (name, id). Keyset rather than offset, so a page does not shift when
   * stewards add nodes while a client pages through, and a page costs its own size, not the label's.
   */
  async list(query: ListQuery): Promise<ListPage> {
    const { text, params } = pageStatement(query, this.tenants);
    const rows = await this.executor.read(text, params);
    const properties = query.properties ?? null;
    const page = rows.map((row) => ({ kind: query.label, props: storedProperties(row.props as Record<string, unknown>, properties) }));
    const related = rows.slice(0, query.first).map((row) => relatedTrees(row.related as RawTrees, query.related ?? []));
    return { nodes: page.slice(0, query.first), hasNextPage: page.length > query.first, related };
  }

  /** How many nodes match the list's filters (the page position plays no part). */
  async count(query: ListQuery): Promise<number> {
    const { text, params } = countStatement(query, this.tenants);
    const rows = await this.executor.read(text, params);
    return (rows[0]?.total as number | undefined) ?? 0;
  }

  /**
   * Full-text search across the taxonomy; `luceneQuery` must already be escaped by the caller. The
   * index leaves tenant data out today; the tenant filter keeps it so if a tenant's kind is indexed.
   * Ordered by score, ties by id. A common word matches thousands of nodes, each costing property reads
   * to filter and sort, and every Lucene query scores them all: the page usually comes from Lucene's best
   * few (one top-k query); when the filters or ties leave that in doubt, from every hit.
   */
  async search(
    luceneQuery: string,
    labels: readonly NodeLabel[],
    statuses: readonly Status[],
    first: number,
    source: string | null = null,
    properties: Projection = null,
  ): Promise<SearchHitRecord[]> {
    // Labels become statement text (a label predicate reads no property): only known labels pass.
    const unknown = labels.find((label) => !NODE_LABELS.includes(label));
    if (unknown !== undefined) throw new Error(`Not a node label: ${JSON.stringify(unknown)}`);
    const filters = [
      `(${labels.map((label) => `node:${label}`).join(" OR ")})`,
      "node.status IN $statuses",
      "(node.tenant IS NULL OR node.tenant IN $tenants)",
      ...(source === null ? [] : ["node.source = $source"]),
    ].join(" AND ");
    const params = { index: FULLTEXT.entities, query: luceneQuery, statuses, first, source, tenants: this.tenants, probe: searchProbe(first) };
    const hit = `{labels: labels(node), props: ${mapProjection("node", properties)}, score: score}`;
    // Lucene's best `probe` hits alone (a top-k, cheap however common the words), filtered and ordered here. They are
    // the answer when they are every hit, or when the page's last score beats the weakest of them: no hit left out
    // can then reach the page, ties included.
    const [probed] = await this.executor.read(
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($probe)}) YIELD node, score
       WITH collect({node: node, score: score}) AS hits
       RETURN size(hits) < $probe AS complete, reduce(floor = null, h IN hits | CASE WHEN floor IS NULL OR h.score < floor THEN h.score ELSE floor END) AS floor,
              COLLECT { UNWIND hits AS h WITH h.node AS node, h.score AS score WHERE ${filters}
                        RETURN ${hit} ORDER BY score DESC, node.id LIMIT toInteger($first) } AS page`,
      params,
    );
    const page = probed!.page as Array<{ labels: string[]; props: Record<string, unknown>; score: number }>;
    const last = page[first - 1];
    const exact = probed!.complete === true || (last !== undefined && last.score > (probed!.floor as number));
    // Otherwise every hit: the first pass finds the page's lowest possible score, the second filters and sorts only those above it.
    const rows = exact
      ? page
      : ((await this.executor.read(
          `CALL () {
             CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
             WHERE ${filters}
             WITH score LIMIT toInteger($first)
             RETURN min(score) AS lowest
           }
           CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
           WHERE score >= lowest AND ${filters}
           WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
           RETURN ${hit} AS hit`,
          params,
        )).map((row) => row.hit) as typeof page);
    return rows.map((row) => ({
      node: { kind: kindOf(row.labels), props: storedProperties(row.props, properties) },
      score: row.score,
    }));
  }

  /**
   * The related nodes of many nodes along several relationships, in one round trip: every relationship
   * field a request resolves in the same tick (a task's skills, outcomes and traits) is one statement.
   * Per group: ordered by the relationship's weight where it has one, then by name; at most `limit` per
   * node. The result follows `groups` and, within each, its `ids`.
   */
  async related(groups: readonly RelatedGroup[], statuses: readonly Status[]): Promise<RelatedRecord[][][]> {
    const params: Record<string, unknown> = { statuses, tenants: this.tenants };
    const parts = groups.map((group, g) => {
      const relation: Relation = RELATIONS[group.relation];
      Object.assign(params, { [`ids${g}`]: group.ids, [`limit${g}`]: group.limit });
      return `UNWIND $ids${g} AS id
         MATCH ${relatedPattern(relation, group.direction, `a:${group.direction === "OUT" ? relation.from : relation.to} {id: id}`, "r", "b")}
         WHERE b.status IN $statuses AND ${VISIBLE("b")}
         WITH id, r, b ORDER BY ${relatedOrder(relation, "r", "b")}
         RETURN ${g} AS g, id, collect({props: ${mapProjection("b", group.properties)}, rel: r {.*}})[0..toInteger($limit${g})] AS items`;
    });
    const rows = await this.executor.read(`CALL () {
 ${parts.join("\n UNION ALL\n ")}
}
RETURN g, id, items`, params);
    const found = new Map(rows.map((row) => [`${row.g as number}|${row.id as string}`, row.items as RelatedItem[]]));
    return groups.map((group, g) => {
      const relation: Relation = RELATIONS[group.relation];
      const toLabel = group.direction === "OUT" ? relation.to : relation.from;
      return group.ids.map((id) =>
        (found.get(`${g}|${id}`) ?? []).map((item) => ({ node: { kind: toLabel, props: storedProperties(item.props, group.properties) }, rel: item.rel })),
      );
    });
  }
}
