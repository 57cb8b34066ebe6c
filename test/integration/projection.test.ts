/** Reads return only the selected properties, and a narrow answer never stands in for a wider one. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NodeRepository } from "../../src/graph/repositories/nodeRepository.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

type Skill = { id: string; name?: string; description?: string; createdAt?: string; altLabels?: string[] };
type TaskSkills = { narrow: Array<{ skill: Skill }>; wide: Array<{ skill: Skill }> };

it("answers a narrow and a wide selection of the same relationship alike, each with what it asked for", async () => {
  const [row] = await api.executor.read(
    "MATCH (t:Task {status: 'ACTIVE'})-[:REQUIRES_SKILL]->(s:Skill {status: 'ACTIVE'}) RETURN t.id AS id ORDER BY t.id LIMIT 1",
  );
  const query = parse(`query ($id: ID!) { task(id: $id) {
    narrow: skills { skill { id } }
    wide: skills { skill { id name description createdAt altLabels } } } }`) as TypedDocumentNode<{ task: TaskSkills }, { id: string }>;
  const { result, queries } = await api.countQueries(query, { id: row!.id as string });
  expect(result.errors).toBeUndefined();
  const { narrow, wide } = result.data!.task;
  expect(narrow.length).toBeGreaterThan(0);
  expect(narrow.map((s) => s.skill.id)).toEqual(wide.map((s) => s.skill.id));
  expect(Object.keys(narrow[0]!.skill)).toEqual(["id"]);
  for (const { skill } of wide) {
    expect(skill.name).toEqual(expect.any(String));
    expect(skill.description).toEqual(expect.any(String));
    expect(skill.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(Array.isArray(skill.altLabels)).toBe(true);
  }
  // The task with both selections, each read ahead under its own loader key, in one statement.
  expect(queries).toBe(1);
});

it("pages with only the selected properties, cursors intact", async () => {
  const page = parse(`{ tasks(first: 3) { edges { cursor node { id description } } pageInfo { endCursor } } }`) as TypedDocumentNode<
    { tasks: { edges: Array<{ cursor: string; node: { id: string; description: string } }>; pageInfo: { endCursor: string } } },
    never
  >;
  const first = await api.countQueries(page, undefined as never);
  expect(first.result.errors).toBeUndefined();
  const edges = first.result.data!.tasks.edges;
  expect(edges).toHaveLength(3);
  for (const edge of edges) expect(edge.node.description).toEqual(expect.any(String));
  const next = parse(`query ($after: String!) { tasks(first: 3, after: $after) { edges { node { id name } } } }`) as TypedDocumentNode<
    { tasks: { edges: Array<{ node: { id: string } }> } },
    { after: string }
  >;
  const second = await api.countQueries(next, { after: first.result.data!.tasks.pageInfo.endCursor });
  expect(second.result.errors).toBeUndefined();
  const seen = new Set(edges.map((e) => e.node.id));
  expect(second.result.data!.tasks.edges.some((e) => seen.has(e.node.id))).toBe(false);
});

it("reads a node by id with only its selected properties, and a wider selection of the same node still gets all it asked", async () => {
  const [row] = await api.executor.read(
    "MATCH (t:Task {status: 'ACTIVE'})-[:REQUIRES_SKILL]->(s:Skill {status: 'ACTIVE'}) RETURN t.id AS id ORDER BY t.id LIMIT 1",
  );
  const id = row!.id as string;
  const ahead = await new NodeRepository(api.executor, ["shared"]).byIdAhead(id, "Task", [], ["id", "name"]);
  expect(Object.keys(ahead.node!.props).sort()).toEqual(["id", "name"]);

  type Both = { narrow: { id: string; skills: Array<{ skill: { id: string } }> }; wide: { id: string; description: string; createdAt: string } };
  const query = parse(`query ($id: ID!) {
    narrow: task(id: $id) { id skills { skill { id } } }
    wide: task(id: $id) { id description createdAt } }`) as TypedDocumentNode<Both, { id: string }>;
  const { result } = await api.countQueries(query, { id });
  expect(result.errors).toBeUndefined();
  expect(result.data!.narrow.skills.length).toBeGreaterThan(0);
  expect(result.data!.wide).toEqual({ id, description: expect.any(String), createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
});
