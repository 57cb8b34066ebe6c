/**
 * The public judgement suite on the seed graph: at least 90% of its needs must get an acceptable top
 * route, the right challenge and the rules that must fire. Failing cases are listed with the reason.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
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
