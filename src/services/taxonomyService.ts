/** Browsing the taxonomy: nodes by id, pages of a kind, related nodes through per-request DataLoaders, search. */
import DataLoader from "dataloader";
import { type OccupationMatchType, reverseMatch } from "../domain/crosswalk.js";
import type { NodeLabel, Status } from "../domain/taxonomy.js";
import { BadInputError, NotFoundError } from "../errors.js";
import type { RelationName } from "../graph/model.js";
import type {
  Direction,
  ListPage,
  NodeRecord,
  NodeRepository,
  RelatedRecord,
  SearchHitRecord,
} from "../graph/repositories/nodeRepository.js";
import { type Projection, withKeys } from "../graph/repositories/projection.js";
import type { RelatedPlan, RelatedTree } from "../graph/repositories/relatedCypher.js";
import { typedQuery } from "./lucene.js";
import { checkPageSize, decodeCursor, encodeCursor } from "./paging.js";

/** A plan with the keys every read adds (as `related` adds them), so primed keys equal loaded ones. */
const withPlanKeys = (plan: RelatedPlan): RelatedPlan => ({ ...plan, properties: withKeys(plan.properties), children: plan.children.map(withPlanKeys) });

const toNamePosition = ({ key, id }: { key: string; id: string }) => ({ name: key, id });

export type ListArgs = Readonly<{
  first: number;
  after?: string | null | undefined;
  text?: string | null | undefined;
  status?: Status | null | undefined;
  includeDeprecated?: boolean | null | undefined;
  relatedTo?: string | null | undefined;
  businessFunction?: string | null | undefined;
  /** Only nodes of one source (taxonomy): `esco-1.2.0`, `onet-29.3`, `workgraph-seed`, ... */
  source?: string | null | undefined;
}>;

/** `totalCount` is a separate statement, run only when called: most clients page without it. */
export type ListResult = ListPage & Readonly<{ cursors: string[]; after: string | null; totalCount: () => Promise<number> }>;

type RelatedKey = Readonly<{ relation: RelationName; direction: Direction; limit: number; properties: Projection; id: string }>;
/** Keys asking for other properties are other keys: a cached narrow answer never serves a wider selection. */
const groupKeyString = (key: Omit<RelatedKey, "id">) => `${key.relation}|${key.direction}|${key.limit}|${key.properties?.join(",") ?? "*"}`;
const relatedKeyString = (key: RelatedKey) => `${groupKeyString(key)}|${key.id}`;

const ACTIVE: readonly Status[] = ["ACTIVE"];
const ALL: readonly Status[] = ["ACTIVE", "DEPRECATED"];
const MAX_SEARCH_RESULTS = 100;
const MAX_TEXT_FILTER = 200;
/** Relationship fields return at most this many related nodes when the client does not ask for fewer. */
export const MAX_RELATED = 500;

/**
 * Browsing the taxonomy. One instance per request: its DataLoaders batch and cache that request's
 * lookups, and are never shared between users.
 */
export class TaxonomyService {
  private readonly byId: DataLoader<string, NodeRecord | null>;
  /** One loader for every relationship field: keys resolved in the same tick become one statement. */
  private readonly relatedLoader: DataLoader<RelatedKey, RelatedRecord[], string>;

  constructor(
    private readonly nodes: NodeRepository,
    private readonly maxPageSize: number,
  ) {
    this.byId = new DataLoader((ids) => nodes.byIds(ids));
    this.relatedLoader = new DataLoader((keys) => this.relatedBatch(keys), { cacheKeyFn: relatedKeyString });
  }

  node(id: string): Promise<NodeRecord | null> {
    return this.byId.load(id);
  }

  /** Many nodes by id in one batch, keyed by id; ids of nothing visible are left out. */
  async nodesByIds(ids: Iterable<string>): Promise<Map<string, NodeRecord>> {
    const unique = [...new Set(ids)];
    const records = await Promise.all(unique.map((id) => this.byId.load(id)));
    return new Map(unique.flatMap((id, i) => (records[i] ? [[id, records[i]] as const] : [])));
  }

  /** A node that must exist (one a decision or a relationship names); NOT_FOUND when it does not. */
  async existingNode(id: string): Promise<NodeRecord> {
    const node = await this.byId.load(id);
    if (!node) throw new NotFoundError("Node", id);
    return node;
  }

  /**
   * `ahead`: the relationship fields the client selected on it. They are read in the node's own statement
   * and primed into this request's loader, so their resolvers find them there: one round trip, not one per level.
   * That statement returns only the node's selected `properties` (null: all); only a whole node is kept for
   * this request's later lookups by id.
   */
  async nodeOfKind(kind: NodeLabel, id: string, ahead: readonly RelatedPlan[] = [], properties: Projection = null): Promise<NodeRecord> {
    let node: NodeRecord | null;
    if (ahead.length === 0) node = await this.byId.load(id);
    else {
      const plans = ahead.map(withPlanKeys);
      const projection = withKeys(properties);
      const found = await this.nodes.byIdAhead(id, kind, plans, projection);
      node = found.node;
      if (node && projection === null) this.byId.prime(id, node);
      if (node?.kind === kind) this.primeRelated(id, plans, found.related);
    }
    if (!node || node.kind !== kind) throw new NotFoundError(kind, id);
    return node;
  }

  /** Each plan's answer under the key its field's resolver will load, then the answers' own plans. */
  private primeRelated(id: string, plans: readonly RelatedPlan[], trees: readonly RelatedTree[][]): void {
    plans.forEach(({ relation, direction, limit, properties, children }, i) => {
      const records = trees[i] ?? [];
      this.relatedLoader.prime({ relation, direction, limit, properties, id }, records.map(({ node, rel }) => ({ node, rel })));
      for (const record of records) this.primeRelated(String(record.node.props.id), children, record.related);
    });
  }

  /**
   * Related nodes of one node, with the `properties` asked for (null: all); calls in the same tick are
   * batched into one statement.
   */
  related(relation: RelationName, direction: Direction, id: string, limit = MAX_RELATED, properties: Projection = null): Promise<RelatedRecord[]> {
    checkPageSize(limit, MAX_RELATED);
    return this.relatedLoader.load({ relation, direction, limit, properties: withKeys(properties), id });
  }

  /** The keys grouped by relationship, one statement for all groups, answers back in key order. */
  private async relatedBatch(keys: readonly RelatedKey[]): Promise<RelatedRecord[][]> {
    const groups = new Map<string, { relation: RelationName; direction: Direction; limit: number; properties: Projection; ids: string[] }>();
    for (const { relation, direction, limit, properties, id } of keys) {
      const groupKey = groupKeyString({ relation, direction, limit, properties });
      const group = groups.get(groupKey) ?? { relation, direction, limit, properties, ids: [] };
      groups.set(groupKey, group);
      if (!group.ids.includes(id)) group.ids.push(id);
    }
    const ordered = [...groups.values()];
    const answers = await this.nodes.related(ordered, ACTIVE);
    const byKey = new Map(ordered.flatMap((group, g) => group.ids.map((id, i) => [relatedKeyString({ ...group, id }), answers[g]![i]!] as const)));
    return keys.map((key) => byKey.get(relatedKeyString(key)) ?? []);
  }

  /** The crosswalk's matches of an occupation, both ways, each read from this occupation (batched per request). */
  async matches(id: string): Promise<Array<{ node: NodeRecord; matchType: OccupationMatchType }>> {
    const [out, into] = await Promise.all([this.related("occupationMatch", "OUT", id), this.related("occupationMatch", "IN", id)]);
    return [
      ...out.map((r) => ({ node: r.node, matchType: r.rel.matchType as OccupationMatchType })),
      ...into.map((r) => ({ node: r.node, matchType: reverseMatch(r.rel.matchType as OccupationMatchType) })),
    ];
  }

  /**
   * A page of `label`; each node carries the `properties` asked for (null: all) and what its cursor needs,
   * and the relationship fields of `ahead` are read with the page (as for nodeOfKind).
   */
  async list(label: NodeLabel, args: ListArgs, properties: Projection = null, ahead: readonly RelatedPlan[] = []): Promise<ListResult> {
    checkPageSize(args.first, this.maxPageSize);
    if (args.text && args.text.length > MAX_TEXT_FILTER) {
      throw new BadInputError(`filter.text must be at most ${MAX_TEXT_FILTER} characters`, { field: "filter.text" });
    }
    const query = {
      label,
      first: args.first,
      after: args.after ? toNamePosition(decodeCursor(args.after)) : undefined,
      text: args.text?.trim() || undefined,
      statuses: args.status ? [args.status] : args.includeDeprecated ? ALL : ACTIVE,
      relatedTo: args.relatedTo ?? undefined,
      businessFunction: args.businessFunction ?? undefined,
      source: args.source ?? undefined,
      properties: withKeys(properties),
      related: ahead.map(withPlanKeys),
    };
    const page = await this.nodes.list(query);
    page.nodes.forEach((node, i) => this.primeRelated(String(node.props.id), query.related, page.related[i] ?? []));
    return {
      ...page,
      totalCount: () => this.nodes.count(query),
      cursors: page.nodes.map((node) => encodeCursor(String(node.props.name), String(node.props.id))),
      after: args.after ?? null,
    };
  }

  async search(
    query: string,
    kinds: readonly NodeLabel[],
    first: number,
    includeDeprecated = false,
    source: string | null = null,
    properties: Projection = null,
  ): Promise<SearchHitRecord[]> {
    checkPageSize(first, MAX_SEARCH_RESULTS);
    if (query.length > MAX_TEXT_FILTER) {
      throw new BadInputError(`query must be at most ${MAX_TEXT_FILTER} characters`, { field: "query" });
    }
    const lucene = typedQuery(query, "query");
    if (!lucene) return [];
    return this.nodes.search(lucene, kinds, includeDeprecated ? ALL : ACTIVE, first, source, withKeys(properties));
  }
}
