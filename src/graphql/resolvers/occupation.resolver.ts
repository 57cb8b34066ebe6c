/** Occupation queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { OccupationConnection } from "../types/connection.types.js";
import { CrosswalkMatch } from "../types/crosswalk.types.js";
import { Occupation, OccupationSkill, Task } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => Occupation)
export class OccupationResolver extends taxonomyResolver("Occupation", Occupation, OccupationConnection, {
  one: "occupation",
  many: "occupations",
}) {
  @FieldResolver(() => [Task])
  tasks(
    @Root() occupation: Occupation,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Task[]> {
    return relatedNodes(ctx, selectedProperties(info), "includesTask", "OUT", occupation.id, first);
  }

  @FieldResolver(() => [OccupationSkill], { description: "Skills, knowledge and technology the occupation requires, most important first." })
  skills(
    @Root() occupation: Occupation,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OccupationSkill[]> {
    return weightedRelated(
      ctx,
      selectedProperties(info, "skill"),
      "occupationSkill",
      "OUT",
      occupation.id,
      (r) => ({
        skill: toGraph(r.node),
        importance: r.rel.importance as number,
        level: (r.rel.level as number | undefined) ?? null,
        hot: (r.rel.hot as boolean | undefined) ?? null,
        inDemand: (r.rel.inDemand as boolean | undefined) ?? null,
        relation: (r.rel.relation as string | undefined) ?? null,
      }),
      first,
    );
  }

  @FieldResolver(() => [CrosswalkMatch], { description: "Occupations of the other taxonomy (ESCO or O*NET) that the official crosswalk matches." })
  async matches(@Root() occupation: Occupation, @Ctx() ctx: Context): Promise<CrosswalkMatch[]> {
    const matches = await ctx.services.taxonomy.matches(occupation.id);
    return matches.map((m) => ({ occupation: toGraph<Occupation>(m.node), matchType: m.matchType }));
  }
}
