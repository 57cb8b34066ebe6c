/**
 * The public judgement suite on the seed graph: at least 90% of its needs must get an acceptable top
 * route, the right challenge and the rules that must fire. Failing cases are listed with the reason.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RecommendChannelsDocument } from "../../schema/generated/operations.js";
import { createServices, serviceSettings } from "../../src/services/index.js";
import { judge, loadScenarios, PASS_RATE_TARGET, type Verdict } from "../scenarios/judgement.js";
import { integratorSession, TEST_INTEGRATOR } from "./harness.js";

const session = integratorSession();

describe("judgement: the recommended route follows the work", () => {
  it(`gets at least ${PASS_RATE_TARGET * 100}% of the public scenarios right`, { timeout: 120_000 }, async () => {
    const { api } = session;
    const verdicts: Verdict[] = [];
    for (const scenario of loadScenarios()) {
      const services = createServices(api.executor, serviceSettings(api.config, api.embedder), { principal: TEST_INTEGRATOR, requestId: randomUUID() });
      const { recommendation } = await services.recommend.recommend({ need: scenario.need, limit: 20 });
      verdicts.push(judge(scenario, recommendation));
    }
    const failing = verdicts.filter((v) => !v.pass).map((v) => `${v.id}: ${v.problems.join("; ")}`);
    const rate = (verdicts.length - failing.length) / verdicts.length;
    expect(rate, `pass rate ${(rate * 100).toFixed(0)}%; failing:\n${failing.join("\n")}`).toBeGreaterThanOrEqual(PASS_RATE_TARGET);
  });
});

describe("judgement: bad input", () => {
  const recommend = (need: Record<string, unknown>) => session.client.request(RecommendChannelsDocument, { input: { need: need as never } });

  it("warns, naming both, when the need is ongoing and lasts two weeks", async () => {
    const result = await recommend({ text: "Staff the reception desk in our Leeds office", ongoing: true, durationWeeks: 2 });
    expect(result.errors).toBeUndefined();
    const messages = result.data!.recommendChannels.warnings.filter((w) => w.code === "CONTRADICTORY_FACTS").map((w) => w.message);
    expect(messages.some((m) => m.includes("ongoing") && m.includes("durationWeeks = 2"))).toBe(true);
    expect(result.data!.recommendChannels.options.length).toBeGreaterThan(0);
  });

  it("warns, naming both, when remote work is not allowed and an offshore route is requested", async () => {
    const result = await recommend({ text: "Key supplier bills into the ledger", remoteAllowed: false, requestedWorkerTypeId: "wt:offshore-team" });
    expect(result.errors).toBeUndefined();
    const messages = result.data!.recommendChannels.warnings.filter((w) => w.code === "CONTRADICTORY_FACTS").map((w) => w.message);
    expect(messages.some((m) => m.includes("remoteAllowed = false") && m.includes("wt:offshore-team"))).toBe(true);
  });

  it("refuses an unknown requested worker type with BAD_USER_INPUT naming the field", async () => {
    const result = await recommend({ text: "Key supplier bills into the ledger", requestedWorkerTypeId: "wt:no-such-type" });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0]!.message).toContain("input.need.requestedWorkerTypeId");
    expect(result.errors![0]!.message).toContain("wt:no-such-type");
  });
});
