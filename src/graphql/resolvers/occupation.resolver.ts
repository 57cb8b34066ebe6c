import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { OccupationConnection } from "../types/connection.types.js";
import { Occupation, Task } from "../types/taxonomy.types.js";
import { relatedNodes, taxonomyResolver } from "./taxonomyResolver.js";

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
  ): Promise<Task[]> {
    return relatedNodes(ctx, "includesTask", "OUT", occupation.id, first);
  }
}
