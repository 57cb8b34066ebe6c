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

it("loads 50 tasks with their skills, outcomes and traits in 4 round trips, not one per task", async () => {
  const { result, queries } = await api.countQueries(TasksWithDetailsDocument, { first: 50 });
  expect(result.errors).toBeUndefined();
  expect(result.data!.tasks.edges).toHaveLength(50);
  // One for the page with its total count, then one batch each for skills, outcomes and traits.
  expect(queries).toBe(4);
});
