/** Worker type queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { WorkerTypeConnection } from "../types/connection.types.js";
import { Channel, TraitFit, WorkerType } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => WorkerType)
export class WorkerTypeResolver extends taxonomyResolver("WorkerType", WorkerType, WorkerTypeConnection, {
  one: "workerType",
  many: "workerTypes",
}) {
  @FieldResolver(() => [TraitFit], { description: "Fit to each trait, best first; negative where it fits badly." })
  suits(@Root() workerType: WorkerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TraitFit[]> {
    return weightedRelated(ctx, selectedProperties(info, "trait"), "suits", "OUT", workerType.id, (r) => ({
      trait: toGraph(r.node),
      weight: r.rel.weight as number,
    }));
  }

  @FieldResolver(() => [Channel], { description: "Channels that source this worker type." })
  channels(@Root() workerType: WorkerType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Channel[]> {
    return relatedNodes(ctx, selectedProperties(info), "sourcedVia", "OUT", workerType.id);
  }
}
