import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TasksWithDetailsDocument } from "../../schema/generated/operations.js";
import { migrate } from "../../src/graph/migrations.js";
import { startTestApi, type TestApi } from "./harness.js";

describe("the HTTP endpoint", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "production" });
  });
  afterAll(async () => {
    await api.stop();
  });

  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(api.url, { method: "POST", headers, body });

  it("reports liveness on /healthz and readiness, with a database check, on /readyz", async () => {
    for (const path of ["/healthz", "/readyz"]) {
      const response = await fetch(new URL(path, api.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    }
  });

  it("answers 404 outside /graphql", async () => {
    const response = await fetch(new URL("/elsewhere", api.url));
    expect(response.status).toBe(404);
  });

  it("answers 400, not 500, to a request target that is not a URL", async () => {
    const { request } = await import("node:http");
    const { port } = new URL(api.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "//[" }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
  });

  it("answers 401 to an empty Authorization or x-api-key header, never anonymous", async () => {
    for (const header of ["authorization", "x-api-key"]) {
      const response = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json", [header]: "" });
      expect(response.status, header).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers 413 to a body over 1 MB without reading it all", async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(1_100_000) }));
    expect(response.status).toBe(413);
  });

  it("refuses a GET without a preflight-forcing header (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("answers a GET that carries the preflight header", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("echoes a sane x-request-id and makes one up otherwise", async () => {
    const given = await post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      "x-request-id": "req-123",
    });
    expect(given.headers.get("x-request-id")).toBe("req-123");
    const made = await post(JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      "x-request-id": "<script>",
    });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses an over-deep traversal before running it", async () => {
    const deep = `{ task(id: "task:hr-run-monthly-payroll") { ${"skills { skill { tasks(first: 50) { task { ".repeat(4)}id${" } } } }".repeat(4)} } }`;
    const response = await post(JSON.stringify({ query: deep }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/depth limit of 12 exceeded/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  // Anonymous callers have no role in production: a bomb that reached authorisation would answer UNAUTHENTICATED.
  const refusedShape = async (query: string, message: RegExp) => {
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  };

  it("refuses a fan-out of fragment spreads before authorisation", async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Task { id }` : `fragment F${i} on Task { ...F${i + 1} ... on Task { ...F${i + 1} } }`,
    ).join(" ");
    await refusedShape(`query Bomb { task(id: "task:x") { ...F0 } } ${fragments}`, /recursively requests too many selections/);
  });

  it("refuses 30 aliases of a nested first: 500 traversal by its cost, before authorisation", async () => {
    const one = (i: number) => `a${i}: traits(first: 500) { edges { node { tasks(first: 500) { task { id } } } } }`;
    await refusedShape(`{ ${Array.from({ length: 30 }, (_, i) => one(i)).join(" ")} }`, /estimated cost is \d+; at most 20000/);
  });

  it("costs the same query text anew for each set of variables (the cost of one is remembered, not reused)", async () => {
    const query = "query ($n: Int!) { a: traits(first: $n) { edges { node { tasks(first: $n) { task { id } } } } } }";
    const costOf = async (n: number) => {
      const response = await post(JSON.stringify({ query, variables: { n } }));
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      return { status: response.status, error: body.errors?.[0]?.message };
    };
    for (let round = 0; round < 2; round++) {
      // Past the cost limit, it meets authorisation (this endpoint has no anonymous role).
      expect(await costOf(5)).toEqual({ status: 200, error: expect.stringMatching(/^Authentication required/) });
      expect(await costOf(500)).toEqual({ status: 400, error: expect.stringMatching(/estimated cost is \d+; at most 20000/) });
    }
  });

  it("gives no 'Did you mean' hints in production", async () => {
    const response = await post(JSON.stringify({ query: "{ taskz { id } }" }));
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/Cannot query field "taskz"/);
    expect(body.errors[0]!.message).not.toMatch(/Did you mean/);
  });

  it("gives validation errors their code and no stack trace in production", async () => {
    const result = await api.request(TasksWithDetailsDocument, { first: "ten" as unknown as number });
    expect(result.status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });
});

describe("when Neo4j is down", () => {
  let api: TestApi;
  beforeAll(async () => {
    // Nothing listens on port 9 (discard) on loopback.
    api = await startTestApi({ NEO4J_URI: "bolt://127.0.0.1:9", NODE_ENV: "production" });
  });
  afterAll(async () => {
    await api.stop();
  });

  it("answers UNAVAILABLE, not a crash, with no driver detail, with 503 like a keyed request", async () => {
    const result = await api.request(TasksWithDetailsDocument, { first: 5 });
    expect(result.status).toBe(503);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      {
        message: "The graph database is unavailable; try again shortly",
        locations: [{ line: 2, column: 3 }],
        path: ["tasks"],
        extensions: { code: "UNAVAILABLE" },
      },
    ]);
  });

  it("reports not ready, yet alive", async () => {
    expect((await fetch(new URL("/readyz", api.url))).status).toBe(503);
    expect((await fetch(new URL("/healthz", api.url))).status).toBe(200);
  });

  it("answers a keyed request 503 UNAVAILABLE too, within 2 s", async () => {
    const started = performance.now();
    const result = await api.request(TasksWithDetailsDocument, { first: 5 }, { authorization: `Bearer wgk_0123456789abcdef_${"a".repeat(43)}` });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAVAILABLE");
  });
});

describe("migrations", () => {
  it("are idempotent: a second run applies nothing", async () => {
    const api = await startTestApi();
    try {
      const report = await migrate(api.executor);
      expect(report.applied).toEqual([]);
      const rows = await api.executor.read("MATCH (m:Migration) RETURN m.version AS v ORDER BY v");
      expect(rows.map((r) => r.v)).toEqual(Array.from({ length: report.current }, (_, i) => i + 1));
    } finally {
      await api.stop();
    }
  });
});
