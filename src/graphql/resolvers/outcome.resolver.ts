/** Outcome queries and relationship fields. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { selectedProperties } from "../selection.js";
import { OutcomeConnection } from "../types/connection.types.js";
import { Outcome, Task } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomy.resolver.js";

@Resolver(() => Outcome)
export class OutcomeResolver extends taxonomyResolver("Outcome", Outcome, OutcomeConnection, {
  one: "outcome",
  many: "outcomes",
}) {
  @FieldResolver(() => [Task], { description: "Tasks that contribute to the outcome." })
  tasks(
    @Root() outcome: Outcome,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Task[]> {
    return relatedNodes(ctx, selectedProperties(info), "contributesTo", "IN", outcome.id, first);
  }
}
