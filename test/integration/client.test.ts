import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createWorkgraphClient,
  NeedByIdDocument,
  RecommendChannelsDocument,
  RecordDecisionDocument,
  SubmitNeedDocument,
  TaskByIdDocument,
  WorkgraphError,
} from "../../clients/typescript/src/index.js";
import { removeTenantData } from "./decisionHelpers.js";
import { startTestApi, type TestApi } from "./harness.js";

// The example imports the package by name, as an integrator's code does; here that name is the workspace's source.
vi.mock("@workgraph/client", () => import("../../clients/typescript/src/index.js"));
// @ts-expect-error -- a plain .mjs example without types
const { integrate } = (await import("../../clients/typescript/example/integrate.mjs")) as {
  integrate: (client: unknown) => Promise<{ needId: string; best: string; decisionId: string; precedentId: string }>;
};

const TENANT = "client-package-test";
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = (await api.as("INTEGRATOR", TENANT)).token;
});
afterAll(async () => {
  await removeTenantData(api, [TENANT]);
  await api.stop();
});

describe("the TypeScript client package against the running API", () => {
  it("runs the README's integrator example: need, recommendation, decision, outcome", async () => {
    const result = await integrate(createWorkgraphClient({ url: api.url, key: token }));
    expect(result.needId).toMatch(/^need:/);
    expect(result.best).toMatch(/ via /);
    expect(result.decisionId).toMatch(/^decision:/);
    expect(result.precedentId).toMatch(/^prec:/);
  });

  it("answers typed data, and typed error codes with the field at fault", async () => {
    const client = createWorkgraphClient({ url: api.url, key: token });
    const { task } = await client.request(TaskByIdDocument, { id: "task:hr-run-monthly-payroll" });
    expect(task.id).toBe("task:hr-run-monthly-payroll");
    await expect(client.request(NeedByIdDocument, { id: "need:no-such-need" })).rejects.toMatchObject({ code: "NOT_FOUND", status: 200 });
    const invalid = await client.request(SubmitNeedDocument, { input: { text: "" } }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(WorkgraphError);
    expect(invalid).toMatchObject({ code: "BAD_USER_INPUT", field: expect.stringMatching(/text/) });
    const anonymous = createWorkgraphClient({ url: api.url, key: "wgk_wrong_key" });
    await expect(anonymous.request(TaskByIdDocument, { id: "task:hr-run-monthly-payroll" })).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
  });

  it("retries UNAVAILABLE with backoff, keeping one request id and one idempotency key, so a decision is stored once", async () => {
    const client = createWorkgraphClient({ url: api.url, key: token });
    const { submitNeed } = await client.request(SubmitNeedDocument, { input: { text: "Run the monthly payroll for 300 staff" } });
    const needId = submitNeed.need.id;
    const { recommendChannels } = await client.request(RecommendChannelsDocument, { input: { needId, limit: 1 } });
    const best = recommendChannels.options[0]!;

    const attempts: Array<{ requestId: string; idempotencyKey: string }> = [];
    // Every attempt reaches the API, but the first two answers are lost and replaced by UNAVAILABLE.
    const flaky: typeof fetch = async (url, init) => {
      const body = JSON.parse(String(init!.body)) as { variables: { input: { idempotencyKey: string } } };
      attempts.push({ requestId: (init!.headers as Record<string, string>)["x-request-id"]!, idempotencyKey: body.variables.input.idempotencyKey });
      const response = await fetch(url, init);
      if (attempts.length > 2) return response;
      return new Response(JSON.stringify({ errors: [{ message: "Neo4j is not reachable", extensions: { code: "UNAVAILABLE" } }] }), { status: 503 });
    };
    const retrying = createWorkgraphClient({ url: api.url, key: token, fetch: flaky, backoffMs: 5 });
    const { recordDecision } = await retrying.request(RecordDecisionDocument, {
      input: { needId, workerTypeId: best.workerType.id, channelId: best.channel.id },
    });
    expect(recordDecision.needId).toBe(needId);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.requestId)).size).toBe(1);
    expect(new Set(attempts.map((a) => a.idempotencyKey)).size).toBe(1);
    const rows = await api.executor.read("MATCH (d:Decision)-[:FOR_NEED]->(:Need {id: $needId}) RETURN count(d) AS n", { needId });
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it("gives up after its retries, and never retries other errors", async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls++;
      throw new TypeError("fetch failed");
    };
    const client = createWorkgraphClient({ url: api.url, fetch: down, retries: 2, backoffMs: 1 });
    await expect(client.request(TaskByIdDocument, { id: "task:x" })).rejects.toMatchObject({ code: "NETWORK_ERROR", status: 0 });
    expect(calls).toBe(3);
    let notFoundCalls = 0;
    const counting: typeof fetch = (url, init) => {
      notFoundCalls++;
      return fetch(url, init);
    };
    const real = createWorkgraphClient({ url: api.url, fetch: counting, backoffMs: 1 });
    await expect(real.request(TaskByIdDocument, { id: "task:no-such-task" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(notFoundCalls).toBe(1);
  });
});
