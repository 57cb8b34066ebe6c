import { createHash } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/principal.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";
import { type Caller, ROLE_DECISIONS, type RoleDecision } from "./roleDecisions.js";

/**
 * The authorization matrix: every root field of the schema (one row each, from roleDecisions.ts) against
 * every role and anonymous, over HTTP, plus the other paths a client could take (nested traversal,
 * aliases, a nullable miss). Each cell is allowed, UNAUTHENTICATED or FORBIDDEN, and a refusal changes
 * nothing but the audit log: the whole graph's fingerprint is compared before and after.
 */
type Expect = "allow" | "UNAUTHENTICATED" | "FORBIDDEN";

const CALLERS: Caller[] = ["anonymous", "VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"];
const RANK: Record<Caller, number> = { anonymous: 0, VIEWER: 1, INTEGRATOR: 2, STEWARD: 3, ADMIN: 4 };
/** In tests anonymous callers are VIEWERs (the local default); see the NONE case below. */
const ANONYMOUS_RANK = 1;

const NEED = `{ text: "Run the monthly payroll" }`;
type Operation = RoleDecision & { name: string; path: string };

/** Paths to a field other than calling it at the root: the checks must hold there too. */
const OTHER_PATHS: Operation[] = [
  {
    name: "task.precedents",
    path: "nested traversal",
    needs: "VIEWER",
    document: `{ task(id: "task:hr-run-monthly-payroll") { skills { skill { tasks(first: 2) { task { precedents(first: 2) { id workerType { id } } } } } } } }`,
  },
  {
    name: "aliases",
    path: "aliases",
    needs: "INTEGRATOR",
    document: `{ a: decomposeNeed(input: ${NEED}) { version } b: decomposeNeed(input: { text: "payroll" }) { version } }`,
  },
  { name: "node", path: "top level, nullable", needs: "VIEWER", document: `{ node(id: "nope:nothing") { id } }` },
];

const OPERATIONS: Operation[] = [
  ...Object.entries(ROLE_DECISIONS).map(([name, decision]) => ({ ...decision, name, path: "root field" })),
  ...OTHER_PATHS,
];

function expected(caller: Caller, needs: Role): Expect {
  const rank = caller === "anonymous" ? ANONYMOUS_RANK : RANK[caller];
  if (rank >= RANK[needs]) return "allow";
  return caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
}

let api: TestApi;
const clients = {} as Record<Caller, Client>;
const createdNeeds: string[] = [];
const createdKeys: string[] = [];
const TENANT = `authz-${process.pid}`;

/**
 * Everything but the audit log (which refusals are meant to add to): each node with its labels, version and properties, each
 * relationship with its ends, type and properties. Vectors are summarised by their length and sum.
 */
async function graphFingerprint(): Promise<string> {
  const rows = await api.executor.read(
    `CALL () {
       MATCH (n) WHERE NOT n:AuditEvent
       WITH n ORDER BY elementId(n)
       RETURN collect([labels(n), [k IN keys(n) | [k, CASE WHEN k = 'embedding' THEN [size(n[k]), reduce(s = 0.0, x IN n[k] | s + x)] ELSE n[k] END]]]) AS nodes
     }
     CALL () {
       MATCH (a)-[r]->(b) WHERE NOT a:AuditEvent AND NOT b:AuditEvent
       WITH a, r, b ORDER BY elementId(r)
       RETURN collect([elementId(a), type(r), elementId(b), properties(r)]) AS relationships
     }
     RETURN nodes, relationships`,
  );
  return createHash("sha256").update(JSON.stringify(rows[0])).digest("hex");
}

beforeAll(async () => {
  api = await startTestApi();
  clients.anonymous = api;
  for (const role of ["VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"] as const) {
    clients[role] = await api.as(role, TENANT);
  }
});

afterAll(async () => {
  await api.executor.write("MATCH (n:Need) WHERE n.id IN $ids DETACH DELETE n", { ids: createdNeeds });
  await api.executor.write("MATCH (k:ApiKey) WHERE k.id IN $ids DETACH DELETE k", { ids: createdKeys });
  await api.executor.write("MATCH (o:Outcome) WHERE o.id STARTS WITH 'outcome:authz-' DETACH DELETE o");
  await api.stop();
});

describe("the matrix", () => {
  it("has a row for every root field the running API serves, and no row for a field it does not", async () => {
    const result = await api.request(
      parse(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`) as TypedDocumentNode<
        { __schema: Record<"queryType" | "mutationType", { fields: { name: string }[] }> },
        never
      >,
    );
    const served = [
      ...result.data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...result.data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ];
    expect(served.sort()).toEqual(Object.keys(ROLE_DECISIONS).sort());
  });
});

describe.each(OPERATIONS)("$name ($path), needs $needs", ({ needs, document, writes, allowedAnswer }) => {
  it.each(CALLERS)("as %s", async (caller) => {
    const outcome = expected(caller, needs);
    const before = writes && outcome !== "allow" ? await graphFingerprint() : null;
    const source = typeof document === "function" ? document(caller) : document;
    const result = await clients[caller].request(parse(source) as TypedDocumentNode<Record<string, unknown>, never>);
    if (outcome === "allow") {
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (allowedAnswer) expect(codes).toEqual([allowedAnswer]);
      else expect(result.errors ?? []).toEqual([]);
      const data = result.data as Record<string, { need?: { id: string }; key?: { id: string } }> | null;
      if (data?.submitNeed?.need) createdNeeds.push(data.submitNeed.need.id);
      if (data?.createApiKey?.key) createdKeys.push(data.createApiKey.key.id);
      return;
    }
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors!.map((e) => e.extensions?.code)).toContain(outcome);
    expect(result.errors!.find((e) => e.extensions?.code === outcome)!.message).not.toMatch(/stack|MATCH|Cypher/);
    if (before) expect(await graphFingerprint()).toBe(before);
  });
});

describe("refusals", () => {
  it("leave the graph unchanged and are written to the audit log", async () => {
    const before = await graphFingerprint();
    const viewer = clients.VIEWER as Client & { keyId: string };
    const result = await viewer.request(parse(`mutation { submitNeed(input: ${NEED}) { need { id } } }`) as TypedDocumentNode<unknown, never>);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await graphFingerprint()).toBe(before);
    const events = await api.executor.read(
      "MATCH (e:AuditEvent {actorId: $actor, operation: 'Mutation.submitNeed', outcome: 'DENIED'}) RETURN count(e) AS n",
      { actor: viewer.keyId },
    );
    expect(events[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

describe("credentials", () => {
  const query = parse(`{ tasks(first: 1) { totalCount } }`) as TypedDocumentNode<unknown, never>;

  it("accepts the key as a Bearer token or in x-api-key", async () => {
    const admin = (await api.as("ADMIN")) as Client & { token: string };
    const viaHeader = await api.request(parse(`{ apiKeys { id } }`) as TypedDocumentNode<unknown, never>, undefined, {
      "x-api-key": admin.token,
    });
    expect(viaHeader.errors).toBeUndefined();
  });

  it.each([
    ["a malformed key", { authorization: "Bearer not-a-key" }],
    ["an unknown key", { authorization: `Bearer wgk_0123456789abcdef_${"A".repeat(43)}` }],
    ["a non-Bearer scheme", { authorization: "Basic dXNlcjpwYXNz" }],
    ["a malformed x-api-key", { "x-api-key": "nope nope" }],
  ])("answers 401 to %s, never falling back to anonymous", async (_label, headers) => {
    const result = await api.request(query, undefined, headers);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a revoked key at once", async () => {
    const admin = await api.as("ADMIN");
    const created = await admin.request(
      parse(`mutation { createApiKey(input: { role: VIEWER, name: "to revoke" }) { key { id } token } }`) as TypedDocumentNode<
        { createApiKey: { key: { id: string }; token: string } },
        never
      >,
    );
    const { key, token } = created.data!.createApiKey;
    createdKeys.push(key.id);
    expect((await api.request(query, undefined, { authorization: `Bearer ${token}` })).status).toBe(200);
    await admin.request(parse(`mutation { revokeApiKey(id: "${key.id}") { revokedAt } }`) as TypedDocumentNode<unknown, never>);
    const after = await api.request(query, undefined, { authorization: `Bearer ${token}` });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.message).toMatch(/revoked/);
  });

  it("stores only a hash of the key", async () => {
    const admin = (await api.as("ADMIN")) as Client & { keyId: string; token: string };
    const rows = await api.executor.read("MATCH (k:ApiKey {id: $id}) RETURN k {.*} AS key", { id: admin.keyId });
    const stored = JSON.stringify(rows[0]!.key);
    // The secret is base64url, so it may itself contain "_": take it by position, not by splitting.
    const secret = /^wgk_[0-9a-f]{16}_(.+)$/.exec(admin.token)![1]!;
    expect(stored).not.toContain(secret);
    expect(rows[0]!.key).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe("with anonymous access switched off (the production default)", () => {
  let closed: TestApi;
  beforeAll(async () => {
    closed = await startTestApi({ ANONYMOUS_ROLE: "NONE" });
  });
  afterAll(async () => {
    await closed.stop();
  });

  it("refuses even the taxonomy without a key", async () => {
    const result = await closed.request(parse(`{ tasks(first: 1) { totalCount } }`) as TypedDocumentNode<unknown, never>);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data).toBeNull();
  });
});

describe("with JWTs accepted", () => {
  const SECRET = "an-integration-secret-long-enough-0123456";
  let withJwt: TestApi;
  beforeAll(async () => {
    withJwt = await startTestApi({ JWT_SECRET: SECRET, JWT_ISSUER: "https://idp.test", JWT_AUDIENCE: "workgraph" });
  });
  afterAll(async () => {
    await withJwt.stop();
  });

  const token = (role: string) =>
    new SignJWT({ workgraph_role: role, workgraph_tenant: TENANT })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("https://idp.test")
      .setAudience("workgraph")
      .setSubject("person-1")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));

  it("maps the token's role claim onto the same checks as API keys", async () => {
    const query = parse(`{ decomposeNeed(input: ${NEED}) { version } }`) as TypedDocumentNode<unknown, never>;
    const allowed = await withJwt.request(query, undefined, { authorization: `Bearer ${await token("INTEGRATOR")}` });
    expect(allowed.errors).toBeUndefined();
    const refused = await withJwt.request(query, undefined, { authorization: `Bearer ${await token("VIEWER")}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const forged = await withJwt.request(query, undefined, { authorization: `Bearer ${(await token("ADMIN")).slice(0, -4)}AAAA` });
    expect(forged.status).toBe(401);
  });
});
