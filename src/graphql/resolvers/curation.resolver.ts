/** Taxonomy curation mutations (STEWARD). */
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toFields, toGraphRelationship } from "../mappers/curation.mapper.js";
import { toGraph } from "../mappers/node.mapper.js";
import { CreateNodeInput, CuratedRelationship, NodePatchInput, RelateInput, UnrelateInput } from "../types/curation.types.js";
import { CuratedNode } from "../types/node.types.js";

const KEY = { nullable: true, description: "Retrying with the same key answers what the first call answered and changes nothing twice." };

/**
 * Taxonomy curation (STEWARD). One mutation per verb for every kind: the kind is data in the input,
 * so optimistic concurrency, deprecation, the audit trail and the change feed read the same for a
 * task as for a rule, and a new kind needs no new mutation.
 */
@Resolver()
export class CurationResolver {
  @Authorized("STEWARD")
  @Mutation(() => CuratedNode, { description: "Creates a node of any curated kind (version 1), with its outgoing relationships." })
  async createNode(
    @Arg("input", () => CreateNodeInput) input: CreateNodeInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CuratedNode> {
    const fields = toFields(input, "input", ["kind", "id", "relations"]);
    const record = await ctx.services.curation.createNode({ kind: input.kind, id: input.id, fields, relations: input.relations }, idempotencyKey);
    return toGraph<CuratedNode>(record);
  }

  @Authorized("STEWARD")
  @Mutation(() => CuratedNode, { description: "Changes fields of a node at the version read; CONFLICT (with currentVersion) when it has changed since." })
  async updateNode(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => NodePatchInput) patch: NodePatchInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CuratedNode> {
    return toGraph<CuratedNode>(await ctx.services.curation.updateNode(id, version, toFields(patch, "patch"), idempotencyKey));
  }

  @Authorized("STEWARD")
  @Mutation(() => CuratedNode, {
    description: "Retires a node: it stays (nothing is deleted), hidden from lists unless asked for, pointing to its successor.",
  })
  async deprecateNode(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("replacedBy", () => ID, { nullable: true, description: "An active node of the same kind." }) replacedBy: string | null,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CuratedNode> {
    return toGraph<CuratedNode>(await ctx.services.curation.deprecateNode(id, version, replacedBy, reason, idempotencyKey));
  }

  @Authorized("STEWARD")
  @Mutation(() => CuratedRelationship, { description: "Adds a relationship, or changes its weight; the `from` node's version goes up." })
  async relate(
    @Arg("input", () => RelateInput) input: RelateInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CuratedRelationship> {
    return toGraphRelationship(await ctx.services.curation.relate(input, idempotencyKey));
  }

  @Authorized("STEWARD")
  @Mutation(() => CuratedRelationship, { description: "Removes a relationship; the `from` node's version goes up." })
  async unrelate(
    @Arg("input", () => UnrelateInput) input: UnrelateInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CuratedRelationship> {
    return toGraphRelationship(await ctx.services.curation.unrelate(input, idempotencyKey));
  }
}

@Resolver(() => CuratedRelationship)
export class CuratedRelationshipResolver {
  @FieldResolver(() => CuratedNode)
  async to(@Root() relationship: CuratedRelationship, @Ctx() ctx: Context): Promise<CuratedNode> {
    return toGraph<CuratedNode>(await ctx.services.taxonomy.existingNode(relationship.toId));
  }
}
