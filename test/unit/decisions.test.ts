import { describe, expect, it } from "vitest";
import { decisionFilterSchema, type StatsGroup } from "../../src/domain/decision.js";
import { parseInput } from "../../src/domain/input.js";
import { parseNeedInput } from "../../src/domain/need.js";
import { BadInputError } from "../../src/errors.js";
import { toBatches } from "../../src/seed/seedDatabase.js";
import type { SeedData } from "../../src/seed/seedLoader.js";
import { adviceFor, type AdviceSource, type RankedOption, requireRationale } from "../../src/services/decisions/advice.js";
import { DECISION_LIMITS, recordDecisionSchema, recordOutcomeSchema } from "../../src/services/decisions/decisionInput.js";
import { businessFunctionOf, precedentProps } from "../../src/services/decisions/precedent.js";
import { decisionStats } from "../../src/services/decisions/stats.js";

const option = (workerType: string, channel: string, score: number, risks: RankedOption["risks"] = []): RankedOption => ({
  workerType: { id: workerType },
  channel: { id: channel },
  score,
  risks,
});

const SOURCE: AdviceSource = {
  options: [
    option("wt:automation", "ch:automation-centre", 0.62),
    option("wt:ai-agent", "ch:ai-agent-platform", 0.44, [{ ruleId: "rule:b", version: 2 }]),
    option("wt:ai-agent", "ch:automation-centre", 0.41),
  ],
  excluded: [option("wt:offshore-team", "ch:offshore-centre", 0.3, [{ ruleId: "rule:a", version: 1 }, { ruleId: "rule:b", version: 2 }])],
  rulesEvaluated: 7,
};

/** The BadInputError `run` throws, for asserting its field. */
function badInput(run: () => unknown): BadInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error("expected a BadInputError");
}

describe("adviceFor: what was advised beside what was decided", () => {
  it("a decision for the top option follows the advice", () => {
    const advice = adviceFor(SOURCE, { workerTypeId: "wt:automation", channelId: "ch:automation-centre" });
    expect(advice).toMatchObject({
      top: { workerTypeId: "wt:automation", channelId: "ch:automation-centre", score: 0.62 },
      decidedRank: 1,
      decidedScore: 0.62,
      decidedExcluded: false,
      override: false,
      rulesEvaluated: 7,
    });
  });

  it("the same worker type through another channel is an override: the route is the advice", () => {
    const advice = adviceFor(SOURCE, { workerTypeId: "wt:ai-agent", channelId: "ch:automation-centre" });
    expect(advice).toMatchObject({ override: true, decidedRank: 3, decidedScore: 0.41 });
  });

  it("an option a rule excluded has no rank, keeps its score and is an override", () => {
    const advice = adviceFor(SOURCE, { workerTypeId: "wt:offshore-team", channelId: "ch:offshore-centre" });
    expect(advice).toMatchObject({ override: true, decidedRank: null, decidedScore: 0.3, decidedExcluded: true });
  });

  it("a route the recommendation did not show has neither rank nor score", () => {
    const advice = adviceFor(SOURCE, { workerTypeId: "wt:employee", channelId: "ch:direct-hire" });
    expect(advice).toMatchObject({ override: true, decidedRank: null, decidedScore: null, decidedExcluded: false });
  });

  it("with every option excluded there is no advice to follow, so any decision is an override", () => {
    const advice = adviceFor({ ...SOURCE, options: [] }, { workerTypeId: "wt:offshore-team", channelId: "ch:offshore-centre" });
    expect(advice.top).toBeNull();
    expect(advice.override).toBe(true);
  });

  it("keeps a compact snapshot: ranked options best first, then excluded ones, and the rules that fired once each", () => {
    const advice = adviceFor(SOURCE, { workerTypeId: "wt:automation", channelId: "ch:automation-centre" });
    expect(advice.options).toEqual([
      { rank: 1, workerTypeId: "wt:automation", channelId: "ch:automation-centre", score: 0.62, excluded: false },
      { rank: 2, workerTypeId: "wt:ai-agent", channelId: "ch:ai-agent-platform", score: 0.44, excluded: false },
      { rank: 3, workerTypeId: "wt:ai-agent", channelId: "ch:automation-centre", score: 0.41, excluded: false },
      { rank: null, workerTypeId: "wt:offshore-team", channelId: "ch:offshore-centre", score: 0.3, excluded: true },
    ]);
    expect(advice.firedRules).toEqual(["rule:a@1", "rule:b@2"]);
  });
});

describe("requireRationale", () => {
  const min = DECISION_LIMITS.rationaleMin;

  it("asks nothing of a decision that follows the advice", () => {
    expect(() => requireRationale(false, null)).not.toThrow();
  });

  it.each([
    ["none", null],
    [`${min - 1} characters`, "x".repeat(min - 1)],
  ])("refuses an override with %s, naming input.rationale", (_label, rationale) => {
    expect(badInput(() => requireRationale(true, rationale)).details).toEqual({ field: "input.rationale" });
  });

  it(`accepts an override with ${min} characters`, () => {
    expect(() => requireRationale(true, "x".repeat(min))).not.toThrow();
  });
});

describe("decision input", () => {
  const decision = { needId: "need:1", workerTypeId: "wt:employee", channelId: "ch:direct-hire" };

  it("reads a blank rationale and a missing idempotency key as none", () => {
    expect(parseInput(recordDecisionSchema, { ...decision, rationale: "   " })).toEqual({ ...decision, rationale: null, idempotencyKey: null });
  });

  it.each([
    ["an empty id", { ...decision, needId: " " }, "input.needId"],
    ["a missing channel", { needId: "need:1", workerTypeId: "wt:employee" }, "input.channelId"],
    ["a rationale too long", { ...decision, rationale: "x".repeat(DECISION_LIMITS.rationaleMax + 1) }, "input.rationale"],
    ["an empty idempotency key", { ...decision, idempotencyKey: "" }, "input.idempotencyKey"],
  ])("refuses %s, naming the field", (_label, raw, field) => {
    expect(badInput(() => parseInput(recordDecisionSchema, raw)).details).toEqual({ field });
  });

  const outcome = { decisionId: "decision:1", rating: 4, costVariancePct: 12.5, daysToStart: 10, needChanged: false };

  it("defaults issues and notes", () => {
    expect(parseInput(recordOutcomeSchema, outcome)).toEqual({ ...outcome, issues: [], notes: "", idempotencyKey: null });
  });

  it.each([
    ["rating", 1, true],
    ["rating", 5, true],
    ["rating", 0, false],
    ["rating", 6, false],
    ["rating", 3.5, false],
    ["costVariancePct", -100, true],
    ["costVariancePct", -100.5, false],
    ["costVariancePct", 1000, true],
    ["costVariancePct", 1000.5, false],
    ["daysToStart", 730, true],
    ["daysToStart", 731, false],
    ["daysToStart", -1, false],
  ])("%s = %s is accepted: %s", (field, value, ok) => {
    const run = () => parseInput(recordOutcomeSchema, { ...outcome, [field]: value });
    if (ok) expect(run()).toMatchObject({ [field]: value });
    else expect(badInput(run).details).toEqual({ field: `input.${field}` });
  });

  it(`accepts ${DECISION_LIMITS.issues} issues and refuses one more`, () => {
    const issues = (n: number) => Array.from({ length: n }, (_, i) => `issue ${i}`);
    expect(parseInput(recordOutcomeSchema, { ...outcome, issues: issues(DECISION_LIMITS.issues) }).issues).toHaveLength(DECISION_LIMITS.issues);
    expect(badInput(() => parseInput(recordOutcomeSchema, { ...outcome, issues: issues(DECISION_LIMITS.issues + 1) })).details).toEqual({
      field: "input.issues",
    });
  });

  it("names filter fields under filter", () => {
    expect(parseInput(decisionFilterSchema, {}, "filter")).toEqual({ needId: null, override: null, hasOutcome: null });
    expect(badInput(() => parseInput(decisionFilterSchema, { needId: "" }, "filter")).details).toEqual({ field: "filter.needId" });
  });
});

describe("decisionStats: the arithmetic of misallocation", () => {
  const group = (override: boolean, decisions: number, ratings: number[], variances: number[]): StatsGroup => ({
    override,
    decisions,
    withOutcome: ratings.length,
    ratingSum: ratings.reduce((a, b) => a + b, 0),
    costVarianceSum: variances.reduce((a, b) => a + b, 0),
  });

  it("with no decisions: zeros, and null where a mean or a rate has no data", () => {
    const none = { decisions: 0, withOutcome: 0, meanRating: null, meanCostVariancePct: null };
    expect(decisionStats([])).toEqual({
      decisions: 0,
      followed: 0,
      overridden: 0,
      followRate: null,
      withOutcome: 0,
      whenFollowed: none,
      whenOverridden: none,
    });
  });

  it("compares the outcomes of followed and overridden advice", () => {
    const stats = decisionStats([group(false, 3, [5, 4], [-10, 0]), group(true, 1, [2], [40])]);
    expect(stats).toEqual({
      decisions: 4,
      followed: 3,
      overridden: 1,
      followRate: 0.75,
      withOutcome: 3,
      whenFollowed: { decisions: 3, withOutcome: 2, meanRating: 4.5, meanCostVariancePct: -5 },
      whenOverridden: { decisions: 1, withOutcome: 1, meanRating: 2, meanCostVariancePct: 40 },
    });
  });

  it("means are null for a kind whose decisions have no outcome yet", () => {
    const stats = decisionStats([group(true, 2, [], [])]);
    expect(stats.followRate).toBe(0);
    expect(stats.whenOverridden).toEqual({ decisions: 2, withOutcome: 0, meanRating: null, meanCostVariancePct: null });
  });
});

describe("a decision's outcome as a precedent case", () => {
  const need = parseNeedInput({
    text: "Pull the weekly sales numbers from three systems and send the board pack for 12 weeks",
    title: "Weekly board pack",
    headcount: 1,
    remoteAllowed: true,
    dataSensitivity: "INTERNAL",
    regulated: false,
    budget: { amount: 20000, currency: "EUR" },
  });
  const outcome = { rating: 4, costVariancePct: -5, daysToStart: 9, needChanged: false, issues: ["late access"], notes: "Went well." };

  it("uses the seed precedents' property names, so recommendations read it as they read a seeded case", () => {
    const seeded: SeedData = {
      traits: [],
      skills: [],
      outcomes: [],
      occupations: [],
      channels: [],
      workerTypes: [],
      tasks: [],
      rules: [],
      precedents: [
        {
          id: "prec:0001",
          name: "A case",
          description: "A case of the seed",
          businessFunction: "data",
          tasks: ["task:a"],
          requestedWorkerType: null,
          workerType: "wt:employee",
          channel: "ch:direct-hire",
          facts: {
            durationWeeks: 4,
            ongoing: false,
            hoursPerWeek: 20,
            headcount: 1,
            location: null,
            remoteAllowed: true,
            budget: 6000,
            currency: "USD",
            dataSensitivity: "INTERNAL",
            regulated: false,
          },
          outcome: { rating: 5, costVariancePct: 0, daysToStart: 4, needChanged: false, issues: [], notes: "Fine." },
          decidedAt: "2021-01-04",
        },
      ],
    };
    const seedProps = toBatches(seeded).find((b) => b.label === "PrecedentCase")!.nodes[0]!.props;
    const props = precedentProps(need, [], "2026-03-01T10:00:00.000Z", outcome);
    // The repository adds the tenant (and the decision it came from) when it writes the node.
    expect(Object.keys({ ...props, tenant: "acme" }).sort()).toEqual(Object.keys(seedProps).sort());
  });

  it("carries the need's facts (duration as read from the text) and the outcome", () => {
    const props = precedentProps(need, [{ rank: 1, businessFunction: "data" }], "2026-03-01T10:00:00.000Z", outcome);
    expect(props).toMatchObject({
      name: "Weekly board pack",
      description: need.text,
      status: "ACTIVE",
      source: "decision",
      businessFunction: "data",
      durationWeeks: 12,
      budget: 20000,
      currency: "EUR",
      rating: 4,
      costVariancePct: -5,
      issues: ["late access"],
      outcomeNotes: "Went well.",
      decidedAt: "2026-03-01",
    });
  });

  it("names an untitled case after its text, clipped to the seed's 200 characters", () => {
    const long = parseNeedInput({ text: "Reconcile the bank accounts ".repeat(20) });
    const name = precedentProps(long, [], "2026-03-01T10:00:00.000Z", outcome).name as string;
    expect(name.length).toBe(200);
    expect(name.endsWith("…")).toBe(true);
  });

  it("takes the business function of the best-ranked task that has one", () => {
    expect(businessFunctionOf([])).toBeNull();
    expect(
      businessFunctionOf([
        { rank: 3, businessFunction: "finance" },
        { rank: 1, businessFunction: null },
        { rank: 2, businessFunction: "sales" },
      ]),
    ).toBe("sales");
  });
});
