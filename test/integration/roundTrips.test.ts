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

it("loads 50 tasks with their skills, outcomes, traits and total in 5 round trips, not one per task", async () => {
  const { result, queries } = await api.countQueries(TasksWithDetailsDocument, { first: 50 });
  expect(result.errors).toBeUndefined();
  expect(result.data!.tasks.edges).toHaveLength(50);
  // The page, its total count, then one batch each for skills, outcomes and traits.
  expect(queries).toBe(5);
});

it("counts nothing when the total is not selected", async () => {
  const { result, queries } = await api.countQueries(parse("{ tasks(first: 50) { edges { node { id } } } }") as TypedDocumentNode<unknown, never>);
  expect(result.errors).toBeUndefined();
  expect(queries).toBe(1);
});
