/**
 * The Cypher of a node list: a keyset page read in index order (O(page), not O(label)), and its total
 * count as a separate statement, run only when a client asks for it.
 */
import { NODE_LABELS, type NodeLabel, type Status } from "../../domain/taxonomy.js";
import type { Params } from "../executor.js";
import { ENTITY_LABEL } from "../model.js";
import { mapProjection, type Projection } from "./projection.js";
import { type RelatedPlan, relatedExpression } from "./relatedCypher.js";

export type ListQuery = Readonly<{
  label: NodeLabel;
  first: number;
  after?: Readonly<{ name: string; id: string }> | undefined;
  text?: string | undefined;
  statuses: readonly Status[];
  relatedTo?: string | undefined;
  businessFunction?: string | undefined;
  source?: string | undefined;
  /** The properties each node of the page returns (absent or null: all); name and id must be among them. */
  properties?: Projection | undefined;
  /** Relationship fields read with the page (active related nodes only, as their loaders read them). */
  related?: readonly RelatedPlan[] | undefined;
}>;

export type Statement = Readonly<{ text: string; params: Params }>;

/** Precedents belong to a tenant; a node of any other kind is shared taxonomy. */
export const VISIBLE = (v: string) => `(NOT ${v}:PrecedentCase OR ${v}.tenant IN $tenants)`;

const EVERY_STATUS: readonly Status[] = ["ACTIVE", "DEPRECATED"];

/**
 * Only the filters a query has go into the text: `$x IS NULL OR ...` would hide the predicates from
 * the planner, and the `n.name` predicate is what lets it walk the name index in order and stop at
 * the page's end. Every value still travels as a parameter.
 */
function filters(query: ListQuery, tenants: readonly string[]): { match: string; where: string[]; params: Params } {
  // After the relatedTo match the filters follow a WITH; otherwise they are the MATCH's own WHERE.
  const where = ["n.status IN $statuses", VISIBLE("n")];
  const params: Params = { statuses: query.statuses, tenants };
  let match = `MATCH (n:${query.label}) WHERE`;
  if (query.relatedTo !== undefined) {
    // From the related node outwards: its neighbours are few, the label may be large. It must be a
    // node this request could read itself, so another tenant's case is not probed through its links.
    match = `MATCH (r:${ENTITY_LABEL} {id: $relatedTo})--(n:${query.label})
             WHERE any(label IN labels(r) WHERE label IN $labels) AND ${VISIBLE("r")}
             WITH DISTINCT n WHERE`;
    Object.assign(params, { relatedTo: query.relatedTo, labels: NODE_LABELS });
  }
  if (query.text !== undefined) {
    where.push("(toLower(n.name) CONTAINS $text OR toLower(n.description) CONTAINS $text)");
    params.text = query.text.toLowerCase();
  }
  if (query.businessFunction !== undefined) {
    where.push("n.businessFunction = $businessFunction");
    params.businessFunction = query.businessFunction;
  }
  if (query.source !== undefined) {
    where.push("n.source = $source");
    params.source = query.source;
  }
  return { match, where, params };
}

/** One page ordered by (name, id), `first + 1` rows so the caller can tell whether another page follows. */
export function pageStatement(query: ListQuery, tenants: readonly string[]): Statement {
  const { match, where, params } = filters(query, tenants);
  if (query.after) {
    // `>=` on the name alone is a range the index can seek; the tie on the name is settled by id. No OR:
    // the planner would split it into a union of two seeks and sort their whole output.
    where.unshift("n.name >= $afterName AND NOT (n.name = $afterName AND n.id <= $afterId)");
    Object.assign(params, { afterName: query.after.name, afterId: query.after.id });
  } else {
    where.unshift("n.name IS NOT NULL");
  }
  // The page is cut before the related nodes are read, so only the page's nodes pay for them.
  params.limit = query.first + 1;
  return {
    text: `${match} ${where.join("\n         AND ")}
       WITH n ORDER BY n.name, n.id LIMIT toInteger($limit)
       RETURN ${mapProjection("n", query.properties ?? null)} AS props, ${relatedExpression("n", query.related ?? [], params)} AS related`,
    params,
  };
}

/**
 * The total that match, for `totalCount`. Unfiltered over a shared kind it comes from the count store
 * (constant time); otherwise it counts the matches.
 */
export function countStatement(query: ListQuery, tenants: readonly string[]): Statement {
  const unfiltered =
    query.label !== "PrecedentCase" &&
    query.relatedTo === undefined &&
    query.text === undefined &&
    query.businessFunction === undefined &&
    query.source === undefined &&
    EVERY_STATUS.every((status) => query.statuses.includes(status));
  if (unfiltered) return { text: `MATCH (n:${query.label}) RETURN count(n) AS total`, params: {} };
  const { match, where, params } = filters(query, tenants);
  return { text: `${match} ${where.join(" AND ")}\n RETURN count(n) AS total`, params };
}
