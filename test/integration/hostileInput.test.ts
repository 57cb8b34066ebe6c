import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decide, recommendFor, removeTenantData, submitNeed } from "./decisionHelpers.js";
import { graphFingerprint } from "./graphFingerprint.js";
import { startTestApi, type TestApi } from "./harness.js";
import { BAD_CREDENTIALS, type Caller, OPERATIONS, PAYLOADS } from "./hostilePayloads.js";

/**
 * Hostile input over HTTP against the API in production mode: every payload of the tables through
 * every operation, plus transport and credential abuse. No answer may be a 5xx or an
 * INTERNAL_SERVER_ERROR, none may show a stack, Cypher, driver text or a file path, and the graph
 * (every node and relationship with its properties, the audit log aside) must be as it was.
 */
const TENANT = `hostile-${process.pid}`;
const OTHER = `hostile-other-${process.pid}`;
const CONCURRENCY = 4;

/** What must never reach a client; payloads are cut out of the body first, since errors may quote them. */
const LEAKS = [
  /\n\s+at [\w.<>]+ \(/, /\.(ts|js):\d+/, /node_modules/, /\/work\//, /Neo4jError/, /Neo\.(Client|Database|Transient)Error/,
  /\bMATCH \(/, /\bRETURN \w/, /db\.index\./, /bolt:\/\//, /"stacktrace"/, /"exception"/,
];

type Request = Readonly<{ label: string; method?: string; path?: string; headers?: Record<string, string>; body?: string; echoes: string[] }>;
type Answer = Readonly<{ label: string; status: number; body: string; echoes: string[] }>;

let api: TestApi;
const tokens = {} as Record<Caller, string | null>;
let crossTenant: string[] = [];

beforeAll(async () => {
  // Rate limits off: the suite is one client by design; the limits have their own test.
  api = await startTestApi({ NODE_ENV: "production", RATE_LIMIT_PER_ADDRESS: "0", RATE_LIMIT_PER_KEY: "0" });
  tokens.anonymous = null;
  for (const role of ["VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"] as const) tokens[role] = (await api.as(role, role === "INTEGRATOR" || role === "ADMIN" ? TENANT : null)).token;
  // Another tenant's need, decision and key: ids the hostile callers may know but must not reach.
  const other = await api.as("INTEGRATOR", OTHER);
  const needId = await submitNeed(other);
  const top = (await recommendFor(other, needId)).options[0]!;
  const decision = await decide(other, { needId, workerTypeId: top.workerType.id, channelId: top.channel.id });
  crossTenant = [needId, decision.id, other.keyId];
}, 180_000);

afterAll(async () => {
  await removeTenantData(api, [TENANT, OTHER]);
  await api.stop();
});

async function send(request: Request): Promise<Answer> {
  const response = await fetch(new URL(request.path ?? "/graphql", api.url), {
    method: request.method ?? "POST",
    headers: { "content-type": "application/json", ...request.headers },
    body: request.body,
  });
  return { label: request.label, status: response.status, body: await response.text(), echoes: request.echoes };
}

async function sendAll(requests: readonly Request[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) answers.push(await send(requests[next++]!));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return answers;
}

/** The answers that break the rules, with why: empty when all held. */
function violations(answers: readonly Answer[]): string[] {
  return answers.flatMap((answer) => {
    let body = answer.body;
    for (const echo of answer.echoes.filter((e) => e.length > 2)) {
      body = body.split(echo).join("").split(JSON.stringify(echo).slice(1, -1)).join("");
    }
    const found: string[] = [];
    if (answer.status >= 500) found.push(`status ${answer.status}`);
    if (body.includes("INTERNAL_SERVER_ERROR")) found.push("INTERNAL_SERVER_ERROR");
    for (const leak of LEAKS) if (leak.test(body)) found.push(`leaks ${leak}`);
    return found.length ? [`${answer.label}: ${found.join(", ")}: ${answer.body.slice(0, 300)}`] : [];
  });
}

const graphql = (label: string, as: Caller, query: string, variables: Record<string, unknown>, echoes: string[]): Request => ({
  label,
  headers: tokens[as] ? { authorization: `Bearer ${tokens[as]}` } : {},
  body: JSON.stringify({ query, variables }),
  echoes,
});

/** Transport and shape abuse, each one raw request. */
function transportRequests(): Request[] {
  const viewer = { authorization: `Bearer ${tokens.VIEWER}` };
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "task:x${i}") { id }`).join(" ")} }`;
  const raw = (label: string, body: string, extra: Partial<Request> = {}): Request => ({ label, body, headers: viewer, echoes: [], ...extra });
  return [
    raw("GET mutation", "", { method: "GET", path: `/graphql?query=${encodeURIComponent('mutation { revokeApiKey(id: "x") { id } }')}`, body: undefined }),
    raw("text/plain body", '{"query":"{ rules { id } }"}', { headers: { ...viewer, "content-type": "text/plain" } }),
    raw("application/graphql", "{ rules { id } }", { headers: { ...viewer, "content-type": "application/graphql" } }),
    raw("invalid JSON", '{"query": "{ rules { id } }"'),
    raw("empty body", ""),
    raw("JSON null", "null"),
    raw("JSON array batch", JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ rules { id } }" })))),
    raw("query as number", JSON.stringify({ query: 123 })),
    raw("variables as string", JSON.stringify({ query: "query ($p: ID!) { node(id: $p) { id } }", variables: "p" })),
    raw("variables wrong type", JSON.stringify({ query: "query ($p: Int!) { releases(first: $p) { number } }", variables: { p: "1e309" } })),
    raw("huge first", JSON.stringify({ query: "{ tasks(first: 2147483647) { totalCount } }" })),
    raw("negative first", JSON.stringify({ query: "{ tasks(first: -1) { totalCount } }" })),
    raw("unknown operationName", JSON.stringify({ query: "query A { rules { id } }", operationName: "B" })),
    raw("two anonymous operations", JSON.stringify({ query: "{ rules { id } } { rules { id } }" })),
    raw("syntax error", JSON.stringify({ query: "{ tasks(" })),
    raw("unknown field", JSON.stringify({ query: "{ secrets { password } }" })),
    raw("deep nesting", JSON.stringify({ query: `${"{ a ".repeat(500)}${"}".repeat(500)}` })),
    raw("alias bomb", JSON.stringify({ query: aliases(300) })),
    raw("fragment cycle", JSON.stringify({ query: "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }" })),
    raw("directive flood", JSON.stringify({ query: `{ rules ${"@include(if: true) ".repeat(300)} { id } }` })),
    raw("introspection", JSON.stringify({ query: "{ __schema { types { name } } }" })),
    raw("body over 1 MB", JSON.stringify({ query: "{ rules { id } }", padding: "x".repeat(1_100_000) })),
    raw("PUT", JSON.stringify({ query: "{ rules { id } }" }), { method: "PUT" }),
    raw("DELETE", "", { method: "DELETE", body: undefined }),
    raw("unknown path", "{}", { path: "/admin" }),
    raw("path traversal", "{}", { path: "/graphql/../../etc/passwd" }),
    raw("hostile request id", JSON.stringify({ query: "{ rules { id } }" }), { headers: { ...viewer, "x-request-id": "a\"}) MATCH (n) DETACH DELETE n //" } }),
    ...BAD_CREDENTIALS.map((headers, i) => raw(`bad credentials ${i}`, JSON.stringify({ query: "{ rules { id } }" }), { headers, echoes: Object.values(headers) })),
  ];
}

describe("hostile input", () => {
  it("gets no 5xx, no internal detail and no change to the graph", async () => {
    const before = await graphFingerprint(api.executor);
    const started = new Date().toISOString();
    const payloads = [...PAYLOADS, ...crossTenant];
    const requests = [
      ...OPERATIONS.flatMap((op) => payloads.map((p) => graphql(`${op.name} <- ${JSON.stringify(p).slice(0, 40)}`, op.as, op.query, op.variables(p), [p]))),
      ...transportRequests(),
    ];
    expect(requests.length).toBeGreaterThanOrEqual(500);
    const answers = await sendAll(requests);
    expect(answers).toHaveLength(requests.length);
    expect(violations(answers)).toEqual([]);
    // Every operation of the table is valid GraphQL: the payloads reach the resolvers, not just the validator.
    expect(answers.filter((a) => a.label.includes(" <- ") && a.body.includes("GRAPHQL_VALIDATION_FAILED")).map((a) => a.label)).toEqual([]);
    // Another tenant's ids, wherever an id is looked up, read as absent: never its data, never a change.
    const byId = new Set(["node", "task", "decision", "need", "recommend needId", "recordDecision", "recordDecision route", "recordOutcome", "revokeApiKey"]);
    const crossAnswers = answers.filter((a) => crossTenant.some((id) => a.echoes.includes(id)) && byId.has(a.label.split(" <- ")[0]!));
    expect(crossAnswers).toHaveLength(crossTenant.length * byId.size);
    for (const answer of crossAnswers) expect(answer.body, answer.label).toMatch(/"code":"NOT_FOUND"|"node":null/);
    expect(await graphFingerprint(api.executor)).toEqual(before);
    // Refusals are logged; nothing a hostile request asked for was done.
    const done = await api.executor.read("MATCH (e:AuditEvent) WHERE e.at >= datetime($started) AND e.outcome = 'OK' RETURN count(e) AS n", { started });
    expect(done[0]!.n).toBe(0);
  }, 600_000);
});
