/** The decision loop: record decisions and outcomes, read decisions and their statistics. */
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraphDecision } from "../mappers/decision.mapper.js";
import { toGraphNeed } from "../mappers/intake.mapper.js";
import { pageOf, toGraph } from "../mappers/node.mapper.js";
import {
  AdvisedOption,
  Decision,
  DecisionConnection,
  DecisionFilterInput,
  DecisionStats,
  RecordDecisionInput,
  RecordedOutcome,
  RecordOutcomeInput,
} from "../types/decision.types.js";
import { Need } from "../types/intake.types.js";
import { Channel, PrecedentCase, WorkerType } from "../types/taxonomy.types.js";

/** A worker type, channel or precedent a decision names, through the request's batched node loader. */
async function named<T>(ctx: Context, id: string): Promise<T> {
  return toGraph<T>(await ctx.services.taxonomy.existingNode(id));
}

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized("INTEGRATOR")
  @Mutation(() => Decision, {
    description:
      "Records a person's decision on a need of the caller's tenant, with the recommendation shown at that moment. " +
      "A decision that differs from the top recommendation is an override and needs a rationale. One decision per need (CONFLICT).",
  })
  async recordDecision(@Arg("input", () => RecordDecisionInput) input: RecordDecisionInput, @Ctx() ctx: Context): Promise<Decision> {
    return toGraphDecision(await ctx.services.decisions.record(input));
  }

  @Authorized("INTEGRATOR")
  @Mutation(() => RecordedOutcome, {
    description:
      "Records how a decision turned out; the decision becomes a precedent case of the tenant, which later recommendations " +
      "for similar needs cite. One outcome per decision (CONFLICT).",
  })
  async recordOutcome(@Arg("input", () => RecordOutcomeInput) input: RecordOutcomeInput, @Ctx() ctx: Context): Promise<RecordedOutcome> {
    const recorded = await ctx.services.decisions.recordOutcome(input);
    return { decision: toGraphDecision(recorded.decision), precedentId: recorded.precedentId };
  }

  @Authorized("INTEGRATOR")
  @Query(() => Decision, { description: "A decision of the caller's tenant; NOT_FOUND when none has the id." })
  async decision(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Decision> {
    return toGraphDecision(await ctx.services.decisions.decision(id));
  }

  @Authorized("INTEGRATOR")
  @Query(() => DecisionConnection, { description: "The caller's tenant's decisions, newest first." })
  async decisions(
    @Arg("filter", () => DecisionFilterInput, { nullable: true }) filter: DecisionFilterInput | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most MAX_PAGE_SIZE (100 by default)." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await ctx.services.decisions.list(filter, first, after);
    return pageOf(page.decisions.map(toGraphDecision), page.cursors, page.totalCount, page.hasNextPage, after);
  }

  @Authorized("INTEGRATOR")
  @Query(() => DecisionStats, {
    description: "How often the caller's tenant followed the advice, and how outcomes compare when it did and when it did not.",
  })
  decisionStats(@Ctx() ctx: Context): Promise<DecisionStats> {
    return ctx.services.decisions.stats();
  }

  @FieldResolver(() => Need)
  async need(@Root() decision: Decision, @Ctx() ctx: Context): Promise<Need> {
    return toGraphNeed(await ctx.services.intake.storedNeed(decision.needId), ctx.services.taxonomy);
  }

  @FieldResolver(() => WorkerType, { description: "The worker type decided on." })
  workerType(@Root() decision: Decision, @Ctx() ctx: Context): Promise<WorkerType> {
    return named(ctx, decision.workerTypeId);
  }

  @FieldResolver(() => Channel, { description: "The channel decided on." })
  channel(@Root() decision: Decision, @Ctx() ctx: Context): Promise<Channel> {
    return named(ctx, decision.channelId);
  }

  @FieldResolver(() => PrecedentCase, { nullable: true, description: "The precedent case the outcome became; null until then." })
  async precedent(@Root() decision: Decision, @Ctx() ctx: Context): Promise<PrecedentCase | null> {
    return decision.precedentId ? named(ctx, decision.precedentId) : null;
  }
}

@Resolver(() => AdvisedOption)
export class AdvisedOptionResolver {
  @FieldResolver(() => WorkerType)
  workerType(@Root() option: AdvisedOption, @Ctx() ctx: Context): Promise<WorkerType> {
    return named(ctx, option.workerTypeId);
  }

  @FieldResolver(() => Channel)
  channel(@Root() option: AdvisedOption, @Ctx() ctx: Context): Promise<Channel> {
    return named(ctx, option.channelId);
  }
}

@Resolver(() => Need)
export class NeedDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true, description: "The decision taken on the need; null while it is undecided." })
  async decision(@Root() need: Need, @Ctx() ctx: Context): Promise<Decision | null> {
    const decision = await ctx.services.decisions.forNeed(need.id);
    return decision && toGraphDecision(decision);
  }
}
