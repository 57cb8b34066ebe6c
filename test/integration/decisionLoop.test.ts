import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DecisionByIdDocument,
  DecisionsDocument,
  type DecisionsQueryVariables,
  DecisionStatsDocument,
  NeedDecisionDocument,
  PrecedentCaseByIdDocument,
  RecordDecisionDocument,
  RecordOutcomeDocument,
} from "../../schema/generated/operations.js";
import { expectError } from "./curationHelpers.js";
import {
  cited,
  decide,
  ok,
  type Recommendation,
  recommendFor,
  type RecordedDecision,
  recordOutcome,
  removeTenantData,
  submitNeed,
} from "./decisionHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

/**
 * The decision loop end to end, as an integrator of one tenant: need -> recommendation -> decision
 * (followed, and overridden) -> outcome -> precedent -> the next recommendation cites it -> stats.
 * The tests of this file run in order and build on each other.
 */
const TENANT = `loop-${process.pid}`;
const RATIONALE = "The board wants one named person accountable for the pack";

let api: TestApi;
let integrator: Client & { keyId: string };

const decisionsOn = async (needId: string) =>
  (await api.executor.read("MATCH (d:Decision {needId: $needId}) RETURN count(d) AS n", { needId }))[0]!.n;

beforeAll(async () => {
  api = await startTestApi();
  integrator = await api.as("INTEGRATOR", TENANT);
});
afterAll(async () => {
  await removeTenantData(api, [TENANT]);
  await api.stop();
});

describe("the decision loop", () => {
  let followedNeed: string;
  let shown: Recommendation;
  let followed: RecordedDecision;
  let overriddenNeed: string;
  let overridden: RecordedDecision;
  let precedentId: string;

  it("a decision that follows the top recommendation keeps what was advised beside what was decided", async () => {
    followedNeed = await submitNeed(integrator);
    shown = await recommendFor(integrator, followedNeed);
    const top = shown.options[0]!;
    followed = await decide(integrator, {
      needId: followedNeed,
      workerTypeId: top.workerType.id,
      channelId: top.channel.id,
      idempotencyKey: `follow-${process.pid}`,
    });
    expect(followed).toMatchObject({
      needId: followedNeed,
      override: false,
      rationale: null,
      decidedBy: integrator.keyId,
      workerType: { id: top.workerType.id },
      channel: { id: top.channel.id },
      advised: { rank: 1, score: top.score, workerType: { id: top.workerType.id }, channel: { id: top.channel.id } },
      decidedRank: 1,
      decidedScore: top.score,
      decidedExcluded: false,
      rulesEvaluated: shown.rulesEvaluated,
      outcome: null,
      precedentId: null,
    });
    expect(followed.id).toMatch(/^decision:[0-9a-f-]{36}$/);
    expect(followed.decompositionVersion).toEqual(expect.any(String));
    // The snapshot is the recommendation as shown: every ranked option, then the excluded ones.
    expect(followed.options).toEqual([
      ...shown.options.map((o) => ({ rank: o.rank, workerTypeId: o.workerType.id, channelId: o.channel.id, score: o.score, excluded: false })),
      ...shown.excluded.map((o) => ({ rank: null, workerTypeId: o.workerType.id, channelId: o.channel.id, score: o.score, excluded: true })),
    ]);
    const fired = [...shown.options, ...shown.excluded].flatMap((o) => o.risks.map((r) => `${r.ruleId}@${r.ruleVersion}`));
    expect(followed.firedRules).toEqual([...new Set(fired)].sort());

    const need = ok(await integrator.request(NeedDecisionDocument, { id: followedNeed })).need;
    expect(need.decision).toEqual({ id: followed.id, override: false, workerType: { id: top.workerType.id } });
  });

  it("a retried recordDecision with the same idempotency key answers the same decision and creates no second one", async () => {
    const top = shown.options[0]!;
    const again = await decide(integrator, {
      needId: followedNeed,
      workerTypeId: top.workerType.id,
      channelId: top.channel.id,
      idempotencyKey: `follow-${process.pid}`,
    });
    expect(again).toEqual(followed);
    expect(await decisionsOn(followedNeed)).toBe(1);
    const events = await api.executor.read(
      "MATCH (e:AuditEvent {actorId: $actor, idempotencyKey: $key}) RETURN e.operation AS operation, e.targetIds AS targetIds",
      { actor: integrator.keyId, key: `follow-${process.pid}` },
    );
    expect(events).toEqual([{ operation: "recordDecision", targetIds: [followed.id, followedNeed] }]);
  });

  it("a second decision on a decided need is a CONFLICT", async () => {
    const other = shown.options[1]!;
    const result = await integrator.request(RecordDecisionDocument, {
      input: { needId: followedNeed, workerTypeId: other.workerType.id, channelId: other.channel.id, rationale: RATIONALE },
    });
    expect(expectError(result, "CONFLICT", { field: "input.needId", decisionId: followed.id }).path).toEqual(["recordDecision"]);
    expect(await decisionsOn(followedNeed)).toBe(1);
  });

  it("refuses a route that cannot be: a channel that does not source the worker type, an unknown worker type or need", async () => {
    overriddenNeed = await submitNeed(integrator);
    const cases = [
      [{ workerTypeId: "wt:employee", channelId: "ch:automation-centre" }, "BAD_USER_INPUT", { field: "input.channelId" }],
      [{ workerTypeId: "wt:nobody", channelId: "ch:direct-hire" }, "BAD_USER_INPUT", { field: "input.workerTypeId" }],
      [{ workerTypeId: "wt:employee", channelId: "ch:nowhere" }, "BAD_USER_INPUT", { field: "input.channelId" }],
    ] as const;
    for (const [route, code, details] of cases) {
      const result = await integrator.request(RecordDecisionDocument, { input: { needId: overriddenNeed, ...route, rationale: RATIONALE } });
      expectError(result, code, details);
    }
    const missing = await integrator.request(RecordDecisionDocument, {
      input: { needId: "need:00000000-0000-0000-0000-000000000000", workerTypeId: "wt:employee", channelId: "ch:direct-hire" },
    });
    expectError(missing, "NOT_FOUND");
    expect(await decisionsOn(overriddenNeed)).toBe(0);
  });

  it("an override needs a rationale of at least 10 characters, and is stored as one", async () => {
    const rec = await recommendFor(integrator, overriddenNeed);
    const top = rec.options[0]!;
    const choice = rec.options.find((o) => o.workerType.id !== top.workerType.id)!;
    const input = { needId: overriddenNeed, workerTypeId: choice.workerType.id, channelId: choice.channel.id };
    for (const rationale of [undefined, "   ", "too short"]) {
      expectError(await integrator.request(RecordDecisionDocument, { input: { ...input, rationale } }), "BAD_USER_INPUT", {
        field: "input.rationale",
      });
    }
    expect(await decisionsOn(overriddenNeed)).toBe(0);

    overridden = await decide(integrator, { ...input, rationale: RATIONALE });
    expect(overridden).toMatchObject({
      override: true,
      rationale: RATIONALE,
      decidedRank: choice.rank,
      decidedScore: choice.score,
      advised: { rank: 1, workerType: { id: top.workerType.id }, channel: { id: top.channel.id } },
      workerType: { id: choice.workerType.id },
    });
  });

  it("recordOutcome stores the outcome and turns the decision into a PrecedentCase of the tenant", async () => {
    const input = {
      decisionId: followed.id,
      rating: 5,
      costVariancePct: -5,
      daysToStart: 7,
      needChanged: false,
      issues: [],
      notes: "Automated within three weeks; the board pack now goes out on Monday mornings.",
      idempotencyKey: `outcome-${process.pid}`,
    };
    const recorded = await recordOutcome(integrator, input);
    precedentId = recorded.precedentId;
    expect(precedentId).toMatch(/^prec:[0-9a-f-]{36}$/);
    expect(recorded.decision).toMatchObject({
      id: followed.id,
      precedentId,
      outcome: { rating: 5, costVariancePct: -5, daysToStart: 7, needChanged: false, issues: [], notes: input.notes, recordedBy: integrator.keyId },
      precedent: { id: precedentId, source: "decision" },
    });
    // Retried with the same key: the same answer, and still one precedent.
    expect(await recordOutcome(integrator, input)).toEqual(recorded);

    const stored = await api.executor.read(
      `MATCH (p:PrecedentCase {decisionId: $decisionId})
       RETURN p.id AS id, p.tenant AS tenant, p.source AS source, p.status AS status,
              [(p)-[:INVOLVED_TASK]->(t) | t.id] AS tasks, [(p)-[:ENGAGED]->(w) | w.id] AS engaged,
              [(p)-[:SOURCED_THROUGH]->(c) | c.id] AS channels, [(p)-[:REQUESTED]->(w) | w.id] AS requested,
              [(p)-[:FROM_DECISION]->(d) | d.id] AS decisions`,
      { decisionId: followed.id },
    );
    const needTasks = await api.executor.read("MATCH (:Need {id: $id})-[:MATCHED]->(t:Task) RETURN collect(t.id) AS ids", { id: followedNeed });
    expect(stored).toEqual([
      {
        id: precedentId,
        tenant: TENANT,
        source: "decision",
        status: "ACTIVE",
        tasks: expect.arrayContaining(needTasks[0]!.ids as string[]),
        engaged: [followed.workerType.id],
        channels: [followed.channel.id],
        requested: ["wt:employee"],
        decisions: [followed.id],
      },
    ]);
    expect((stored[0]!.tasks as string[]).length).toBe((needTasks[0]!.ids as string[]).length);

    const precedent = ok(await integrator.request(PrecedentCaseByIdDocument, { id: precedentId })).precedentCase;
    expect(precedent).toMatchObject({
      id: precedentId,
      source: "decision",
      status: "ACTIVE",
      name: expect.stringContaining("I need a full-time analyst"),
      outcome: { rating: 5, costVariancePct: -5, daysToStart: 7, needChanged: false, issues: [], notes: input.notes },
      workerType: { id: followed.workerType.id },
      channel: { id: followed.channel.id },
      requestedWorkerType: { id: "wt:employee" },
    });
    expect(precedent.decidedAt).toBe(followed.decidedAt.slice(0, 10));
  });

  it("one outcome per decision: a second is a CONFLICT; bad input names the field", async () => {
    const input = { decisionId: followed.id, rating: 1, costVariancePct: 0, daysToStart: 1, needChanged: true };
    expectError(await integrator.request(RecordOutcomeDocument, { input }), "CONFLICT", { field: "input.decisionId", precedentId });
    expectError(await integrator.request(RecordOutcomeDocument, { input: { ...input, decisionId: overridden.id, rating: 6 } }), "BAD_USER_INPUT", {
      field: "input.rating",
    });
    expectError(await integrator.request(RecordOutcomeDocument, { input: { ...input, decisionId: "decision:nope" } }), "NOT_FOUND");
    const precedents = await api.executor.read("MATCH (p:PrecedentCase) WHERE p.tenant = $tenant RETURN count(p) AS n", { tenant: TENANT });
    expect(precedents[0]!.n).toBe(1);

    const worse = await recordOutcome(integrator, {
      decisionId: overridden.id,
      rating: 2,
      costVariancePct: 35,
      daysToStart: 60,
      needChanged: true,
      issues: ["hiring took two months", "the pack was still manual"],
    });
    expect(worse.decision.outcome).toMatchObject({ rating: 2, costVariancePct: 35, notes: "" });
  });

  it("the next recommendation for a similar need of the tenant cites the new precedent", async () => {
    const similar = await submitNeed(integrator, {
      text: "Pull the weekly sales numbers from three systems and send the board pack every Monday",
      requestedWorkerTypeId: "wt:employee",
    });
    const rec = await recommendFor(integrator, similar);
    expect(cited(rec)).toContain(precedentId);
    const option = rec.options.find((o) => o.precedents.some((p) => p.precedent.id === precedentId))!;
    expect(option.workerType.id).toBe(followed.workerType.id);
    const evidence = option.precedents.find((p) => p.precedent.id === precedentId)!;
    expect(evidence.similarity).toBeGreaterThan(0.5);
    expect(evidence.effect).toBeGreaterThan(0);
    expect(evidence.precedent.outcome.rating).toBe(5);
  });

  it("decisionStats measures how often the advice was followed and how it went either way", async () => {
    const stats = ok(await integrator.request(DecisionStatsDocument)).decisionStats;
    expect(stats).toEqual({
      decisions: 2,
      followed: 1,
      overridden: 1,
      followRate: 0.5,
      withOutcome: 2,
      whenFollowed: { decisions: 1, withOutcome: 1, meanRating: 5, meanCostVariancePct: -5 },
      whenOverridden: { decisions: 1, withOutcome: 1, meanRating: 2, meanCostVariancePct: 35 },
    });
  });

  it("decisions lists the tenant's decisions newest first, filtered and a page at a time", async () => {
    const list = async (variables: DecisionsQueryVariables) =>
      ok(await integrator.request(DecisionsDocument, variables)).decisions;
    const all = await list({});
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e) => e.node.id)).toEqual([overridden.id, followed.id]);
    expect((await list({ filter: { override: true } })).edges.map((e) => e.node.id)).toEqual([overridden.id]);
    expect((await list({ filter: { override: false } })).edges.map((e) => e.node.id)).toEqual([followed.id]);
    expect((await list({ filter: { needId: followedNeed } })).edges.map((e) => e.node.id)).toEqual([followed.id]);
    expect((await list({ filter: { hasOutcome: false } })).totalCount).toBe(0);

    const first = await list({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await list({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([followed.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    expectError(await integrator.request(DecisionsDocument, { first: 0 }), "BAD_USER_INPUT", { field: "first" });
    expectError(await integrator.request(DecisionsDocument, { after: "not-a-cursor" }), "BAD_USER_INPUT", { field: "after" });
  });

  it("decision(id) answers the decision with its need and precedent; an unknown id is NOT_FOUND", async () => {
    const decision = ok(await integrator.request(DecisionByIdDocument, { id: followed.id })).decision;
    expect(decision).toMatchObject({ id: followed.id, need: { id: followedNeed }, precedent: { id: precedentId }, outcome: { rating: 5 } });
    const missing = await integrator.request(DecisionByIdDocument, { id: "decision:nope" });
    expect(expectError(missing, "NOT_FOUND").path).toEqual(["decision"]);
  });

  it("two decisions racing on one need, or two outcomes on one decision: one wins, the other is a CONFLICT", async () => {
    const need = await submitNeed(integrator);
    const top = (await recommendFor(integrator, need)).options[0]!;
    const input = { needId: need, workerTypeId: top.workerType.id, channelId: top.channel.id };
    const decisions = await Promise.all([1, 2].map(() => integrator.request(RecordDecisionDocument, { input })));
    expect(decisions.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(decisions.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ field: "input.needId" });
    expect(await decisionsOn(need)).toBe(1);

    const decisionId = decisions.find((r) => !r.errors)!.data!.recordDecision.id;
    const outcome = { decisionId, rating: 3, costVariancePct: 0, daysToStart: 3, needChanged: false };
    const outcomes = await Promise.all([1, 2].map(() => integrator.request(RecordOutcomeDocument, { input: outcome })));
    expect(outcomes.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(outcomes.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ field: "input.decisionId" });
    const precedents = await api.executor.read("MATCH (p:PrecedentCase {decisionId: $decisionId}) RETURN count(p) AS n", { decisionId });
    expect(precedents[0]!.n).toBe(1);
  });

  it("only integrators decide: a viewer is FORBIDDEN, an anonymous caller UNAUTHENTICATED, and nothing is written", async () => {
    const viewer = await api.as("VIEWER", TENANT);
    const need = await submitNeed(integrator);
    const input = { needId: need, workerTypeId: "wt:employee", channelId: "ch:direct-hire", rationale: RATIONALE };
    expectError(await viewer.request(RecordDecisionDocument, { input }), "FORBIDDEN");
    expectError(await api.request(RecordDecisionDocument, { input }), "UNAUTHENTICATED");
    expectError(await viewer.request(DecisionStatsDocument), "FORBIDDEN");
    expect(await decisionsOn(need)).toBe(0);
  });
});
