import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTag } from "./curationHelpers.js";
import { checkAudit, removeFaultyWrites, runFaultyWrites } from "./faultyWrites.js";
import { startTestApi, type TestApi } from "./harness.js";

/**
 * Audit under faults: 2,000 mutations from a client that drops answers mid-flight, retries with the
 * same idempotency key and races duplicates. Whatever was committed has exactly one audit event, and
 * every audit event its committed change: none lost, none doubled. (`npm run bench:audit` runs 10,000
 * with a Neo4j restart in the middle.)
 */
const TAG = testTag("fault");
const MUTATIONS = 2_000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await removeFaultyWrites(api.executor, TAG);
  await api.stop();
});

describe("audit under faults", () => {
  it(`keeps one audit event per committed change over ${MUTATIONS} retried mutations`, async () => {
    const steward = await api.as("STEWARD");
    const run = await runFaultyWrites({ url: api.url, token: steward.token, tag: TAG, count: MUTATIONS, concurrency: 4, abortShare: 0.1, raceShare: 0.05 });
    expect(run.failures).toEqual([]);
    // The faults happened: answers were dropped and duplicates raced, so retries replayed.
    expect(run.aborted).toBeGreaterThan(0);
    expect(run.raced).toBeGreaterThan(0);
    expect(run.attempts).toBeGreaterThan(MUTATIONS);
    const audit = await checkAudit(api.executor, TAG);
    expect(audit).toEqual({ nodes: MUTATIONS, events: MUTATIONS, keysWithTwoEvents: [], eventsWithoutNode: [], nodesWithoutEvent: [] });
  }, 900_000);
});
