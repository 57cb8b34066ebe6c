import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { aliasLimit, depthLimit, QUERY_LIMITS } from "../../src/graphql/limits.js";

const schema = buildSchema(`
  type Node { id: ID! child: Node }
  type Query { root: Node }
`);
const nested = (levels: number) => `{ root ${"{ child ".repeat(levels - 2)}{ id }${" }".repeat(levels - 2)} }`;
const errorsOf = (source: string) => validate(schema, parse(source), [depthLimit(), aliasLimit()]).map((e) => e.message);

describe("depth limit", () => {
  it("lets a query exactly at the limit through", () => {
    expect(errorsOf(nested(QUERY_LIMITS.maxDepth))).toEqual([]);
  });

  it("refuses a query one level deeper", () => {
    expect(errorsOf(nested(QUERY_LIMITS.maxDepth + 1))).toEqual([
      `The query is ${QUERY_LIMITS.maxDepth + 1} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed`,
    ]);
  });

  it("counts fragments where they are spread, and survives fragment cycles", () => {
    const deep = `query { root { ...F } } fragment F on Node { child ${"{ child ".repeat(QUERY_LIMITS.maxDepth)}{ id }${" }".repeat(QUERY_LIMITS.maxDepth)} }`;
    expect(errorsOf(deep)[0]).toMatch(/levels deep/);
    const cyclic = parse(`query { root { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`);
    expect(() => validate(schema, cyclic, [depthLimit()])).not.toThrow();
  });

  it("measures a fan-out of fragments once per fragment, not once per path", () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths, 40 fragments, depth 1 each level.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { child { ...F${i + 1} } a: child { ...F${i + 1} } }`,
    ).join(" ");
    const messages = validate(schema, parse(`query { root { ...F0 } } ${fragments}`), [depthLimit()]).map((e) => e.message);
    expect(messages).toEqual([`The query is ${levels + 1} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed`]);
  });
});

describe("alias limit", () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: root { id }`).join(" ")} }`;

  it("lets the maximum number of aliases through", () => {
    expect(errorsOf(aliased(QUERY_LIMITS.maxAliases))).toEqual([]);
  });

  it("refuses one more", () => {
    expect(errorsOf(aliased(QUERY_LIMITS.maxAliases + 1))).toEqual([
      `The query has ${QUERY_LIMITS.maxAliases + 1} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed`,
    ]);
  });
});
