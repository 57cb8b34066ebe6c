import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.js";

const APP = "https://app.example.com";

function preflight(api: TestApi, origin: string): Promise<Response> {
  return fetch(api.url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
  });
}

function post(api: TestApi, origin: string): Promise<Response> {
  return fetch(api.url, { method: "POST", headers: { origin, "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
}

describe("CORS in production", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "production", ANONYMOUS_ROLE: "VIEWER", CORS_ORIGINS: `${APP}, https://admin.example.com` });
  });
  afterAll(() => api.stop());

  it("answers the preflight of a configured origin with what the browser needs", async () => {
    const response = await preflight(api, APP);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toBe("Origin");
  });

  it("lets the configured origin read the answer, and exposes the request id", async () => {
    const response = await post(api, APP);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses the preflight of any other origin, local dev servers included", async () => {
    for (const origin of ["https://evil.example.com", "http://localhost:5173", "https://app.example.com.evil.com"]) {
      const response = await preflight(api, origin);
      expect(response.status).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-methods")).toBeNull();
    }
  });

  it("gives no CORS headers to another origin's request, so its page cannot read the answer", async () => {
    const response = await post(api, "https://evil.example.com");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps CSRF prevention on for an allowed origin: a simple GET is refused", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { origin: APP } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("keeps introspection off in production", async () => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect(body.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("CORS in development", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "development" });
  });
  afterAll(() => api.stop());

  it("allows dev servers on this machine without configuration", async () => {
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:3000"]) {
      const response = await preflight(api, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    }
  });

  it("refuses other origins, and localhost look-alikes", async () => {
    for (const origin of ["https://evil.example.com", "http://localhost.evil.com:5173", "https://localhost:5173"]) {
      expect((await preflight(api, origin)).status).toBe(403);
    }
  });
});
