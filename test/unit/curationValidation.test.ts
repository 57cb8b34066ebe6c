import { describe, expect, it } from "vitest";
import { BadInputError } from "../../src/errors.js";
import { changedFields, newId, ruleTraitIds, slug, validateFields } from "../../src/services/curation/curationSchema.js";
import { checkWeight, CURATED_TYPES, resolveRelation, weightProperty } from "../../src/services/curation/relations.js";

/** The BAD_USER_INPUT a call throws: its field and message. */
function refusal(call: () => unknown): { field: unknown; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof BadInputError) return { field: error.details.field, message: error.message };
    throw error;
  }
  throw new Error("expected BAD_USER_INPUT");
}

const CHANNEL = { name: "Bench", description: "Staff from the bench.", typicalDaysToStart: 5, relativeCost: 0.8, minEngagementWeeks: 1, offshore: false };
const RULE = {
  name: "Long crews",
  description: "Crews kept long need review.",
  effect: "PENALISE",
  severity: "LOW",
  penalty: 0.2,
  message: "Engagement of {derived.engagementWeeks} weeks.",
  conditions: [{ field: "derived.engagementWeeks", op: "gt", value: 26 }],
};

describe("validateFields", () => {
  it("accepts each kind's fields and fills the defaults", () => {
    expect(validateFields("Trait", "trait:x", { name: " Repetitive ", description: "Again and again." }, "input")).toEqual({
      name: "Repetitive",
      description: "Again and again.",
    });
    expect(validateFields("Channel", "ch:bench", CHANNEL, "input")).toEqual({ ...CHANNEL, maxEngagementWeeks: null, availability: 1, basis: null });
    expect(validateFields("Task", "onet:task:1", { name: "T", description: "D" }, "patch")).toEqual({
      name: "T",
      description: "D",
      businessFunction: null,
      keywords: [],
      altLabels: [],
    });
    expect(validateFields("Rule", "rule:long", RULE, "input")).toMatchObject({ penalty: 0.2, effect: "PENALISE" });
  });

  it.each([
    ["Task", { name: "T", description: "D", relativeCost: 1 }, "input.relativeCost", /does not apply to a Task/],
    ["Trait", { name: "", description: "D" }, "input.name", /too small|>=1/i],
    ["Trait", { name: "x".repeat(201), description: "D" }, "input.name", /200/],
    ["Channel", { ...CHANNEL, relativeCost: 0 }, "input.relativeCost", /0/],
    ["Channel", { ...CHANNEL, relativeCost: 10.01 }, "input.relativeCost", /10/],
    ["Channel", { ...CHANNEL, typicalDaysToStart: 2.5 }, "input.typicalDaysToStart", /int/i],
    ["Channel", { ...CHANNEL, availability: 1.5 }, "input.availability", /1/],
    ["Channel", { ...CHANNEL, minEngagementWeeks: 10, maxEngagementWeeks: 9 }, "input.maxEngagementWeeks", /minEngagementWeeks/],
    ["Occupation", { name: "O", description: "D", businessFunction: "astrology" }, "input.businessFunction", /finance/],
    ["Skill", { name: "S", description: "D", skillType: "talent" }, "input.skillType", /knowledge/],
    ["WorkActivity", { name: "W", description: "D" }, "input.level", /GWA/],
    ["Rule", { ...RULE, penalty: 0 }, "input.penalty", /above 0 for PENALISE/],
    ["Rule", { ...RULE, effect: "WARN" }, "input.penalty", /must be 0 for WARN/],
    ["Rule", { ...RULE, conditions: [] }, "input.conditions", /1/],
    ["Rule", { ...RULE, conditions: [{ field: "fact.regulated", op: "gt", value: 1 }] }, "input.conditions.0.op", /compares numbers/],
    ["Rule", { ...RULE, conditions: [{ field: "fact.unknown", op: "eq", value: 1 }] }, "input.conditions.0.field", /known field/],
    ["Rule", { ...RULE, message: "Uses {fact.nothing}." }, "input.message", /placeholder/],
  ] as const)("refuses a %s with %j at %s", (kind, fields, field, message) => {
    const problem = refusal(() => validateFields(kind, kind === "Rule" ? "rule:x" : "x:y", fields, "input"));
    expect(problem.field).toBe(field);
    expect(problem.message).toMatch(message);
    expect(problem.message.startsWith(`${field}: `)).toBe(true);
  });
});

describe("ids", () => {
  it("keeps a given id with the kind's prefix, and refuses another", () => {
    expect(newId("Task", "task:reconcile-accounts", "whatever")).toBe("task:reconcile-accounts");
    expect(newId("WorkActivity", "wa:file-records", "x")).toBe("wa:file-records");
    expect(refusal(() => newId("Task", "skill:reconcile", "x"))).toMatchObject({ field: "input.id", message: expect.stringMatching(/task:lower-case-words/) });
    expect(refusal(() => newId("Trait", "trait:Upper", "x", "nodes[2]"))).toMatchObject({ field: "nodes[2].id" });
  });

  it("makes one from the name when none is given", () => {
    expect(newId("WorkerType", null, "Offshore Team (APAC)")).toBe("wt:offshore-team-apac");
    expect(slug("Crème brûlée -- review")).toBe("creme-brulee-review");
    expect(slug("!!!")).toBe("node");
    expect(slug(`${"a".repeat(59)} bcd`)).toBe("a".repeat(59));
    expect(slug("x".repeat(80))).toHaveLength(60);
  });
});

describe("relationships", () => {
  it("curates the taxonomy's relationships, not the precedents'", () => {
    expect(CURATED_TYPES).toEqual(["APPLIES_TO", "BROADER", "CONTRIBUTES_TO", "HAS_TRAIT", "INCLUDES_TASK", "MATCHES", "PERFORMS", "REQUIRES_SKILL", "SOURCED_VIA", "SUITS"]);
  });

  it("finds the relationship from the endpoints' kinds", () => {
    expect(resolveRelation("Task", "REQUIRES_SKILL", "Skill", "input")).toBe("requiresSkill");
    expect(resolveRelation("Occupation", "REQUIRES_SKILL", "Skill", "input")).toBe("occupationSkill");
    expect(resolveRelation("Rule", "APPLIES_TO", "Channel", "input")).toBe("ruleChannel");
    expect(resolveRelation("WorkActivity", "BROADER", "WorkActivity", "input")).toBe("activityBroader");
    expect(refusal(() => resolveRelation("Task", "HAS_TRAIT", "Skill", "input"))).toEqual({
      field: "input.to",
      message: "input.to: HAS_TRAIT goes Task -> Trait, not Task -> Skill",
    });
    expect(refusal(() => resolveRelation("Task", "ENGAGED", "WorkerType", "input")).field).toBe("input.type");
  });

  it.each([
    ["hasTrait", 0, true],
    ["hasTrait", 1, true],
    ["hasTrait", 1.0001, false],
    ["hasTrait", -0.0001, false],
    ["suits", -1, true],
    ["suits", -1.0001, false],
    ["requiresSkill", 0.5, true],
    ["occupationSkill", 1.5, false],
  ] as const)("%s takes weight %d: %s", (name, weight, ok) => {
    if (ok) expect(checkWeight(name, weight, "input")).toBe(weight);
    else expect(refusal(() => checkWeight(name, weight, "input")).field).toBe("input.weight");
  });

  it("needs a weight where the type has one, and refuses one where it has none", () => {
    expect(refusal(() => checkWeight("suits", null, "input")).message).toMatch(/needs a weight from -1 to 1/);
    expect(refusal(() => checkWeight("broader", 0.5, "input")).message).toMatch(/BROADER has no weight/);
    expect(checkWeight("sourcedVia", undefined, "input")).toBeNull();
    expect([weightProperty("requiresSkill"), weightProperty("hasTrait"), weightProperty("includesTask")]).toEqual(["importance", "weight", null]);
  });
});

describe("changes and references", () => {
  it("lists the fields whose values differ", () => {
    expect(changedFields({ name: "a", altLabels: ["x"], keywords: [] }, { name: "a", altLabels: ["x", "y"], keywords: [] })).toEqual(["altLabels"]);
    expect(changedFields({ maxEngagementWeeks: 4 }, { maxEngagementWeeks: null })).toEqual(["maxEngagementWeeks"]);
  });

  it("finds the traits a rule reads, in its conditions and its message", () => {
    const fields = {
      conditions: [
        { field: "trait.trait:regulated", op: "gte", value: 0.5 },
        { field: "derived.engagementWeeks", op: "gt", valueFrom: "trait.trait:ongoing" },
      ],
      message: "Judgement {trait.trait:judgement}, regulated {trait.trait:regulated}",
    };
    expect(ruleTraitIds(fields)).toEqual(["trait:judgement", "trait:ongoing", "trait:regulated"]);
  });
});
