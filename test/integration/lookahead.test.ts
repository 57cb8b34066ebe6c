/** Relationship fields read ahead with their parent answer exactly as their loaders answer them alone. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let taskId: string;
let occupationId: string;
let workerTypeId: string;

beforeAll(async () => {
  api = await startTestApi();
  const [row] = await api.executor.read(
    `MATCH (o:Occupation {status: 'ACTIVE'})-[:INCLUDES_TASK]->(t:Task {status: 'ACTIVE'})-[:REQUIRES_SKILL]->(:Skill)
     WITH o, t, COUNT { (o)-[:INCLUDES_TASK]->() } AS tasks WHERE tasks >= 3
     RETURN t.id AS task, o.id AS occupation ORDER BY o.id, t.id LIMIT 1`,
  );
  const [workerType] = await api.executor.read(
    "MATCH (w:WorkerType {status: 'ACTIVE'})-[:SOURCED_VIA]->(:Channel) RETURN w.id AS id ORDER BY w.id LIMIT 1",
  );
  taskId = row!.task as string;
  occupationId = row!.occupation as string;
  workerTypeId = workerType!.id as string;
});
afterAll(async () => {
  await api.stop();
});

const TASK_FIELDS = `id name skills { importance skill { id name } } outcomes { id name } traits { weight trait { id } }
  occupations { id name } activities { id } precedents(first: 3) { id facts { headcount } outcome { rating } workerType { id } }`;

/** `node(id)` resolves no lookahead: its relationship fields load through the loaders alone. */
async function both<T>(ahead: string, alone: string, id: string): Promise<{ ahead: T; alone: T; queries: number }> {
  const run = (text: string) => api.countQueries(parse(text) as TypedDocumentNode<Record<string, T>, { id: string }>, { id });
  const [withAhead, withoutAhead] = [await run(ahead), await run(alone)];
  expect(withAhead.result.errors).toBeUndefined();
  expect(withoutAhead.result.errors).toBeUndefined();
  return { ahead: withAhead.result.data!.x!, alone: withoutAhead.result.data!.x!, queries: withAhead.queries };
}

describe("read ahead", () => {
  it("a task's relationship fields", async () => {
    const { ahead, alone, queries } = await both(
      `query ($id: ID!) { x: task(id: $id) { ${TASK_FIELDS} } }`,
      `query ($id: ID!) { x: node(id: $id) { ... on Task { ${TASK_FIELDS} } } }`,
      taskId,
    );
    expect(ahead).toEqual(alone);
    expect((ahead as { skills: unknown[] }).skills.length).toBeGreaterThan(0);
    expect(queries).toBe(1);
  });

  it("two levels, aliases with their own arguments, and a third level loaded on its own", async () => {
    const fields = `id few: tasks(first: 2) { id name } tasks(first: 50) { id skills { skill { id name } } occupations { id tasks(first: 2) { id } } }
      skills(first: 3) { importance level skill { id } }`;
    const { ahead, alone, queries } = await both(
      `query ($id: ID!) { x: occupation(id: $id) { ${fields} } }`,
      `query ($id: ID!) { x: node(id: $id) { ... on Occupation { ${fields} } } }`,
      occupationId,
    );
    expect(ahead).toEqual(alone);
    expect((ahead as { few: unknown[] }).few).toHaveLength(2);
    // The occupation with its tasks, skills and the tasks' fields; then the third level (occupations' tasks).
    expect(queries).toBe(2);
  });

  it("a page of worker types with their channels and fits", async () => {
    const page = await api.countQueries(
      parse(`{ workerTypes(first: 50) { edges { node { id channels { id name typicalDaysToStart } suits { weight trait { id } } } } } }`) as TypedDocumentNode<
        { workerTypes: { edges: Array<{ node: { id: string } }> } },
        never
      >,
      undefined as never,
    );
    expect(page.result.errors).toBeUndefined();
    expect(page.queries).toBe(1);
    const listed = page.result.data!.workerTypes.edges.map((edge) => edge.node).find((node) => node.id === workerTypeId);
    const { alone } = await both(
      `query ($id: ID!) { x: workerType(id: $id) { id } }`,
      `query ($id: ID!) { x: node(id: $id) { ... on WorkerType { id channels { id name typicalDaysToStart } suits { weight trait { id } } } } }`,
      workerTypeId,
    );
    expect(listed).toEqual(alone);
    expect((listed as unknown as { channels: unknown[] }).channels.length).toBeGreaterThan(0);
  });

  it("nothing for a node of another kind, and NOT_FOUND as before", async () => {
    const { result, queries } = await api.countQueries(
      parse(`query ($id: ID!) { task(id: $id) { id skills { skill { id } } } }`) as TypedDocumentNode<unknown, { id: string }>,
      { id: occupationId },
    );
    expect(result.errors?.[0]).toMatchObject({ path: ["task"], extensions: { code: "NOT_FOUND" } });
    expect(queries).toBe(1);
  });
});
