/** decomposeNeed, submitNeed and need. */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { toGraphDecomposition, toGraphNeed } from "../mappers/intake.mapper.js";
import { Decomposition, Need, NeedInput, SubmittedNeed } from "../types/intake.types.js";

@Resolver()
export class IntakeResolver {
  @Authorized("INTEGRATOR")
  @Query(() => Decomposition, {
    description:
      "Decomposes a need into the tasks it is made of, with evidence, and infers its skills, outcomes, " +
      "trait profile and occupations. Read-only: nothing is stored (see submitNeed).",
  })
  async decomposeNeed(
    @Arg("input", () => NeedInput) input: NeedInput,
    @Arg("limit", () => Int, { defaultValue: 10, description: "Most tasks to return, 1 to 50." }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Decomposition> {
    const { decomposition } = await ctx.services.intake.decompose(input, limit);
    return toGraphDecomposition(decomposition, ctx.services.taxonomy);
  }

  @Authorized("INTEGRATOR")
  @Mutation(() => SubmittedNeed, { description: "Decomposes a need and stores it, so recommendations and decisions can refer to it." })
  async submitNeed(
    @Arg("input", () => NeedInput) input: NeedInput,
    @Arg("limit", () => Int, { defaultValue: 10 }) limit: number,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "Retrying with the same key answers the first call's need instead of storing another; the same key with a different need is a CONFLICT.",
    })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<SubmittedNeed> {
    const { need, decomposition } = await ctx.services.intake.submit(input, limit, idempotencyKey);
    return {
      need: await toGraphNeed(need, ctx.services.taxonomy),
      decomposition: await toGraphDecomposition(decomposition, ctx.services.taxonomy),
    };
  }

  @Authorized("INTEGRATOR")
  @Query(() => Need, { description: "A stored need; NOT_FOUND when none has the id." })
  async need(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Need> {
    return toGraphNeed(await ctx.services.intake.storedNeed(id), ctx.services.taxonomy);
  }
}
