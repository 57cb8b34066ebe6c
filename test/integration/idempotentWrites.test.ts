import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABEL_LIMITS } from "../../src/seed/seedSchema.js";
import { expectError, testTag } from "./curationHelpers.js";
import { ok, README_NEED, removeTenantData } from "./decisionHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

/**
 * Every write is audited and idempotent: submitNeed runs through the unit of work with its AuditEvent,
 * an idempotency key answers a retry with the first call's answer and refuses a different request,
 * and free-text inputs and lists are capped with BAD_USER_INPUT.
 */
const TENANT = testTag("idem");
type Submitted = { submitNeed: { need: { id: string; text: string }; decomposition: { tasks: Array<{ task: { id: string } }> } } };
const SUBMIT = parse(`mutation ($input: NeedInput!, $key: String) {
  submitNeed(input: $input, idempotencyKey: $key) { need { id text } decomposition { tasks { task { id } } } }
}`) as TypedDocumentNode<Submitted, { input: unknown; key?: string | null }>;
const UPDATE = parse(`mutation ($id: ID!, $version: Int!, $patch: NodePatchInput!, $key: String) {
  updateNode(id: $id, version: $version, patch: $patch, idempotencyKey: $key) { id version }
}`) as TypedDocumentNode<{ updateNode: { id: string; version: number } }, { id: string; version: number; patch: unknown; key?: string }>;
const CREATE = parse(`mutation ($input: CreateNodeInput!, $key: String) { createNode(input: $input, idempotencyKey: $key) { id version } }`) as TypedDocumentNode<
  { createNode: { id: string; version: number } },
  { input: unknown; key?: string }
>;

let api: TestApi;
let integrator: Client & { keyId: string };
let steward: Client & { keyId: string };

const eventsFor = async (targetId: string) =>
  api.executor.read("MATCH (e:AuditEvent) WHERE $id IN e.targetIds RETURN e.operation AS operation, e.outcome AS outcome, e.requestHash AS hash", {
    id: targetId,
  });
const needCount = async () => Number((await api.executor.read("MATCH (n:Need {tenant: $tenant}) RETURN count(n) AS n", { tenant: TENANT }))[0]!.n);

beforeAll(async () => {
  api = await startTestApi();
  integrator = await api.as("INTEGRATOR", TENANT);
  steward = await api.as("STEWARD");
});
afterAll(async () => {
  await removeTenantData(api, [TENANT]);
  await api.executor.write("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: `skill:${TENANT}` });
  await api.stop();
});

describe("submitNeed", () => {
  it("writes the need and its AuditEvent in one unit of work", async () => {
    const need = ok(await integrator.request(SUBMIT, { input: README_NEED })).submitNeed.need;
    const events = await eventsFor(need.id);
    expect(events).toEqual([{ operation: "submitNeed", outcome: "OK", hash: null }]);
  });

  it("answers a retry with the same key with the first call's need, storing one", async () => {
    const before = await needCount();
    const key = `submit-${TENANT}`;
    const first = ok(await integrator.request(SUBMIT, { input: README_NEED, key })).submitNeed;
    const again = ok(await integrator.request(SUBMIT, { input: { ...README_NEED }, key })).submitNeed;
    expect(again).toEqual(first);
    expect(await needCount()).toBe(before + 1);
    expect(await eventsFor(first.need.id)).toHaveLength(1);
  });

  it("refuses the same key with a different need (CONFLICT), storing nothing", async () => {
    const key = `submit-other-${TENANT}`;
    ok(await integrator.request(SUBMIT, { input: README_NEED, key }));
    const before = await needCount();
    const other = await integrator.request(SUBMIT, { input: { ...README_NEED, text: "Someone to run payroll every month" }, key });
    expectError(other, "CONFLICT", { field: "idempotencyKey" });
    expect(await needCount()).toBe(before);
  });

  it("keeps keys per principal: another caller's same key stores its own need", async () => {
    const other = await api.as("INTEGRATOR", TENANT.replace("idem", "idem2"));
    const key = `shared-key-${TENANT}`;
    const mine = ok(await integrator.request(SUBMIT, { input: README_NEED, key })).submitNeed.need.id;
    const theirs = ok(await other.request(SUBMIT, { input: README_NEED, key })).submitNeed.need.id;
    expect(theirs).not.toBe(mine);
    await removeTenantData(api, [TENANT.replace("idem", "idem2")]);
  });

  it.each([
    ["an empty key", "   "],
    ["a key over 200 characters", "k".repeat(201)],
  ])("refuses %s with BAD_USER_INPUT", async (_label, key) => {
    const before = await needCount();
    expectError(await integrator.request(SUBMIT, { input: README_NEED, key }), "BAD_USER_INPUT", { field: "idempotencyKey" });
    expect(await needCount()).toBe(before);
  });
});

describe("the existing idempotent mutations", () => {
  it("refuse a replay of updateNode's key with a different patch", async () => {
    const id = `skill:${TENANT}-replay`;
    ok(await steward.request(CREATE, { input: { kind: "Skill", id, name: "Replay skill", description: "A skill for the replay test" } }));
    const key = `update-${TENANT}`;
    const first = ok(await steward.request(UPDATE, { id, version: 1, patch: { name: "Replayed skill" }, key })).updateNode;
    expect(ok(await steward.request(UPDATE, { id, version: 1, patch: { name: "Replayed skill" }, key })).updateNode).toEqual(first);
    expectError(await steward.request(UPDATE, { id, version: 1, patch: { name: "Another name" }, key }), "CONFLICT", { field: "idempotencyKey" });
  });

  it("cap alternative labels in count and length", async () => {
    const base = { kind: "Skill", name: "Capped skill", description: "A skill for the caps test" };
    const tooMany = Array.from({ length: LABEL_LIMITS.count + 1 }, (_, i) => `label ${i}`);
    const many = await steward.request(CREATE, { input: { ...base, id: `skill:${TENANT}-many`, altLabels: tooMany } });
    expectError(many, "BAD_USER_INPUT", { field: "input.altLabels" });
    const long = await steward.request(CREATE, { input: { ...base, id: `skill:${TENANT}-long`, altLabels: ["x".repeat(LABEL_LIMITS.length + 1)] } });
    expectError(long, "BAD_USER_INPUT", { field: "input.altLabels.0" });
    const atLimit = Array.from({ length: LABEL_LIMITS.count }, (_, i) => `label ${i} ${"y".repeat(LABEL_LIMITS.length - 12)}`);
    ok(await steward.request(CREATE, { input: { ...base, id: `skill:${TENANT}-limit`, altLabels: atLimit } }));
  });
});
