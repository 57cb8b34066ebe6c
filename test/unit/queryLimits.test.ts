import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { describe, expect, it } from "vitest";
import { apolloQueryLimits, QUERY_LIMITS } from "../../src/graphql/limits.js";

// A small schema of our own; the limits run in a real ApolloServer, in the order production applies them.
const schema = makeExecutableSchema({
  typeDefs: `
    directive @tag on FIELD
    type Node { id: ID! child: Node children(first: Int! = 5): [Node!]! }
    type Query { root: Node echo(values: [Int!]): Int }
  `,
  resolvers: { Query: { root: () => ({ id: "n" }), echo: () => 0 }, Node: { child: () => null, children: () => [] } },
});
const MAX_COST = 10_000;
const { costPlugin, ...limits } = apolloQueryLimits(schema, MAX_COST);
const apollo = new ApolloServer({ schema, ...limits, plugins: [costPlugin] });

type Answer = Readonly<{ status: number | undefined; errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }>;
async function answer(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await apollo.executeOperation({ query, variables });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, errors: response.body.singleResult.errors ?? [] };
}
const accepted = async (query: string, variables?: Record<string, unknown>) => expect((await answer(query, variables)).errors).toEqual([]);
async function refused(query: string, message: RegExp, variables?: Record<string, unknown>) {
  const { status, errors } = await answer(query, variables);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(message);
  expect(status).toBe(400);
  return errors[0]!.extensions?.code;
}

const nested = (levels: number) => `{ root ${"{ child ".repeat(levels - 2)}{ id }${" }".repeat(levels - 2)} }`;
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: root { id }`).join(" ")} }`;
const directed = (n: number) => `{ root { ${Array.from({ length: n }, (_, i) => `f${i}: id @tag`).join(" ")} } }`;

describe("query limits in Apollo", () => {
  it("depth: at the limit passes, one deeper is refused", async () => {
    await apollo.start().catch(() => undefined);
    await accepted(nested(QUERY_LIMITS.maxDepth));
    const code = await refused(nested(QUERY_LIMITS.maxDepth + 1), new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found ${QUERY_LIMITS.maxDepth + 1}`));
    expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("depth counts fragments where they are spread, and survives fragment cycles", async () => {
    const deep = `query { root { ...F } } fragment F on Node { child ${"{ child ".repeat(QUERY_LIMITS.maxDepth)}{ id }${" }".repeat(QUERY_LIMITS.maxDepth)} }`;
    await refused(deep, /depth limit/);
    await refused(`query { root { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`, /Cannot spread fragment "A" within itself/);
  });

  it("aliases: the maximum passes, one more is refused", async () => {
    await accepted(aliased(QUERY_LIMITS.maxAliases));
    const code = await refused(aliased(QUERY_LIMITS.maxAliases + 1), new RegExp(`Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}`));
    expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("directives: the maximum passes, one more is refused", async () => {
    // Each directive sits on an aliased field, so stay under the alias limit too.
    expect(QUERY_LIMITS.maxDirectives).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
    await accepted(directed(QUERY_LIMITS.maxDirectives));
    await refused(directed(QUERY_LIMITS.maxDirectives + 1), new RegExp(`Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded`));
  });

  it("tokens: a document at the limit parses, one token more is refused by the parser", async () => {
    // `{ echo(values: []) }` is 9 tokens; each value in the list one more.
    const withTokens = (n: number) => `{ echo(values: [${"1 ".repeat(n - 9)}]) }`;
    await accepted(withTokens(QUERY_LIMITS.maxTokens));
    const code = await refused(withTokens(QUERY_LIMITS.maxTokens + 1), new RegExp(`Document contains more th\\w+ ${QUERY_LIMITS.maxTokens} tokens`));
    expect(code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("recursive selections: a fan-out of fragment spreads is refused without expanding it", async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths from 40 small fragments, depth 1.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { ...F${i + 1} ... on Node { ...F${i + 1} } }`,
    ).join(" ");
    const code = await refused(`query Bomb { root { ...F0 } } ${fragments}`, /Operation "Bomb" recursively requests too many selections/);
    expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("recursive selections: at the limit passes, one more is refused", async () => {
    // Apollo counts fields, inline fragments and spreads, a spread as its fragment's count: root (1), n spreads
    // of a 50-field fragment (51 each) and the rest as plain fields, so the document stays under the token limit.
    const perFragment = 50;
    const spreads = Math.floor((QUERY_LIMITS.maxRecursiveSelections - 1) / (perFragment + 1));
    const rest = QUERY_LIMITS.maxRecursiveSelections - 1 - spreads * (perFragment + 1);
    const fields = (n: number) => Array.from({ length: n }, () => "id").join(" ");
    const query = (extra: number) =>
      `query Wide { root { ${"...W ".repeat(spreads)} ${fields(rest + extra)} } } fragment W on Node { ${fields(perFragment)} }`;
    await accepted(query(0));
    await refused(query(1), /recursively requests too many selections/);
  });
});

describe("the cost limit", () => {
  it("multiplies nested lists by `first`, literal or variable, and refuses one over the limit", async () => {
    // { root { children(first: n) { id } } } costs root 1 + children (1 + n * id 1) = n + 2.
    await accepted(`{ root { children(first: ${MAX_COST - 2}) { id } } }`);
    const code = await refused(`{ root { children(first: ${MAX_COST - 1}) { id } } }`, new RegExp(`estimated cost is ${MAX_COST + 1}; at most ${MAX_COST}`));
    expect(code).toBe("GRAPHQL_VALIDATION_FAILED");
    await accepted(`query ($n: Int!) { root { children(first: $n) { id } } }`, { n: MAX_COST - 2 });
    await refused(`query ($n: Int!) { root { children(first: $n) { id } } }`, /estimated cost/, { n: MAX_COST - 1 });
    // Nested: root 1 + (1 + 10 * (1 + 10 * (1 + 10 * 1))) = 1112 for three levels of 10; four cost 1 + 11111.
    const levels = (n: number) => `{ root { ${"children(first: 10) { ".repeat(n)}id${" }".repeat(n)} } }`;
    await accepted(levels(3));
    await refused(levels(4), /estimated cost is 11112;/);
  });

  it("refuses 30 aliases of a nested first:500 traversal", async () => {
    const one = (i: number) => `a${i}: root { children(first: 500) { children(first: 500) { id } } }`;
    await refused(`{ ${Array.from({ length: 30 }, (_, i) => one(i)).join(" ")} }`, /estimated cost/);
  });

  it("leaves variables that do not coerce to execution, which answers BAD_USER_INPUT", async () => {
    const { errors } = await answer(`query ($n: Int!) { root { children(first: $n) { id } } }`, { n: "ten" });
    expect(errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});
