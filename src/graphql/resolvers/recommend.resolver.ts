/** The recommendChannels query. */
import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { toGraphRecommendation } from "../mappers/recommend.mapper.js";
import { Recommendation, RecommendInput } from "../types/recommend.types.js";

@Resolver()
export class RecommendResolver {
  @Authorized("INTEGRATOR")
  @Query(() => Recommendation, {
    description:
      "Ranks the ways to get a need's work done (worker type and channel), with every factor of every score, the graph " +
      "paths behind it, similar past cases, rule findings, a portfolio split, a challenge of the request when the work " +
      "points elsewhere, and the smallest change of a fact that would swap the top two. It advises; people decide.",
  })
  async recommendChannels(@Arg("input", () => RecommendInput) input: RecommendInput, @Ctx() ctx: Context): Promise<Recommendation> {
    return toGraphRecommendation(await ctx.services.recommend.recommend(input), ctx.services.taxonomy);
  }
}
