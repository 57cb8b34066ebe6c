/** The by-id and list queries every kind of node has, and helpers for relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, type ClassType, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { NodeLabel } from "../../domain/taxonomy.js";
import type { RelationName } from "../../graph/model.js";
import type { Direction, RelatedRecord } from "../../graph/repositories/nodeRepository.js";
import type { Projection } from "../../graph/repositories/projection.js";
import type { Context } from "../context.js";
import { relatedAhead } from "../lookahead.js";
import { toConnection, toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { ListFilter } from "../types/connection.types.js";

/**
 * The by-id query and the list query every kind of node has; each kind's resolver extends this
 * and adds its relationship fields.
 */
export function taxonomyResolver<T extends object>(
  kind: NodeLabel,
  type: ClassType<T>,
  connectionType: ClassType,
  names: Readonly<{ one: string; many: string }>,
) {
  @Resolver()
  abstract class TaxonomyResolver {
    @Authorized("VIEWER")
    @Query(() => type, { name: names.one, description: `One ${kind} by id; NOT_FOUND when no ${kind} has that id.` })
    async one(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<T> {
      return toGraph<T>(await ctx.services.taxonomy.nodeOfKind(kind, id, relatedAhead(info, kind), selectedProperties(info)));
    }

    @Authorized("VIEWER")
    @Query(() => connectionType, { name: names.many, description: `${kind} nodes by name, a page at a time.` })
    async many(
      @Arg("filter", () => ListFilter, { nullable: true }) filter: ListFilter | null,
      @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most MAX_PAGE_SIZE (100 by default)." })
      first: number,
      @Arg("after", () => String, { nullable: true }) after: string | null,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const properties = selectedProperties(info, "edges", "node");
      return toConnection<T>(await ctx.services.taxonomy.list(kind, { ...filter, first, after }, properties, relatedAhead(info, kind, "edges", "node")));
    }
  }
  return TaxonomyResolver;
}

/**
 * Related nodes of `id` as GraphQL objects, with the `properties` the client selected, batched per
 * request by the service's DataLoaders.
 */
export async function relatedNodes<T>(
  ctx: Context,
  properties: Projection,
  relation: RelationName,
  direction: Direction,
  id: string,
  first?: number,
): Promise<T[]> {
  const related = await ctx.services.taxonomy.related(relation, direction, id, first, properties);
  return related.map((r) => toGraph<T>(r.node));
}

/** Related nodes with the relationship's weight, for fields such as `Task.skills { skill importance }`. */
export async function weightedRelated<R>(
  ctx: Context,
  properties: Projection,
  relation: RelationName,
  direction: Direction,
  id: string,
  shape: (record: RelatedRecord) => R,
  first?: number,
): Promise<R[]> {
  return (await ctx.services.taxonomy.related(relation, direction, id, first, properties)).map(shape);
}
