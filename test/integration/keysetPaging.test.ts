/** Keyset pages: stable while the graph changes underneath, and read from the name index rather than a sort of the label. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageStatement } from "../../src/graph/repositories/nodeListCypher.js";
import { type GraphQLResult, startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
const SOURCE = `test-paging-${process.pid}`;
const FIXTURE_SIZE = 1000;

type SkillPage = { skills: { edges: Array<{ node: { id: string; name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const SKILL_PAGE = parse(`query ($after: String, $source: String) {
  skills(first: 7, after: $after, filter: { source: $source }) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`) as TypedDocumentNode<SkillPage, { after: string | null; source: string }>;

/** Names repeat (every name is shared by several nodes), so the id must settle ties between pages. */
const createSkills = (ids: string[], names: string[]) =>
  api.executor.write(
    `UNWIND range(0, size($ids) - 1) AS i
     CREATE (:Skill:Entity {id: $ids[i], name: $names[i], description: 'Paging fixture.', status: 'ACTIVE',
       source: $source, version: 1, createdAt: datetime(), updatedAt: datetime(), keywords: [], altLabels: []})`,
    { ids, names, source: SOURCE },
  );

beforeAll(async () => {
  api = await startTestApi();
  const ids = Array.from({ length: FIXTURE_SIZE }, (_, i) => `skill:${SOURCE}:${String(i).padStart(4, "0")}`);
  // Ids in a different order from names, so the (name, id) order is not the id order.
  await createSkills(ids, ids.map((_, i) => `Paging skill ${String((i * 37) % 300).padStart(3, "0")}`));
});

afterAll(async () => {
  await api.executor.write("MATCH (n:Skill {source: $source}) DETACH DELETE n", { source: SOURCE });
  await api.stop();
});

describe("keyset paging", () => {
  it("walks 1,000 nodes in pages of 7 while nodes are added and deprecated: no duplicate, no gap", async () => {
    const deprecated = new Set<string>();
    const seen: Array<{ id: string; name: string }> = [];
    let after: string | null = null;
    let added = 0;
    for (let page = 0; ; page++) {
      const result: GraphQLResult<SkillPage> = await api.request(SKILL_PAGE, { after, source: SOURCE });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data!.skills;
      seen.push(...edges.map((edge) => edge.node));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
      if (page % 5 === 0) {
        // Changes on both sides of the cursor: new names before and after it, and deprecations anywhere.
        const names = ["Paging skill 000", "Paging skill 150", "Paging skill 299"];
        await createSkills(names.map(() => `skill:${SOURCE}:new-${added++}`), names);
        const [row] = await api.executor.write(
          `MATCH (n:Skill {source: $source, status: 'ACTIVE'}) WHERE NOT n.id CONTAINS 'new'
           WITH n ORDER BY n.id SKIP toInteger($skip) LIMIT 1
           SET n.status = 'DEPRECATED' RETURN n.id AS id`,
          { source: SOURCE, skip: (page * 13) % 900 },
        );
        deprecated.add(row!.id as string);
      }
    }
    const ids = seen.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const presentThroughout = Array.from({ length: FIXTURE_SIZE }, (_, i) => `skill:${SOURCE}:${String(i).padStart(4, "0")}`).filter(
      (id) => !deprecated.has(id),
    );
    expect(deprecated.size).toBeGreaterThan(20);
    expect(presentThroughout.filter((id) => !ids.includes(id))).toEqual([]);
    // In (name, id) order throughout: each page continued exactly where the previous one ended.
    const order = (a: { id: string; name: string }, b: { id: string; name: string }) =>
      a.name < b.name || (a.name === b.name && a.id < b.id) ? -1 : 1;
    expect(seen).toEqual([...seen].sort(order));
  });
});

describe("page plans", () => {
  const forbidden = ["NodeByLabelScan", "AllNodesScan", "Sort", "Top"];
  it.each([
    ["the first page", undefined],
    ["a later page", { name: "Paging skill 100", id: `skill:${SOURCE}:0100` }],
  ])("reads %s of a kind from the name index in order, without sorting the label", async (_, after) => {
    const { text, params } = pageStatement({ label: "Task", first: 50, after, statuses: ["ACTIVE"] }, ["shared"]);
    const operators = await api.executor.explain(text, params);
    expect(operators.some((op) => op.startsWith("NodeIndex"))).toBe(true);
    expect(operators.filter((op) => forbidden.includes(op))).toEqual([]);
  });
});
