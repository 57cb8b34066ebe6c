import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.js";

describe("the explorer over HTTP", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "production" });
  });
  afterAll(() => api.stop());

  const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

  it("serves GraphiQL to a browser that opens /graphql, under a policy that forbids other hosts", async () => {
    const response = await fetch(api.url, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/connect-src 'self'/);
    const page = await response.text();
    expect(page).toMatch(/<title>Workgraph explorer<\/title>/);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it("serves every asset the page names, from the installed packages", async () => {
    const page = await (await fetch(api.url, { headers: html })).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/graphql\/explorer\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(["/graphql/explorer/graphiql.js", "/graphql/explorer/react.js", "/graphql/explorer/graphiql.css"]));
    for (const asset of assets) {
      const response = await fetch(new URL(asset, api.url));
      expect(response.status, asset).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/(javascript|css)/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("answers 404 for an asset it does not have, and never serves files by path", async () => {
    for (const path of ["/graphql/explorer/nothing.js", "/graphql/explorer/..%2F..%2Fpackage.json", "/graphql/explorer/constructor"]) {
      expect((await fetch(new URL(path, api.url))).status, path).toBe(404);
    }
  });

  it("keeps CSRF prevention for GETs that are not a browser opening the page", async () => {
    expect((await fetch(api.url)).status).toBe(400);
    const withQuery = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: html });
    expect(withQuery.status).toBe(400);
    expect(await withQuery.text()).toMatch(/CSRF/);
  });
});
