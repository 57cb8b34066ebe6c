/** Channel queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { selectedProperties } from "../selection.js";
import { ChannelConnection } from "../types/connection.types.js";
import { Channel, WorkerType } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomy.resolver.js";

@Resolver(() => Channel)
export class ChannelResolver extends taxonomyResolver("Channel", Channel, ChannelConnection, {
  one: "channel",
  many: "channels",
}) {
  @FieldResolver(() => [WorkerType], { description: "Worker types this channel sources." })
  workerTypes(@Root() channel: Channel, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkerType[]> {
    return relatedNodes(ctx, selectedProperties(info), "sourcedVia", "IN", channel.id);
  }
}
