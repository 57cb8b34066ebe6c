import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { exampleTabs, explorerHtml } from "../../src/http/explorer/explorer.js";
import { queryShapeRules } from "../../src/graphql/limits.js";

const schema = buildSchema(`
  type Node { id: ID! child: Node }
  type Query { root: Node }
`);
const errorsOf = (source: string) => validate(schema, parse(source), [...specifiedRules, ...queryShapeRules()]).map((e) => e.message);

describe("the explorer page", () => {
  it("offers a welcome query and one tab per example file, each with a Bearer header to complete", () => {
    const tabs = exampleTabs();
    expect(tabs.length).toBeGreaterThan(1);
    expect(tabs[0]!.query).toMatch(/query FirstTasks/);
    expect(tabs.some((t) => t.query.startsWith("# recommend.graphql\n") && /query RecommendChannels/.test(t.query))).toBe(true);
    for (const tab of tabs) expect(JSON.parse(tab.headers)).toEqual({ Authorization: "Bearer " });
  });

  it("loads only its own assets, and its configuration cannot close the script element", () => {
    const html = explorerHtml("/graphql", [{ query: "# </script><script>alert(1)</script>", headers: "{}" }]);
    expect(html).not.toMatch(/<\/script><script>alert/);
    expect(html).toContain("\\u003c/script>");
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((s) => s !== "data:,");
    expect(sources).toHaveLength(5);
    for (const source of sources) expect(source).toMatch(/^\/graphql\/explorer\/[\w-]+\.(js|css)$/);
  });
});

describe("introspection and the depth limit", () => {
  it("lets the standard introspection query through, deep as it is", () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
  });

  it("still refuses an introspection query that recurses through fields (graphql-js's rule)", () => {
    const recursive = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    expect(errorsOf(recursive)).toEqual([expect.stringMatching(/Maximum introspection depth exceeded/)]);
  });

  it("does not exempt an operation that asks for data beside the schema", () => {
    const deep = `{ __schema { queryType { name } } root ${"{ child ".repeat(12)}{ id }${" }".repeat(12)} }`;
    expect(errorsOf(deep)).toEqual([expect.stringMatching(/depth/i)]);
  });
});
