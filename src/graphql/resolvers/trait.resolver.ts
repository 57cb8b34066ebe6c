/** Trait queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { TraitConnection } from "../types/connection.types.js";
import { Trait, TraitTask, WorkerTypeFit } from "../types/taxonomy.types.js";
import { taxonomyResolver, weightedRelated } from "./taxonomy.resolver.js";

@Resolver(() => Trait)
export class TraitResolver extends taxonomyResolver("Trait", Trait, TraitConnection, { one: "trait", many: "traits" }) {
  @FieldResolver(() => [WorkerTypeFit], { description: "Every worker type's fit to the trait, best first." })
  suitedBy(@Root() trait: Trait, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<WorkerTypeFit[]> {
    return weightedRelated(ctx, selectedProperties(info, "workerType"), "suits", "IN", trait.id, (r) => ({
      workerType: toGraph(r.node),
      weight: r.rel.weight as number,
    }));
  }

  @FieldResolver(() => [TraitTask], { description: "Tasks that show the trait, most strongly first." })
  tasks(
    @Root() trait: Trait,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TraitTask[]> {
    return weightedRelated(
      ctx,
      selectedProperties(info, "task"),
      "hasTrait",
      "IN",
      trait.id,
      (r) => ({ task: toGraph(r.node), weight: r.rel.weight as number }),
      first,
    );
  }
}
