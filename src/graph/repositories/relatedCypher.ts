/**
 * The Cypher of related nodes read with their parent: the pattern and order every relationship field uses,
 * and COLLECT subqueries that fetch a node's selected relationship fields (two levels) in the parent's statement.
 */
import type { Status } from "../../domain/taxonomy.js";
import type { Params } from "../executor.js";
import { type Relation, type RelationName, RELATIONS } from "../model.js";
import type { Direction, RelatedRecord } from "./nodeRepository.js";
import { VISIBLE } from "./nodeListCypher.js";
import { mapProjection, type Projection, storedProperties } from "./projection.js";

/** One relationship field read ahead: what the field's loader key names, and its own fields read ahead. */
export type RelatedPlan = Readonly<{
  relation: RelationName;
  direction: Direction;
  limit: number;
  /** The related nodes' properties to return (null: all). */
  properties: Projection;
  children: readonly RelatedPlan[];
}>;

/** A related node with its own planned related nodes, in the order of the plan's children. */
export type RelatedTree = RelatedRecord & Readonly<{ related: RelatedTree[][] }>;

/** Relationship fields list active nodes only (the loaders read them so). */
const RELATED_STATUSES: readonly Status[] = ["ACTIVE"];

type RawTree = { props: Record<string, unknown>; rel: Record<string, unknown>; related: RawTree[][] };

/** `(start)-[r:TYPE]->(b:To)`, or the reverse; `start` is written as given (`a:Task {id: id}`, or a bound variable). */
export function relatedPattern(relation: Relation, direction: Direction, start: string, r: string, b: string): string {
  const toLabel = direction === "OUT" ? relation.to : relation.from;
  return direction === "OUT" ? `(${start})-[${r}:${relation.type}]->(${b}:${toLabel})` : `(${start})<-[${r}:${relation.type}]-(${b}:${toLabel})`;
}

/** By the relationship's weight where it has one (strongest first), then by name and id. */
export function relatedOrder(relation: Relation, r: string, b: string): string {
  const weight = relation.properties[0];
  return weight ? `coalesce(${r}.${weight}, 0) DESC, ${b}.name, ${b}.id` : `${b}.name, ${b}.id`;
}

export const targetLabel = (plan: Pick<RelatedPlan, "relation" | "direction">) =>
  plan.direction === "OUT" ? RELATIONS[plan.relation].to : RELATIONS[plan.relation].from;

/**
 * A list with one entry per plan: the related nodes of `node` as that plan's loader would answer them
 * (active, visible to the request's tenants, ordered, at most `limit`), each with its own plans'
 * answers. Needs `$tenants`; adds its own parameters to `params`.
 */
export function relatedExpression(node: string, plans: readonly RelatedPlan[], params: Params, name = "ahead"): string {
  if (plans.length > 0) params.relatedStatuses = RELATED_STATUSES;
  const parts = plans.map((plan, i) => {
    const at = `${name}_${i}`;
    const [r, b] = [`r_${at}`, `b_${at}`];
    const relation = RELATIONS[plan.relation];
    params[`limit_${at}`] = plan.limit;
    return `COLLECT {
      MATCH ${relatedPattern(relation, plan.direction, node, r, b)}
      WHERE ${b}.status IN $relatedStatuses AND ${VISIBLE(b)}
      WITH ${r}, ${b} ORDER BY ${relatedOrder(relation, r, b)} LIMIT toInteger($limit_${at})
      RETURN {props: ${mapProjection(b, plan.properties)}, rel: ${r} {.*}, related: ${relatedExpression(b, plan.children, params, at)}}
    }`;
  });
  return `[${parts.join(", ")}]`;
}

/** The rows of relatedExpression as records, nulls of a projection dropped as everywhere else. */
export function relatedTrees(raw: readonly RawTree[][], plans: readonly RelatedPlan[]): RelatedTree[][] {
  return plans.map((plan, i) =>
    (raw[i] ?? []).map((item) => ({
      node: { kind: targetLabel(plan), props: storedProperties(item.props, plan.properties) },
      rel: item.rel,
      related: relatedTrees(item.related, plan.children),
    })),
  );
}
