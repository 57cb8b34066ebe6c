/** Work activity queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { selectedProperties } from "../selection.js";
import { WorkActivityConnection } from "../types/connection.types.js";
import { Task, WorkActivity } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomy.resolver.js";

@Resolver(() => WorkActivity)
export class WorkActivityResolver extends taxonomyResolver("WorkActivity", WorkActivity, WorkActivityConnection, {
  one: "workActivity",
  many: "workActivities",
}) {
  @FieldResolver(() => WorkActivity, { nullable: true, description: "The activity one level up (DWA -> IWA -> GWA); null for a GWA." })
  async broader(@Root() activity: WorkActivity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkActivity | null> {
    return (await relatedNodes<WorkActivity>(ctx, selectedProperties(info), "activityBroader", "OUT", activity.id))[0] ?? null;
  }

  @FieldResolver(() => [WorkActivity], { description: "The activities one level down." })
  narrower(@Root() activity: WorkActivity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkActivity[]> {
    return relatedNodes(ctx, selectedProperties(info), "activityBroader", "IN", activity.id);
  }

  @FieldResolver(() => [Task], { description: "Tasks that perform the activity (tasks link to DWAs; a GWA or IWA has none directly)." })
  tasks(
    @Root() activity: WorkActivity,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Task[]> {
    return relatedNodes(ctx, selectedProperties(info), "performs", "IN", activity.id, first);
  }
}
