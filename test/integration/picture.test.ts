import { describe, expect, it } from "vitest";
import { RecommendationPictureDocument, SubmitNeedDocument } from "../../schema/generated/operations.js";
import { integratorSession } from "./harness.js";

const session = integratorSession();

async function submittedNeed(): Promise<string> {
  const need = { text: "Pull the weekly sales numbers from three systems and send the board pack", requestedWorkerTypeId: "wt:employee" };
  const submitted = await session.client.request(SubmitNeedDocument, { input: need });
  const needId = submitted.data!.submitNeed.need.id;
  session.created.push(needId);
  return needId;
}

const pictureUrl = (needId: string) => new URL(`/needs/${encodeURIComponent(needId)}/recommendation.svg`, session.api.url);

describe("the picture of a recommendation", () => {
  it("is a field of the recommendation, and the same picture is served for the stored need", async () => {
    const needId = await submittedNeed();
    const result = await session.client.request(RecommendationPictureDocument, { input: { needId } });
    expect(result.errors).toBeUndefined();
    const svg = result.data!.recommendChannels.svg;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
    expect(svg).toMatch(/<title id="wg-title">Recommendation for: Pull the weekly sales numbers/);
    expect(svg).toContain("Challenge to the request");

    const { token } = await session.api.as("INTEGRATOR");
    const response = await fetch(pictureUrl(needId), { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(await response.text()).toBe(svg);
  });

  it("keeps another tenant's need out of sight, as recommendChannels does", async () => {
    const needId = await submittedNeed();
    const other = await session.api.as("INTEGRATOR", "other-tenant");
    const response = await fetch(pictureUrl(needId), { headers: { authorization: `Bearer ${other.token}` } });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe("NOT_FOUND");
  });

  it("refuses callers without the integrator role with the status their code calls for", async () => {
    const needId = await submittedNeed();
    const viewer = await session.api.as("VIEWER");
    expect((await fetch(pictureUrl(needId), { headers: { authorization: `Bearer ${viewer.token}` } })).status).toBe(403);
    expect((await fetch(pictureUrl(needId))).status).toBe(401);
    expect((await fetch(pictureUrl(needId), { headers: { authorization: "Bearer wgk_nothing_here" } })).status).toBe(401);
  });

  it("answers 404 for a need that does not exist, and for paths that only look like the route", async () => {
    const { token } = await session.api.as("INTEGRATOR");
    const headers = { authorization: `Bearer ${token}` };
    expect((await fetch(pictureUrl("need:00000000-0000-0000-0000-000000000000"), { headers })).status).toBe(404);
    expect((await fetch(new URL("/needs/a/b/recommendation.svg", session.api.url), { headers })).status).toBe(404);
    expect((await fetch(new URL("/needs/%E0%A4%A/recommendation.svg", session.api.url), { headers })).status).toBe(404);
  });

  it("answers GET and HEAD only", async () => {
    const { token } = await session.api.as("INTEGRATOR");
    const headers = { authorization: `Bearer ${token}` };
    const needId = await submittedNeed();
    const head = await fetch(pictureUrl(needId), { method: "HEAD", headers });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    for (const method of ["POST", "PUT", "DELETE"]) {
      const refused = await fetch(pictureUrl(needId), { method, headers });
      expect(refused.status).toBe(405);
      expect(refused.headers.get("allow")).toBe("GET, HEAD");
    }
  });
});
