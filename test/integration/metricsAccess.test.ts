import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.js";

/** /metrics behind METRICS_TOKEN, and off in production without one (see src/http/metricsAccess.ts). */
const TOKEN = "scrape-token-0f3c9a7d21e4b6";
const scrape = (api: TestApi, headers: Record<string, string> = {}) => fetch(new URL("/metrics", api.url), { headers });

describe("/metrics with METRICS_TOKEN set", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN: TOKEN, NODE_ENV: "production" });
  });
  afterAll(async () => {
    await api.stop();
  });

  it("serves the metrics to a scraper with the bearer token (the scheme in any case)", async () => {
    for (const scheme of ["Bearer", "bearer"]) {
      const response = await scrape(api, { authorization: `${scheme} ${TOKEN}` });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await response.text()).toMatch(/^# TYPE workgraph_graphql_requests_total counter$/m);
    }
  });

  it.each([
    ["no header", {}],
    ["a wrong token", { authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ["the token with a byte more", { authorization: `Bearer ${TOKEN}x` }],
    ["a prefix of the token", { authorization: `Bearer ${TOKEN.slice(0, 8)}` }],
    ["the token in another scheme", { authorization: `Basic ${TOKEN}` }],
    ["the token as an API key", { "x-api-key": TOKEN }],
  ])("answers 401 with a Bearer challenge and no metrics to %s", async (_, headers) => {
    const response = await scrape(api, headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await response.text()).not.toMatch(/workgraph_/);
  });
});

describe("/metrics without METRICS_TOKEN", () => {
  let production: TestApi;
  let test: TestApi;
  beforeAll(async () => {
    production = await startTestApi({ NODE_ENV: "production" });
    test = await startTestApi();
  });
  afterAll(async () => {
    await production.stop();
    await test.stop();
  });

  it("is off in production: 404, no metrics, whatever the credentials", async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }] as Array<Record<string, string>>) {
      const response = await scrape(production, headers);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/workgraph_/);
    }
    // The rest of the API is unaffected.
    expect((await fetch(new URL("/healthz", production.url))).status).toBe(200);
  });

  it("is open outside production, for a developer's scraper", async () => {
    const response = await scrape(test);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^# TYPE workgraph_graphql_requests_total counter$/m);
  });
});
