/** Precedent case queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { selectedProperties } from "../selection.js";
import { PrecedentCaseConnection } from "../types/connection.types.js";
import { Channel, PrecedentCase, Task, WorkerType } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomy.resolver.js";

@Resolver(() => PrecedentCase)
export class PrecedentCaseResolver extends taxonomyResolver("PrecedentCase", PrecedentCase, PrecedentCaseConnection, {
  one: "precedentCase",
  many: "precedentCases",
}) {
  @FieldResolver(() => [Task])
  tasks(@Root() precedent: PrecedentCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Task[]> {
    return relatedNodes(ctx, selectedProperties(info), "precedentTask", "OUT", precedent.id);
  }

  @FieldResolver(() => WorkerType, { nullable: true, description: "The worker type engaged." })
  async workerType(@Root() precedent: PrecedentCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkerType | null> {
    return (await relatedNodes<WorkerType>(ctx, selectedProperties(info), "precedentWorkerType", "OUT", precedent.id))[0] ?? null;
  }

  @FieldResolver(() => WorkerType, { nullable: true, description: "The worker type the manager asked for, if any." })
  async requestedWorkerType(@Root() precedent: PrecedentCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkerType | null> {
    return (await relatedNodes<WorkerType>(ctx, selectedProperties(info), "precedentRequested", "OUT", precedent.id))[0] ?? null;
  }

  @FieldResolver(() => Channel, { nullable: true, description: "The channel the worker came through." })
  async channel(@Root() precedent: PrecedentCase, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Channel | null> {
    return (await relatedNodes<Channel>(ctx, selectedProperties(info), "precedentChannel", "OUT", precedent.id))[0] ?? null;
  }
}
