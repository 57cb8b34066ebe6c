import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/services/paging.js";
import { expectError, testTag } from "./curationHelpers.js";
import { ok } from "./decisionHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

/**
 * An ADMIN manages its own tenant: its keys and its audit log, nothing of another tenant's; an ADMIN
 * without a tenant manages nothing over the API. Filters and cursors are checked before Cypher, and a
 * refused request costs one audit event, however many fields it names.
 */
const A = testTag("scope-a");
const B = testTag("scope-b");
type Doc<T> = TypedDocumentNode<T, Record<string, unknown>>;
const gql = <T>(source: string) => parse(source) as Doc<T>;
type Key = { id: string; tenant: string | null; revokedAt: string | null };
const CREATE = gql<{ createApiKey: { key: Key; token: string } }>(
  `mutation ($tenant: String, $role: Role!) { createApiKey(input: { role: $role, tenant: $tenant, name: "scoped" }) { key { id tenant revokedAt } token } }`,
);
const KEYS = gql<{ apiKeys: Key[] }>(`{ apiKeys { id tenant revokedAt } }`);
const REVOKE = gql<{ revokeApiKey: Key }>(`mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`);
const AUDIT = gql<{ auditEvents: { totalCount: number; edges: Array<{ node: { tenant: string | null; operation: string } }> } }>(
  `query ($filter: AuditFilterInput, $after: String) { auditEvents(first: 100, filter: $filter, after: $after) { totalCount edges { node { tenant operation } } } }`,
);

let api: TestApi;
let adminA: Client & { keyId: string };
let adminB: Client & { keyId: string };
const created: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  adminA = await api.as("ADMIN", A);
  adminB = await api.as("ADMIN", B);
});
afterAll(async () => {
  await api.executor.write("MATCH (k:ApiKey) WHERE k.id IN $ids OR k.tenant IN $tenants DETACH DELETE k", { ids: created, tenants: [A, B] });
  await api.stop();
});

describe("keys", () => {
  it("are created in the ADMIN's own tenant, and another tenant is FORBIDDEN", async () => {
    const own = ok(await adminA.request(CREATE, { role: "VIEWER" })).createApiKey.key;
    created.push(own.id);
    expect(own.tenant).toBe(A);
    expectError(await adminA.request(CREATE, { role: "VIEWER", tenant: B }), "FORBIDDEN");
  });

  it("are listed for the ADMIN's own tenant only", async () => {
    const theirs = ok(await adminB.request(CREATE, { role: "INTEGRATOR" })).createApiKey.key;
    created.push(theirs.id);
    const listed = ok(await adminA.request(KEYS)).apiKeys;
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((k) => k.tenant))).toEqual(new Set([A]));
  });

  it("of another tenant read as absent: revoking one is NOT_FOUND and leaves it working", async () => {
    const { key, token } = ok(await adminB.request(CREATE, { role: "VIEWER" })).createApiKey;
    created.push(key.id);
    expectError(await adminA.request(REVOKE, { id: key.id }), "NOT_FOUND");
    const still = await api.request(gql(`{ tasks(first: 1) { totalCount } }`), {}, { authorization: `Bearer ${token}` });
    expect(still.status).toBe(200);
    expect(ok(await adminB.request(REVOKE, { id: key.id })).revokeApiKey.revokedAt).not.toBeNull();
  });

  it("are not managed over the API by an ADMIN without a tenant", async () => {
    const untenanted = await api.as("ADMIN", null);
    expectError(await untenanted.request(KEYS), "FORBIDDEN");
    expectError(await untenanted.request(AUDIT, {}), "FORBIDDEN");
  });
});

describe("the audit log", () => {
  it("shows an ADMIN its own tenant's events only, whatever the filter", async () => {
    const mine = ok(await adminA.request(AUDIT, {})).auditEvents;
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.edges.map((e) => e.node.tenant))).toEqual(new Set([A]));
    const theirs = ok(await adminA.request(AUDIT, { filter: { tenant: B } })).auditEvents;
    expect(theirs).toEqual({ totalCount: 0, edges: [] });
  });

  it.each([
    ["a date Neo4j cannot read", { filter: { since: "March 7, 2020" } }, "filter.since"],
    ["a date without a zone", { filter: { until: "2026-01-01T00:00:00" } }, "filter.until"],
    ["Cypher in a date", { filter: { since: "2020-01-01') RETURN 1 //" } }, "filter.since"],
    ["a cursor whose date is not one", { after: encodeCursor("yesterday", "audit:x") }, "after"],
    ["a cursor that is not base64 JSON", { after: "%%%" }, "after"],
    ["a huge cursor", { after: "A".repeat(5_000) }, "after"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, variables, field) => {
    expectError(await adminA.request(AUDIT, variables), "BAD_USER_INPUT", { field });
  });

  it("accepts a well-formed date range", async () => {
    const page = ok(await adminA.request(AUDIT, { filter: { since: "2020-01-01T00:00:00Z", until: "2100-01-01T00:00:00+02:00" } }));
    expect(page.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it("refuses a bad decisions cursor with BAD_USER_INPUT", async () => {
    const integrator = await api.as("INTEGRATOR", A);
    const result = await integrator.request(gql(`query ($after: String) { decisions(first: 5, after: $after) { totalCount } }`), {
      after: encodeCursor("2026-13-45", "decision:x"),
    });
    expectError(result, "BAD_USER_INPUT", { field: "after" });
  });

  it("records one event for a refused request, however many fields it names", async () => {
    const viewer = await api.as("VIEWER", A);
    const requestId = testTag("refused-request");
    const fields = Array.from({ length: 12 }, (_, i) => `k${i}: apiKeys { id }`).join(" ");
    const refused = await viewer.request(gql(`{ ${fields} a: auditEvents(first: 1) { totalCount } }`), {}, { "x-request-id": requestId });
    // Every field's check starts before the first refusal is written; graphql-js reports the first to fail.
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const rows = await api.executor.read("MATCH (e:AuditEvent {requestId: $requestId}) RETURN e.outcome AS outcome", { requestId });
    expect(rows).toEqual([{ outcome: "DENIED" }]);
  });
});
