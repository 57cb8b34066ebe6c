import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TasksWithDetailsDocument } from "../../schema/generated/operations.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

it("loads 50 tasks with their skills, outcomes, traits and total in 2 round trips, not one per task or field", async () => {
  const { result, queries } = await api.countQueries(TasksWithDetailsDocument, { first: 50 });
  expect(result.errors).toBeUndefined();
  expect(result.data!.tasks.edges).toHaveLength(50);
  // The page with its skills, outcomes and traits read ahead, then its total count.
  expect(queries).toBe(2);
});

it("counts nothing when the total is not selected", async () => {
  const { result, queries } = await api.countQueries(parse("{ tasks(first: 50) { edges { node { id } } } }") as TypedDocumentNode<unknown, never>);
  expect(result.errors).toBeUndefined();
  expect(queries).toBe(1);
});

it("walks occupation -> tasks -> skills and occupations in one statement", async () => {
  const query = parse(`query ($id: ID!) { occupation(id: $id) { tasks(first: 50) { id skills { skill { id } } occupations { id } } } }`);
  const [row] = await api.executor.read(
    "MATCH (o:Occupation {status: 'ACTIVE'})-[:INCLUDES_TASK]->(t:Task) WITH o, count(t) AS tasks WHERE tasks >= 3 RETURN o.id AS id ORDER BY o.id LIMIT 1",
  );
  const { result, queries } = await api.countQueries(query as TypedDocumentNode<{ occupation: { tasks: unknown[] } }, { id: string }>, {
    id: row!.id as string,
  });
  expect(result.errors).toBeUndefined();
  expect(result.data!.occupation.tasks.length).toBeGreaterThanOrEqual(3);
  // The occupation with two levels read ahead: its tasks, and their skills and occupations.
  expect(queries).toBe(1);
});
