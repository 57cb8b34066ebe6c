/** Skill queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { SkillConnection } from "../types/connection.types.js";
import { Skill, SkillTask } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => Skill)
export class SkillResolver extends taxonomyResolver("Skill", Skill, SkillConnection, { one: "skill", many: "skills" }) {
  @FieldResolver(() => [Skill], { description: "More general skills this one belongs to." })
  broader(@Root() skill: Skill, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Skill[]> {
    return relatedNodes(ctx, selectedProperties(info), "broader", "OUT", skill.id);
  }

  @FieldResolver(() => [Skill], { description: "More specific skills under this one." })
  narrower(@Root() skill: Skill, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Skill[]> {
    return relatedNodes(ctx, selectedProperties(info), "broader", "IN", skill.id);
  }

  @FieldResolver(() => [SkillTask], { description: "Tasks that require the skill, where it matters most first." })
  tasks(
    @Root() skill: Skill,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SkillTask[]> {
    return weightedRelated(
      ctx,
      selectedProperties(info, "task"),
      "requiresSkill",
      "IN",
      skill.id,
      (r) => ({ task: toGraph(r.node), importance: r.rel.importance as number }),
      first,
    );
  }
}
