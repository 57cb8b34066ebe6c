import { describe, expect, it } from "vitest";
import type { ChannelForRules, NeedFactsForRules, Rule, RuleCondition } from "../../src/domain/rules.js";
import { decodeConditions, encodeConditions } from "../../src/graph/repositories/ruleRepository.js";
import { loadSeed } from "../../src/seed/seedLoader.js";
import { evaluateRules, formatValue, holds, ruleSubject, type RuleSubject } from "../../src/services/recommend/rules.js";

const TODAY = "2025-03-01";

const FACTS: NeedFactsForRules = {
  durationWeeks: 12,
  ongoing: false,
  hoursPerWeek: 37.5,
  headcount: 2,
  startBy: "2025-03-15",
  remoteAllowed: true,
  regulated: true,
  dataSensitivity: "CONFIDENTIAL",
  budget: { amount: 60_000, currency: "GBP" },
  location: "London, UK",
};

const UNKNOWN: NeedFactsForRules = {
  durationWeeks: null,
  ongoing: null,
  hoursPerWeek: null,
  headcount: null,
  startBy: null,
  remoteAllowed: null,
  regulated: null,
  dataSensitivity: null,
  budget: null,
  location: null,
};

const OFFSHORE: ChannelForRules = {
  id: "ch:offshore-centre",
  offshore: true,
  typicalDaysToStart: 45,
  relativeCost: 0.5,
  minEngagementWeeks: 26,
  maxEngagementWeeks: null,
  availability: 1,
};

const SUPPLIER: ChannelForRules = {
  id: "ch:staffing-supplier",
  offshore: false,
  typicalDaysToStart: 10,
  relativeCost: 1.4,
  minEngagementWeeks: 4,
  maxEngagementWeeks: 52,
  availability: 1,
};

const subjectOf = (values: Record<string, number | boolean | string | null>): RuleSubject => ({ values });

const rule = (overrides: Partial<Rule> & Pick<Rule, "id">): Rule => ({
  name: overrides.id.replace("rule:", ""),
  description: "A rule under test.",
  version: 1,
  effect: "WARN",
  severity: "MEDIUM",
  penalty: 0,
  workerTypes: [],
  channels: [],
  conditions: [{ field: "fact.regulated", op: "eq", value: true }],
  message: "fired",
  ...overrides,
});

describe("ruleSubject", () => {
  it("flattens the facts, the traits and the channel into the fields rules read", () => {
    const { values } = ruleSubject(FACTS, { "trait:confidential": 0.8 }, "wt:contractor", SUPPLIER, TODAY);
    expect(values).toEqual({
      "fact.durationWeeks": 12,
      "fact.ongoing": false,
      "fact.hoursPerWeek": 37.5,
      "fact.headcount": 2,
      "fact.remoteAllowed": true,
      "fact.regulated": true,
      "fact.dataSensitivityLevel": 2,
      "fact.budgetAmount": 60_000,
      "fact.tenureWeeks": null,
      "fact.clientDirected": null,
      "fact.internalCandidate": null,
      "channel.id": "ch:staffing-supplier",
      "channel.offshore": false,
      "channel.typicalDaysToStart": 10,
      "channel.relativeCost": 1.4,
      "channel.minEngagementWeeks": 4,
      "channel.maxEngagementWeeks": 52,
      "channel.availability": 1,
      "workerType.id": "wt:contractor",
      "derived.engagementWeeks": 12,
      "derived.engagement": "12 weeks",
      "derived.daysUntilStart": 14,
      "derived.budgetPerHeadWeek": 2500,
      "derived.similarCases": null,
      "trait.trait:confidential": 0.8,
    });
  });

  it("counts a renewal from the start of the arrangement, and reads control, candidates and similar cases", () => {
    const renewal = { ...FACTS, tenureWeeks: 104, control: ["CLIENT_HOURS"], internalCandidate: null };
    const { values } = ruleSubject(renewal, {}, "wt:contractor", SUPPLIER, TODAY, 0);
    expect(values["derived.engagementWeeks"]).toBe(116);
    expect(values["derived.engagement"]).toBe("104 weeks so far and 12 weeks ahead");
    expect(values["fact.clientDirected"]).toBe(true);
    expect(values["fact.internalCandidate"]).toBe(false);
    expect(values["derived.similarCases"]).toBe(0);
  });

  it.each([
    ["PUBLIC", 0],
    ["INTERNAL", 1],
    ["CONFIDENTIAL", 2],
    ["RESTRICTED", 3],
    [null, null],
  ] as const)("reads data sensitivity %s as level %s", (dataSensitivity, level) => {
    const { values } = ruleSubject({ ...FACTS, dataSensitivity }, {}, "wt:employee", SUPPLIER, TODAY);
    expect(values["fact.dataSensitivityLevel"]).toBe(level);
  });

  it.each([
    ["a stated duration", { durationWeeks: 30, ongoing: true }, 30, "30 weeks"],
    ["ongoing work with no duration (ten years)", { durationWeeks: null, ongoing: true }, 520, "ongoing work"],
    ["bounded work with no duration", { durationWeeks: null, ongoing: false }, null, null],
    ["nothing known", { durationWeeks: null, ongoing: null }, null, null],
  ] as const)("derives engagementWeeks (and its words for messages) from %s", (_, facts, weeks, words) => {
    const { values } = ruleSubject({ ...UNKNOWN, ...facts }, {}, "wt:employee", SUPPLIER, TODAY);
    expect(values["derived.engagementWeeks"]).toBe(weeks);
    expect(values["derived.engagement"]).toBe(words);
  });

  it.each([
    ["2025-03-15", TODAY, 14],
    ["2025-03-01", TODAY, 0],
    ["2025-02-20", TODAY, -9],
    ["2025-04-01", "2025-03-01T23:59:59.000Z", 31],
    // Across a leap day and a daylight-saving change, still whole calendar days.
    ["2024-03-31", "2024-02-28", 32],
    [null, TODAY, null],
    ["not a date", TODAY, null],
  ] as const)("derives daysUntilStart from startBy %s and today %s", (startBy, today, expected) => {
    const { values } = ruleSubject({ ...FACTS, startBy }, {}, "wt:employee", SUPPLIER, today);
    expect(values["derived.daysUntilStart"]).toBe(expected);
  });

  it.each([
    ["budget / (weeks x heads)", {}, 2500],
    ["no budget", { budget: null }, null],
    ["no headcount", { headcount: null }, null],
    ["no duration", { durationWeeks: null }, null],
    ["a zero duration", { durationWeeks: 0 }, null],
    // The budget's period is unknown for ongoing work, so the ten-year stand-in does not divide it.
    ["ongoing work with no duration", { durationWeeks: null, ongoing: true }, null],
  ] as const)("derives budgetPerHeadWeek: %s", (_, facts, expected) => {
    const { values } = ruleSubject({ ...FACTS, ...facts }, {}, "wt:employee", SUPPLIER, TODAY);
    expect(values["derived.budgetPerHeadWeek"]).toBe(expected);
  });
});

describe("conditions", () => {
  const subject = subjectOf({ n: 5, yes: true, word: "wt:contractor", nothing: null, "channel.relativeCost": 1.4, other: 10 });
  const on = (condition: Omit<RuleCondition, "field"> & { field?: string }) => holds({ field: "n", ...condition }, subject);

  it.each([
    ["gt", 4, true],
    ["gt", 5, false],
    ["gte", 5, true],
    ["gte", 6, false],
    ["lt", 6, true],
    ["lt", 5, false],
    ["lte", 5, true],
    ["lte", 4, false],
    ["eq", 5, true],
    ["eq", 4, false],
    ["neq", 4, true],
    ["neq", 5, false],
  ] as const)("n = 5 %s %s holds: %s", (op, value, expected) => {
    expect(on({ op, value })).toBe(expected);
  });

  it.each([
    ["yes", "eq", true, true],
    ["yes", "neq", true, false],
    ["yes", "eq", false, false],
    ["word", "eq", "wt:contractor", true],
    ["word", "neq", "wt:freelancer", true],
    // Ordering does not apply to booleans and strings, and kinds never match across.
    ["yes", "gt", false, false],
    ["word", "lt", "zzz", false],
    ["n", "eq", "5", false],
    ["n", "neq", "5", false],
  ] as const)("%s %s %s holds: %s", (field, op, value, expected) => {
    expect(on({ field, op, value })).toBe(expected);
  });

  it.each([
    ["lt", "other", undefined, true],
    ["gt", "other", undefined, false],
    // 5 < 1.4 x 2000: the multiplier scales the other field.
    ["lt", "channel.relativeCost", 2000, true],
    ["gt", "channel.relativeCost", 2, true],
    ["eq", "channel.relativeCost", 5 / 1.4, true],
  ] as const)("n %s valueFrom %s times %s holds: %s", (op, valueFrom, multiplier, expected) => {
    expect(on({ op, valueFrom, ...(multiplier === undefined ? {} : { multiplier }) })).toBe(expected);
  });

  it("compares numbers with a tolerance, so float noise does not flip a boundary", () => {
    const s = subjectOf({ a: 0.1 * 3, b: 0.3 });
    expect(holds({ field: "a", op: "lte", value: 0.3 }, s)).toBe(true);
    expect(holds({ field: "a", op: "gt", valueFrom: "b" }, s)).toBe(false);
  });

  it.each<[string, Omit<RuleCondition, "field"> & { field?: string }]>([
    ["a null field", { field: "nothing", op: "neq", value: 3 }],
    ["a missing field", { field: "fact.hoursPerWeek", op: "lt", value: 100 }],
    ["a missing field, neq", { field: "fact.regulated", op: "neq", value: true }],
    ["a null valueFrom", { op: "lt", valueFrom: "nothing" }],
    ["a missing valueFrom", { op: "neq", valueFrom: "channel.maxEngagementWeeks" }],
  ])("never holds on %s", (_, condition) => {
    expect(on(condition)).toBe(false);
  });

  it("reads a trait the need lacks as 0", () => {
    expect(holds({ field: "trait.trait:judgement", op: "eq", value: 0 }, subject)).toBe(true);
    expect(holds({ field: "trait.trait:judgement", op: "gte", value: 0.6 }, subject)).toBe(false);
  });
});

describe("evaluateRules", () => {
  const regulatedOffshore = ruleSubject(FACTS, { "trait:confidential": 0.8 }, "wt:offshore-team", OFFSHORE, TODAY);

  it.each<[string, Partial<Rule>, string, ChannelForRules, boolean]>([
    ["no scope", {}, "wt:contractor", SUPPLIER, true],
    ["its worker type", { workerTypes: ["wt:contractor", "wt:temp-worker"] }, "wt:contractor", SUPPLIER, true],
    ["another worker type", { workerTypes: ["wt:temp-worker"] }, "wt:contractor", SUPPLIER, false],
    ["its channel", { channels: ["ch:staffing-supplier"] }, "wt:contractor", SUPPLIER, true],
    ["another channel", { channels: ["ch:offshore-centre"] }, "wt:contractor", SUPPLIER, false],
    ["both scopes matching", { workerTypes: ["wt:contractor"], channels: ["ch:staffing-supplier"] }, "wt:contractor", SUPPLIER, true],
    ["worker type matching, channel not", { workerTypes: ["wt:contractor"], channels: ["ch:temp-agency"] }, "wt:contractor", SUPPLIER, false],
  ])("applies with %s: %s", (_, scope, workerTypeId, channel, fires) => {
    const subject = ruleSubject(FACTS, {}, workerTypeId, channel, TODAY);
    expect(evaluateRules([rule({ id: "rule:scoped", ...scope })], subject)).toHaveLength(fires ? 1 : 0);
  });

  it("fires only when every condition holds", () => {
    const conditions: RuleCondition[] = [
      { field: "fact.regulated", op: "eq", value: true },
      { field: "fact.dataSensitivityLevel", op: "gte", value: 2 },
      { field: "channel.offshore", op: "eq", value: true },
    ];
    const exclude = rule({ id: "rule:regulated-offshore", effect: "EXCLUDE", severity: "HIGH", conditions });
    expect(evaluateRules([exclude], regulatedOffshore)).toHaveLength(1);
    expect(evaluateRules([exclude], ruleSubject(FACTS, {}, "wt:contractor", SUPPLIER, TODAY))).toEqual([]);
    expect(evaluateRules([exclude], ruleSubject({ ...FACTS, regulated: null }, {}, "wt:offshore-team", OFFSHORE, TODAY))).toEqual([]);
  });

  it("names the rule, its version and effect, and keeps the penalty only for PENALISE", () => {
    const findings = evaluateRules(
      [
        rule({ id: "rule:penalise", version: 3, effect: "PENALISE", penalty: 0.2, message: "lowered" }),
        rule({ id: "rule:warn", effect: "WARN", penalty: 0.5 }),
      ],
      regulatedOffshore,
    );
    expect(findings).toEqual([
      { ruleId: "rule:penalise", ruleName: "penalise", version: 3, effect: "PENALISE", severity: "MEDIUM", penalty: 0.2, message: "lowered" },
      { ruleId: "rule:warn", ruleName: "warn", version: 1, effect: "WARN", severity: "MEDIUM", penalty: 0, message: "fired" },
    ]);
  });

  it("orders findings by severity, HIGH first, then by rule id, whatever the input order", () => {
    const rules = [
      rule({ id: "rule:b-low", severity: "LOW" }),
      rule({ id: "rule:z-high", severity: "HIGH" }),
      rule({ id: "rule:a-medium", severity: "MEDIUM" }),
      rule({ id: "rule:a-high", severity: "HIGH" }),
      rule({ id: "rule:a-low", severity: "LOW" }),
    ];
    const ids = (rs: Rule[]) => evaluateRules(rs, regulatedOffshore).map((f) => f.ruleId);
    const expected = ["rule:a-high", "rule:z-high", "rule:a-medium", "rule:a-low", "rule:b-low"];
    expect(ids(rules)).toEqual(expected);
    expect(ids([...rules].reverse())).toEqual(expected);
  });

  it("returns nothing for no rules, and nothing on a need with no known facts", () => {
    expect(evaluateRules([], regulatedOffshore)).toEqual([]);
    const factRules = [
      rule({ id: "rule:tenure", conditions: [{ field: "derived.engagementWeeks", op: "gt", value: 78 }] }),
      rule({ id: "rule:start", conditions: [{ field: "derived.daysUntilStart", op: "lt", valueFrom: "channel.typicalDaysToStart" }] }),
      rule({ id: "rule:budget", conditions: [{ field: "derived.budgetPerHeadWeek", op: "lt", valueFrom: "channel.relativeCost", multiplier: 2000 }] }),
      rule({ id: "rule:not-regulated", conditions: [{ field: "fact.regulated", op: "neq", value: true }] }),
    ];
    expect(evaluateRules(factRules, ruleSubject(UNKNOWN, {}, "wt:contractor", SUPPLIER, TODAY))).toEqual([]);
  });

  it("fires the valueFrom rules of the seed's kind on the derived fields", () => {
    const conditionsOf = (field: string, valueFrom: string, multiplier?: number): RuleCondition[] => [
      { field, op: "lt", valueFrom, ...(multiplier ? { multiplier } : {}) },
    ];
    const rules = [
      rule({ id: "rule:start", severity: "LOW", conditions: conditionsOf("derived.daysUntilStart", "channel.typicalDaysToStart") }),
      rule({ id: "rule:budget", conditions: conditionsOf("derived.budgetPerHeadWeek", "channel.relativeCost", 2000) }),
      rule({ id: "rule:too-short", conditions: conditionsOf("derived.engagementWeeks", "channel.minEngagementWeeks") }),
    ];
    // 14 days to start < 45; 2500 a head-week >= 0.5 x 2000; 12 weeks < 26.
    expect(evaluateRules(rules, regulatedOffshore).map((f) => f.ruleId)).toEqual(["rule:too-short", "rule:start"]);
    // 14 days >= 10; 2500 < 1.4 x 2000 = 2800; 12 weeks >= 4.
    const supplier = ruleSubject(FACTS, {}, "wt:contractor", SUPPLIER, TODAY);
    expect(evaluateRules(rules, supplier).map((f) => f.ruleId)).toEqual(["rule:budget"]);
  });
});

describe("messages", () => {
  it("fills placeholders from the subject, rounding numbers", () => {
    const subject = ruleSubject(
      { ...FACTS, durationWeeks: 100, budget: { amount: 123_456, currency: "GBP" }, headcount: 3 },
      { "trait:confidential": 0.8333 },
      "wt:contractor",
      SUPPLIER,
      TODAY,
    );
    const [finding] = evaluateRules(
      [
        rule({
          id: "rule:message",
          message:
            "Kept {derived.engagementWeeks} weeks via {channel.id} at {derived.budgetPerHeadWeek} a head-week; " +
            "confidential {trait.trait:confidential}, regulated {fact.regulated}, judgement {trait.trait:judgement}, max {fact.hoursPerWeek}",
        }),
      ],
      subject,
    );
    expect(finding?.message).toBe(
      "Kept 100 weeks via ch:staffing-supplier at 412 a head-week; confidential 0.83, regulated yes, judgement 0, max 37.5",
    );
  });

  it("says unknown for a value that is not known", () => {
    const subject = ruleSubject(FACTS, {}, "wt:contractor", OFFSHORE, TODAY);
    const [finding] = evaluateRules([rule({ id: "rule:unknown", message: "limit {channel.maxEngagementWeeks}" })], subject);
    expect(finding?.message).toBe("limit unknown");
  });

  it.each([
    [520, "520"],
    [2500, "2500"],
    [411.52, "412"],
    [0.8333, "0.83"],
    [37.5, "37.5"],
    [-9, "-9"],
    [-0.001, "0"],
    [false, "no"],
    ["ch:temp-agency", "ch:temp-agency"],
    [null, "unknown"],
  ] as const)("formats %s as %s", (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe("stored conditions", () => {
  it("round-trip through the JSON text a rule node stores", () => {
    const conditions: RuleCondition[] = [
      { field: "derived.budgetPerHeadWeek", op: "lt", valueFrom: "channel.relativeCost", multiplier: 2000 },
      { field: "fact.regulated", op: "eq", value: true },
    ];
    expect(decodeConditions(encodeConditions(conditions), "rule:x")).toEqual(conditions);
  });

  it.each([
    ["not JSON", "{ nope"],
    ["not a string", [{ field: "fact.regulated", op: "eq", value: true }]],
    ["an unknown op", '[{"field":"fact.regulated","op":"is","value":true}]'],
    ["no conditions", "[]"],
  ])("fail loudly when %s, naming the rule", (_, stored) => {
    expect(() => decodeConditions(stored, "rule:broken")).toThrow("Rule rule:broken has unreadable conditions");
  });
});

describe("the seeded rules", () => {
  type Case = [string, Partial<NeedFactsForRules>, Record<string, number>, string, string, string[]];
  const channels = async () => new Map((await loadSeed()).channels.map((c) => [c.id, c]));
  const seededRules = async (): Promise<Rule[]> => (await loadSeed()).rules.map((r) => ({ ...r, version: 1 }));
  const NEUTRAL: NeedFactsForRules = { ...UNKNOWN, durationWeeks: 40, headcount: 1, regulated: false, dataSensitivity: "INTERNAL" };

  it.each<Case>([
    ["regulated, confidential work offshore", { regulated: true, dataSensitivity: "CONFIDENTIAL" }, { "trait:confidential": 0.8 }, "wt:offshore-team", "ch:offshore-centre",
      ["rule:regulated-confidential-offshore:EXCLUDE", "rule:confidential-work-offshore:PENALISE"]],
    ["the same work onshore", { regulated: true, dataSensitivity: "CONFIDENTIAL" }, { "trait:confidential": 0.8 }, "wt:contractor", "ch:staffing-supplier", []],
    ["restricted data offshore", { dataSensitivity: "RESTRICTED" }, { "trait:confidential": 1 }, "wt:offshore-team", "ch:offshore-centre",
      ["rule:restricted-data-offshore:EXCLUDE", "rule:confidential-work-offshore:PENALISE"]],
    ["on-site work offshore", { remoteAllowed: false }, { "trait:location-bound": 0.8 }, "wt:offshore-team", "ch:offshore-centre", ["rule:location-bound-offshore:EXCLUDE"]],
    ["an ongoing contractor on core work", { durationWeeks: null, ongoing: true }, { "trait:core-strategic": 0.8 }, "wt:contractor", "ch:staffing-supplier",
      ["rule:contingent-tenure-co-employment:PENALISE", "rule:core-work-classification:WARN", "rule:engagement-above-channel-maximum:PENALISE"]],
    ["a consultancy renewed for ongoing work", { durationWeeks: null, ongoing: true }, {}, "wt:consultant", "ch:statement-of-work", ["rule:engagement-above-channel-maximum:PENALISE"]],
    ["a permanent hire for a 12-week project", { durationWeeks: 12 }, {}, "wt:employee", "ch:direct-hire", ["rule:engagement-below-channel-minimum:PENALISE"]],
    ["an AI agent deciding regulated cases", {}, { "trait:judgement": 0.7, "trait:regulated": 0.8 }, "wt:ai-agent", "ch:ai-agent-platform", ["rule:automation-regulated-judgement:PENALISE"]],
    ["a freelancer deciding regulated cases", { durationWeeks: 12 }, { "trait:judgement": 0.7, "trait:regulated": 0.8 }, "wt:freelancer", "ch:freelance-platform", ["rule:freelancer-regulated-judgement:WARN"]],
    ["a start in 7 days through direct hire", { durationWeeks: null, ongoing: true, startBy: "2025-03-08" }, {}, "wt:employee", "ch:direct-hire", ["rule:start-date-unreachable:PENALISE"]],
    ["2000 a head-week for a consultancy", { durationWeeks: 10, budget: { amount: 20_000, currency: "EUR" } }, {}, "wt:consultant", "ch:statement-of-work", ["rule:budget-below-channel-cost:PENALISE"]],
    ["2000 a head-week for an internal move", { durationWeeks: 10, budget: { amount: 20_000, currency: "EUR" } }, {}, "wt:internal-mobility", "ch:internal-talent-marketplace", []],
  ])("%s", async (_, facts, traits, workerTypeId, channelId, expected) => {
    const channel = (await channels()).get(channelId)!;
    const findings = evaluateRules(await seededRules(), ruleSubject({ ...NEUTRAL, ...facts }, traits, workerTypeId, channel, TODAY));
    expect(findings.map((f) => `${f.ruleId}:${f.effect}`)).toEqual(expected);
    for (const finding of findings) expect(finding.message).not.toMatch(/[{}]|unknown/);
  });

  it("fire on nothing when no fact is known and the need shows no trait", async () => {
    const rules = await seededRules();
    const { workerTypes } = await loadSeed();
    const all = await channels();
    for (const workerType of workerTypes) {
      for (const channelId of workerType.channels) {
        expect(evaluateRules(rules, ruleSubject(UNKNOWN, {}, workerType.id, all.get(channelId)!, TODAY))).toEqual([]);
      }
    }
  });
});
