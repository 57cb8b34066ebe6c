/** Task queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { TaskConnection } from "../types/connection.types.js";
import { Occupation, Outcome, PrecedentCase, Task, TaskSkill, TaskTrait, WorkActivity } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => Task)
export class TaskResolver extends taxonomyResolver("Task", Task, TaskConnection, { one: "task", many: "tasks" }) {
  @FieldResolver(() => [TaskSkill], { description: "Skills the task requires, most important first." })
  skills(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TaskSkill[]> {
    return weightedRelated(ctx, selectedProperties(info, "skill"), "requiresSkill", "OUT", task.id, (r) => ({
      skill: toGraph(r.node),
      importance: r.rel.importance as number,
    }));
  }

  @FieldResolver(() => [Outcome])
  outcomes(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Outcome[]> {
    return relatedNodes(ctx, selectedProperties(info), "contributesTo", "OUT", task.id);
  }

  @FieldResolver(() => [TaskTrait], { description: "The task's characteristics, strongest first." })
  traits(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TaskTrait[]> {
    return weightedRelated(ctx, selectedProperties(info, "trait"), "hasTrait", "OUT", task.id, (r) => ({
      trait: toGraph(r.node),
      weight: r.rel.weight as number,
    }));
  }

  @FieldResolver(() => [Occupation])
  occupations(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Occupation[]> {
    return relatedNodes(ctx, selectedProperties(info), "includesTask", "IN", task.id);
  }

  @FieldResolver(() => [WorkActivity], { description: "The detailed work activities (O*NET DWAs) the task performs." })
  activities(@Root() task: Task, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkActivity[]> {
    return relatedNodes(ctx, selectedProperties(info), "performs", "OUT", task.id);
  }

  @FieldResolver(() => [PrecedentCase], { description: "Past cases that involved the task." })
  precedents(
    @Root() task: Task,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PrecedentCase[]> {
    return relatedNodes(ctx, selectedProperties(info), "precedentTask", "IN", task.id, first);
  }
}
