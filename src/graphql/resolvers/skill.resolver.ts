/** Skill queries and relationship fields. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { SkillConnection } from "../types/connection.types.js";
import { Skill, SkillTask } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => Skill)
export class SkillResolver extends taxonomyResolver("Skill", Skill, SkillConnection, { one: "skill", many: "skills" }) {
  @FieldResolver(() => [Skill], { description: "More general skills this one belongs to." })
  broader(@Root() skill: Skill, @Ctx() ctx: Context): Promise<Skill[]> {
    return relatedNodes(ctx, "broader", "OUT", skill.id);
  }

  @FieldResolver(() => [Skill], { description: "More specific skills under this one." })
  narrower(@Root() skill: Skill, @Ctx() ctx: Context): Promise<Skill[]> {
    return relatedNodes(ctx, "broader", "IN", skill.id);
  }

  @FieldResolver(() => [SkillTask], { description: "Tasks that require the skill, where it matters most first." })
  tasks(
    @Root() skill: Skill,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SkillTask[]> {
    return weightedRelated(
      ctx,
      "requiresSkill",
      "IN",
      skill.id,
      (r) => ({ task: toGraph(r.node), importance: r.rel.importance as number }),
      first,
    );
  }
}
