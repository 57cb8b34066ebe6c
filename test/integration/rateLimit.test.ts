import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { startTestApi, type TestApi } from "./harness.js";

/**
 * Floods are cut off: past the per-address or per-key rate the API answers 429 with Retry-After,
 * before it reads the body or looks the key up. Off in tests unless a test turns it on, as here.
 */
const QUERY = JSON.stringify({ query: "{ tasks(first: 1) { totalCount } }" });

let api: TestApi;
beforeAll(async () => {
  // A burst allowance of 5 s worth: 2/s per key lets 2 + 10 through in a second, 1000/s per address lets all.
  api = await startTestApi({ RATE_LIMIT_PER_ADDRESS: "1000", RATE_LIMIT_PER_KEY: "2" });
});
afterAll(async () => {
  await api.stop();
});

const send = (headers: Record<string, string> = {}) =>
  fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: QUERY });

describe("rate limits", () => {
  it("answers 429 with Retry-After once a key has spent its rate and burst, and other callers go on", async () => {
    const viewer = await api.as("VIEWER");
    // Sent at once, so the steady rate has no time to refill: the count, not the timing, is tested.
    const responses = await Promise.all(Array.from({ length: 30 }, () => send({ authorization: `Bearer ${viewer.token}` })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(12);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused).toBeDefined();
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    // The address limit is far off: an anonymous caller from the same address is still served.
    expect((await send()).status).toBe(200);
  });

  it("limits a client address before any key is looked up", async () => {
    const strict = await startTestApi({ RATE_LIMIT_PER_ADDRESS: "1", RATE_LIMIT_PER_KEY: "0" });
    try {
      const headers = { "content-type": "application/json", authorization: "Bearer not-a-key" };
      const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(strict.url, { method: "POST", headers, body: QUERY })));
      const statuses = responses.map((r) => r.status);
      // 1 + a 5-request burst are looked at (401: the key is bad), the rest refused unread.
      expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(6);
      expect(statuses).toContain(429);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    } finally {
      await strict.stop();
    }
  });

  it("is off by default under NODE_ENV=test, on by default elsewhere", () => {
    expect(loadConfig({ NODE_ENV: "test" }).rateLimit).toEqual({ perAddress: 0, perKey: 0 });
    expect(loadConfig({ NODE_ENV: "production" }).rateLimit).toEqual({ perAddress: 50, perKey: 20 });
  });
});
