/** Work activity queries and relationship fields. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { WorkActivityConnection } from "../types/connection.types.js";
import { Task, WorkActivity } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomy.resolver.js";

@Resolver(() => WorkActivity)
export class WorkActivityResolver extends taxonomyResolver("WorkActivity", WorkActivity, WorkActivityConnection, {
  one: "workActivity",
  many: "workActivities",
}) {
  @FieldResolver(() => WorkActivity, { nullable: true, description: "The activity one level up (DWA -> IWA -> GWA); null for a GWA." })
  async broader(@Root() activity: WorkActivity, @Ctx() ctx: Context): Promise<WorkActivity | null> {
    return (await relatedNodes<WorkActivity>(ctx, "activityBroader", "OUT", activity.id))[0] ?? null;
  }

  @FieldResolver(() => [WorkActivity], { description: "The activities one level down." })
  narrower(@Root() activity: WorkActivity, @Ctx() ctx: Context): Promise<WorkActivity[]> {
    return relatedNodes(ctx, "activityBroader", "IN", activity.id);
  }

  @FieldResolver(() => [Task], { description: "Tasks that perform the activity (tasks link to DWAs; a GWA or IWA has none directly)." })
  tasks(
    @Root() activity: WorkActivity,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Task[]> {
    return relatedNodes(ctx, "performs", "IN", activity.id, first);
  }
}
