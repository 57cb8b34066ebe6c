/** Rule queries and fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { toGraphConditions } from "../mappers/rule.mapper.js";
import { selectedProperties } from "../selection.js";
import { Rule, RuleCondition } from "../types/rule.types.js";
import { Channel, WorkerType } from "../types/taxonomy.types.js";
import { relatedNodes } from "./taxonomy.resolver.js";

@Resolver(() => Rule)
export class RuleResolver {
  @Authorized("VIEWER")
  @Query(() => [Rule], { description: "The active compliance and policy rules, by id." })
  async rules(@Ctx() ctx: Context): Promise<Rule[]> {
    return (await ctx.services.rules.list()).map((record) => toGraph<Rule>(record));
  }

  @Authorized("VIEWER")
  @Query(() => Rule, { description: "One rule by id, whatever its status; NOT_FOUND when no rule has that id." })
  async rule(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Rule> {
    return toGraph<Rule>(await ctx.services.rules.rule(id));
  }

  @FieldResolver(() => [RuleCondition], { description: "All must hold for the rule to fire." })
  conditions(@Root() rule: Rule): RuleCondition[] {
    return toGraphConditions(rule.conditions, rule.id);
  }

  @FieldResolver(() => [WorkerType], { description: "The worker types the rule applies to; empty: all of them." })
  workerTypes(@Root() rule: Rule, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkerType[]> {
    return relatedNodes(ctx, selectedProperties(info), "ruleWorkerType", "OUT", rule.id);
  }

  @FieldResolver(() => [Channel], { description: "The channels the rule applies to; empty: all of them." })
  channels(@Root() rule: Rule, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Channel[]> {
    return relatedNodes(ctx, selectedProperties(info), "ruleChannel", "OUT", rule.id);
  }
}
