/** node(id) and full-text search across kinds. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { type NodeLabel, TAXONOMY_LABELS } from "../../domain/taxonomy.js";
import type { Context } from "../context.js";
import { toGraph } from "../mappers/node.mapper.js";
import { selectedProperties } from "../selection.js";
import { SearchHit } from "../types/connection.types.js";
import { NodeKind } from "../types/enums.types.js";
import { Node } from "../types/node.types.js";

@Resolver()
export class NodeResolver {
  @Authorized("VIEWER")
  @Query(() => Node, { nullable: true, description: "Any node by its id (Relay object identification); null when none has it." })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const record = await ctx.services.taxonomy.node(id);
    return record ? toGraph<Node>(record) : null;
  }

  @Authorized("VIEWER")
  @Query(() => [SearchHit], {
    description:
      "Full-text search over names, descriptions, keywords and alternative labels. The query is plain words " +
      "(at most 200 characters and 40 search clauses: a word, a part of a hyphenated word, a Chinese character " +
      "or a Hiragana letter counts one; past either limit BAD_USER_INPUT); Lucene syntax is treated as text.",
  })
  async search(
    @Arg("query", () => String) query: string,
    @Arg("kinds", () => [NodeKind], { nullable: true, description: "Default: every taxonomy kind." }) kinds: NodeKind[] | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "At most 100." }) first: number,
    @Arg("source", () => String, { nullable: true, description: "Only nodes from this source (taxonomy), e.g. `esco-1.2.0`." }) source: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const labels: readonly NodeLabel[] = kinds?.length ? kinds : TAXONOMY_LABELS;
    const hits = await ctx.services.taxonomy.search(query, labels, first, false, source, selectedProperties(info, "node"));
    return hits.map((hit) => ({ score: hit.score, kind: hit.node.kind, node: toGraph(hit.node) }));
  }
}
