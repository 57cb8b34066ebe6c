import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SubmitNeedDocument } from "../../schema/generated/operations.js";
import { type Browser, launchChromium } from "../browser/chromium.js";
import { startTestApi, type TestApi } from "./harness.js";

/** Runs only where Chromium is installed (test/vitest.config.ts leaves this file out otherwise; .ci/run installs it). */
const SHOTS = "test-results/browser";

/** A page of a browser app on an origin of its own, as a front end's dev server would serve it. */
async function appServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end('<!doctype html><html><head><title>app</title><link rel="icon" href="data:,"></head><body style="margin:0"><img id="picture" alt="recommendation"></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

describe("in a real browser (headless Chromium)", () => {
  let api: TestApi;
  let browser: Browser;
  let allowed: { server: Server; origin: string };
  let other: { server: Server; origin: string };
  let integratorKey: string;
  let needId: string;
  const external: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    allowed = await appServer();
    other = await appServer();
    api = await startTestApi({ NODE_ENV: "production", CORS_ORIGINS: allowed.origin, ANONYMOUS_ROLE: "VIEWER", INTROSPECTION: "true" });
    const integrator = await api.as("INTEGRATOR");
    integratorKey = integrator.token;
    const submitted = await integrator.request(SubmitNeedDocument, {
      input: { text: "I need a full-time analyst to pull the weekly sales numbers from three systems and send the board pack", requestedWorkerTypeId: "wt:employee" },
    });
    needId = submitted.data!.submitNeed.need.id;
    browser = await launchChromium();
    // Every request any page makes passes here: the API and the two app origins are the only hosts allowed.
    const local = [new URL(api.url).origin, allowed.origin, other.origin];
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:") || local.some((origin) => url.startsWith(origin))) return route.continue();
      external.push(url);
      return route.abort();
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.executor.write("MATCH (n:Need {id: $needId}) DETACH DELETE n", { needId });
    await api?.stop();
    allowed?.server.close();
    other?.server.close();
  });

  const newPage = async (): Promise<Page> => browser.context.newPage();

  it("opens the explorer with no external request, runs a query and shows the result", async () => {
    const page = await newPage();
    const loaded: string[] = [];
    page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(api.url);
    await page.waitForSelector(".graphiql-execute-button", { timeout: 20_000 });
    const tabs = (await page.locator(".graphiql-tab").allTextContents()).join(" | ");
    for (const example of ["FirstTasks", "TasksWithDetails", "RecommendChannels", "RecommendationPicture"]) expect(tabs).toContain(example);
    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await result.getByText('"totalCount"').waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toMatch(/"skills"/);
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.getByText("Root Types").waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/explorer.png` });
    expect(loaded).toEqual(expect.arrayContaining(["/graphql/explorer/graphiql.js", "/graphql/explorer/react.js"]));
    expect(external).toEqual([]);
    await page.close();
  });

  it("draws the picture of a recommendation on an app's page, fetched with its key", async () => {
    const page = await newPage();
    await page.goto(allowed.origin);
    const size = await page.evaluate(
      async ({ base, key, need }) => {
        const response = await fetch(`${base}/needs/${encodeURIComponent(need)}/recommendation.svg`, { headers: { authorization: `Bearer ${key}` } });
        // Runs in the page; the test's TypeScript has no DOM types, so the element is described here.
        type Img = { src: string; decode(): Promise<void>; naturalWidth: number; naturalHeight: number };
        const img = (globalThis as unknown as { document: { getElementById(id: string): Img } }).document.getElementById("picture");
        img.src = URL.createObjectURL(await response.blob());
        await img.decode();
        return { status: response.status, width: img.naturalWidth, height: img.naturalHeight };
      },
      { base: new URL(api.url).origin, key: integratorKey, need: needId },
    );
    expect(size.status).toBe(200);
    expect(size.width).toBe(1200);
    expect(size.height).toBeGreaterThan(400);
    await page.setViewportSize({ width: 1200, height: size.height });
    await page.screenshot({ path: `${SHOTS}/recommendation.png` });
    expect(external).toEqual([]);
    await page.close();
  });

  it("lets an allowed origin read the API, and withholds the answer from any other", async () => {
    const call = (page: Page) =>
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
          return { ok: true, body: await response.text() };
        } catch (error) {
          return { ok: false, body: String(error) };
        }
      }, api.url);
    const fromAllowed = await newPage();
    await fromAllowed.goto(allowed.origin);
    expect(await call(fromAllowed)).toEqual({ ok: true, body: '{"data":{"__typename":"Query"}}\n' });
    const fromOther = await newPage();
    await fromOther.goto(other.origin);
    expect(await call(fromOther)).toEqual({ ok: false, body: "TypeError: Failed to fetch" });
    await fromAllowed.close();
    await fromOther.close();
  });
});
