import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DecisionByIdDocument,
  DecisionsDocument,
  DecisionStatsDocument,
  NeedByIdDocument,
  NodeByIdDocument,
  PrecedentCaseByIdDocument,
  PrecedentCasesDocument,
  RecommendChannelsDocument,
  RecordDecisionDocument,
  RecordOutcomeDocument,
  RelatedCountsDocument,
  SearchDocument,
  TaskPrecedentIdsDocument,
} from "../../schema/generated/operations.js";
import { expectError } from "./curationHelpers.js";
import {
  cited,
  decide,
  ok,
  README_NEED,
  recommendFor,
  type RecordedDecision,
  recordOutcome,
  removeTenantData,
  submitNeed,
  tenantData,
} from "./decisionHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

/**
 * Tenant B cannot reach tenant A's needs, decisions or precedents, whatever the path: by id, through
 * a task's precedents, in lists, inside a recommendation, in search, or by writing to them. Another
 * tenant's id reads as absent (NOT_FOUND or null), never FORBIDDEN or CONFLICT, so ids do not leak.
 * The shared pool of demonstration precedents stays visible to both.
 */
const A = `iso-a-${process.pid}`;
const B = `iso-b-${process.pid}`;
const TITLE = `Isolation case ${process.pid}`;
const IDEMPOTENCY_KEY = `iso-decide-${process.pid}`;
const SHARED_PRECEDENT = "prec:0001";

let api: TestApi;
let a: Client;
let b: Client;
/** A's need, decided and with an outcome that became `precedentId`. */
let needId: string;
let decision: RecordedDecision;
let precedentId: string;
let taskId: string;
/** A's second need, decided without an outcome yet, and a third one still undecided. */
let pending: RecordedDecision;
let undecidedNeed: string;

beforeAll(async () => {
  api = await startTestApi();
  a = await api.as("INTEGRATOR", A);
  b = await api.as("INTEGRATOR", B);

  needId = await submitNeed(a, { ...README_NEED, title: TITLE });
  const top = (await recommendFor(a, needId)).options[0]!;
  decision = await decide(a, { needId, workerTypeId: top.workerType.id, channelId: top.channel.id, idempotencyKey: IDEMPOTENCY_KEY });
  const recorded = await recordOutcome(a, { decisionId: decision.id, rating: 5, costVariancePct: 0, daysToStart: 5, needChanged: false });
  precedentId = recorded.precedentId;
  const tasks = await api.executor.read("MATCH (:PrecedentCase {id: $id})-[:INVOLVED_TASK]->(t:Task) RETURN t.id AS id ORDER BY id LIMIT 1", {
    id: precedentId,
  });
  taskId = tasks[0]!.id as string;

  const second = await submitNeed(a);
  pending = await decide(a, { needId: second, workerTypeId: top.workerType.id, channelId: top.channel.id });
  undecidedNeed = await submitNeed(a);
});

afterAll(async () => {
  await removeTenantData(api, [A, B]);
  await api.stop();
});

describe("by id", () => {
  it("B gets NOT_FOUND for A's need, decision and precedent case", async () => {
    expect(expectError(await b.request(NeedByIdDocument, { id: needId }), "NOT_FOUND").path).toEqual(["need"]);
    expect(expectError(await b.request(DecisionByIdDocument, { id: decision.id }), "NOT_FOUND").path).toEqual(["decision"]);
    expect(expectError(await b.request(PrecedentCaseByIdDocument, { id: precedentId }), "NOT_FOUND").path).toEqual(["precedentCase"]);
  });

  it("B gets null from node(id) for each of them", async () => {
    for (const id of [needId, decision.id, precedentId]) {
      expect(ok(await b.request(NodeByIdDocument, { id })).node).toBeNull();
    }
  });

  it("while A reads them", async () => {
    expect(ok(await a.request(NeedByIdDocument, { id: needId })).need.id).toBe(needId);
    expect(ok(await a.request(DecisionByIdDocument, { id: decision.id })).decision.precedent?.id).toBe(precedentId);
    expect(ok(await a.request(PrecedentCaseByIdDocument, { id: precedentId })).precedentCase.source).toBe("decision");
    expect(ok(await a.request(NodeByIdDocument, { id: precedentId })).node).toMatchObject({ __typename: "PrecedentCase", id: precedentId });
  });
});

describe("through traversal", () => {
  it("a task's precedents include A's case for A only; the shared ones for both", async () => {
    const precedentsOf = async (client: Client) => ok(await client.request(TaskPrecedentIdsDocument, { id: taskId })).task.precedents.map((p) => p.id);
    const seenByA = await precedentsOf(a);
    const seenByB = await precedentsOf(b);
    expect(seenByA).toContain(precedentId);
    expect(seenByB).not.toContain(precedentId);
    expect(seenByB).toEqual(seenByA.filter((id) => id !== precedentId));
  });
});

describe("in lists", () => {
  it("a list filtered by relatedTo one of A's ids is empty for B, so the filter cannot probe A's data", async () => {
    for (const id of [needId, decision.id, precedentId]) {
      const counts = ok(await b.request(RelatedCountsDocument, { relatedTo: id }));
      expect([counts.tasks.totalCount, counts.workerTypes.totalCount, counts.channels.totalCount]).toEqual([0, 0, 0]);
    }
    // A's own case still works as a filter for A.
    expect(ok(await a.request(RelatedCountsDocument, { relatedTo: precedentId })).tasks.totalCount).toBeGreaterThan(0);
  });

  it("precedentCases: A's case is listed for A only; the shared pool for both", async () => {
    const list = async (client: Client, text?: string) =>
      ok(await client.request(PrecedentCasesDocument, { first: 100, filter: text ? { text } : null })).precedentCases;
    expect((await list(b, TITLE)).totalCount).toBe(0);
    expect((await list(a, TITLE)).edges.map((e) => e.node.id)).toEqual([precedentId]);
    const [all, allOfB] = [await list(a), await list(b)];
    expect(all.totalCount).toBe(allOfB.totalCount + 1);
    expect(allOfB.totalCount).toBeGreaterThan(0);
  });

  it("decisions and decisionStats count B's own decisions only", async () => {
    expect(ok(await b.request(DecisionsDocument, {})).decisions.totalCount).toBe(0);
    expect(ok(await b.request(DecisionsDocument, { filter: { needId } })).decisions.totalCount).toBe(0);
    expect(ok(await b.request(DecisionStatsDocument)).decisionStats).toMatchObject({ decisions: 0, withOutcome: 0, followRate: null });
    expect(ok(await a.request(DecisionsDocument, {})).decisions.totalCount).toBe(2);
    expect(ok(await a.request(DecisionStatsDocument)).decisionStats).toMatchObject({ decisions: 2, withOutcome: 1 });
  });
});

describe("inside a recommendation", () => {
  it("B's recommendation for the same need text never cites A's case, while A's does", async () => {
    const recommend = async (client: Client) =>
      ok(await client.request(RecommendChannelsDocument, { input: { need: README_NEED, limit: 20 } })).recommendChannels;
    const ofA = await recommend(a);
    const ofB = await recommend(b);
    expect(cited(ofA)).toContain(precedentId);
    expect(cited(ofB)).not.toContain(precedentId);
    // The shared pool is evidence for both.
    expect([...cited(ofB)].some((id) => id.startsWith("prec:0"))).toBe(true);
  });

  it("B cannot get a recommendation for A's stored need", async () => {
    const result = await b.request(RecommendChannelsDocument, { input: { needId, limit: 3 } });
    expectError(result, "NOT_FOUND");
  });
});

describe("in search", () => {
  it("B's search for the words of A's case finds none of A's ids", async () => {
    const ids = [needId, decision.id, precedentId];
    for (const kinds of [null, ["PrecedentCase" as const]]) {
      const hits = ok(await b.request(SearchDocument, { query: `${TITLE} weekly sales board pack`, kinds, first: 100 })).search;
      expect(hits.map((h) => h.node.id).filter((id) => ids.includes(id))).toEqual([]);
    }
  });
});

describe("the shared pool", () => {
  it("is visible to both tenants", async () => {
    for (const client of [a, b]) {
      expect(ok(await client.request(PrecedentCaseByIdDocument, { id: SHARED_PRECEDENT })).precedentCase.id).toBe(SHARED_PRECEDENT);
      expect(ok(await client.request(NodeByIdDocument, { id: SHARED_PRECEDENT })).node?.id).toBe(SHARED_PRECEDENT);
    }
  });
});

describe("writes", () => {
  it("B deciding on A's needs gets NOT_FOUND (never CONFLICT or A's replayed answer), and nothing changes", async () => {
    const before = await tenantData(api, [A, B]);
    const route = { workerTypeId: decision.workerType.id, channelId: decision.channel.id, rationale: "Tenant B tries its luck here" };
    for (const target of [undecidedNeed, needId]) {
      expectError(await b.request(RecordDecisionDocument, { input: { needId: target, ...route } }), "NOT_FOUND");
    }
    // The same idempotency key as A's decision: keys are per actor, so B gets no replay of A's answer.
    expectError(await b.request(RecordDecisionDocument, { input: { needId, ...route, idempotencyKey: IDEMPOTENCY_KEY } }), "NOT_FOUND");
    expect(await tenantData(api, [A, B])).toEqual(before);
  });

  it("B recording an outcome for A's decisions gets NOT_FOUND (never CONFLICT), and nothing changes", async () => {
    const before = await tenantData(api, [A, B]);
    const outcome = { rating: 1, costVariancePct: 90, daysToStart: 100, needChanged: true, notes: "B's version of events" };
    for (const decisionId of [pending.id, decision.id]) {
      expectError(await b.request(RecordOutcomeDocument, { input: { decisionId, ...outcome } }), "NOT_FOUND");
    }
    expect(await tenantData(api, [A, B])).toEqual(before);
    expect(ok(await a.request(DecisionByIdDocument, { id: pending.id })).decision.outcome).toBeNull();
  });
});
