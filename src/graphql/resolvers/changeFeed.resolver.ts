/** The change feed and releases. */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { ChangeFeed, Release, TaxonomyChange } from "../types/curation.types.js";
import { CuratedNode } from "../types/node.types.js";

@Resolver(() => TaxonomyChange)
export class ChangeFeedResolver {
  @Authorized("VIEWER")
  @Query(() => ChangeFeed, {
    description:
      "The taxonomy change feed: entries after `since`, oldest first, at most `first` (up to 1000). Poll with the " +
      "`lastSequence` of the previous page to stay in sync. Seed and O*NET imports are not in the feed.",
  })
  changes(
    @Arg("since", () => Int, { defaultValue: 0 }) since: number,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ChangeFeed> {
    return ctx.services.changeFeed.changes(since, first) as Promise<ChangeFeed>;
  }

  @FieldResolver(() => CuratedNode, { nullable: true, description: "The node as it is now (not as it was after this change)." })
  async node(@Root() change: TaxonomyChange, @Ctx() ctx: Context): Promise<CuratedNode | null> {
    const record = await ctx.services.taxonomy.node(change.nodeId);
    return record ? toGraph<CuratedNode>(record) : null;
  }
}

@Resolver(() => Release)
export class ReleaseResolver {
  @Authorized("VIEWER")
  @Query(() => [Release], { description: "Published releases, newest first (at most 100)." })
  releases(@Arg("first", () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<Release[]> {
    return ctx.services.changeFeed.list(first) as Promise<Release[]>;
  }

  @Authorized("VIEWER")
  @Query(() => Release, { description: "One release by number; NOT_FOUND when there is none." })
  release(@Arg("number", () => Int) number: number, @Ctx() ctx: Context): Promise<Release> {
    return ctx.services.changeFeed.release(number) as Promise<Release>;
  }

  @Authorized("STEWARD")
  @Mutation(() => Release, { description: "Freezes the taxonomy as it is now as the next release (the previous number + 1)." })
  publishRelease(
    @Arg("notes", () => String) notes: string,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Release> {
    return ctx.services.changeFeed.publish(notes, idempotencyKey) as Promise<Release>;
  }
}
