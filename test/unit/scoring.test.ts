import { describe, expect, it } from "vitest";
import type { PrecedentData, TaskEvidence, WorkerTypeData } from "../../src/domain/evidence.js";
import { parseNeedInput } from "../../src/domain/need.js";
import type { RecommendationInput } from "../../src/domain/recommendation.js";
import type { Rule } from "../../src/domain/rules.js";
import { resolveNeedFacts } from "../../src/services/intake/needFacts.js";
import { outcomeValue, similarity } from "../../src/services/recommend/precedents.js";
import { optionKey, scoreAll } from "../../src/services/recommend/options.js";
import { needTraits, recommend } from "../../src/services/recommend/recommend.js";

const TRAITS = ["repetitive", "ongoing", "time-bound", "outcome-defined", "confidential", "regulated", "core-strategic"].map((id) => ({
  id: `trait:${id}`,
  name: id.replace("-", " "),
}));
const channel = (id: string, days: number, cost: number, offshore = false, availability = 1) => ({
  id: `ch:${id}`,
  name: id,
  typicalDaysToStart: days,
  relativeCost: cost,
  minEngagementWeeks: 0,
  maxEngagementWeeks: null,
  offshore,
  availability,
});
const suits = (weights: Record<string, number>) => Object.fromEntries(Object.entries(weights).map(([k, v]) => [`trait:${k}`, v]));
const WORKER_TYPES: WorkerTypeData[] = [
  {
    id: "wt:employee",
    name: "Employee",
    suits: suits({ repetitive: -0.1, ongoing: 0.8, "time-bound": -0.6, "outcome-defined": -0.2, confidential: 0.6, regulated: 0.6, "core-strategic": 0.9 }),
    channels: [channel("direct-hire", 60, 1)],
  },
  {
    id: "wt:consultant",
    name: "Consultant",
    suits: suits({ repetitive: -0.6, ongoing: -0.7, "time-bound": 0.8, "outcome-defined": 0.9, confidential: -0.1, regulated: 0.2, "core-strategic": -0.3 }),
    channels: [channel("statement-of-work", 30, 1.8)],
  },
  {
    id: "wt:automation",
    name: "Automation",
    suits: suits({ repetitive: 0.9, ongoing: 0.5, "time-bound": -0.3, "outcome-defined": 0.2, confidential: 0.3, regulated: 0.1, "core-strategic": -0.3 }),
    channels: [channel("automation-centre", 40, 0.3)],
  },
  {
    id: "wt:offshore-team",
    name: "Offshore team",
    suits: suits({ repetitive: 0.6, ongoing: 0.7, "time-bound": -0.3, confidential: -0.9, regulated: -0.9, "core-strategic": -0.5 }),
    channels: [channel("offshore-centre", 45, 0.5, true)],
  },
];
const task = (id: string, traits: Record<string, number>): TaskEvidence => ({
  id,
  name: id,
  description: "",
  keywords: [],
  altLabels: [],
  businessFunction: null,
  occupations: [],
  skills: [],
  outcomes: [],
  traits: Object.entries(traits).map(([t, weight]) => ({ id: `trait:${t}`, name: t, weight })),
  precedentIds: [],
});
const REPORT = task("task:report", { repetitive: 0.9, ongoing: 0.8 });
const STRATEGY = task("task:strategy", { "core-strategic": 1, ongoing: 0.7 });
const MIGRATION = task("task:migration", { "time-bound": 1, "outcome-defined": 0.9 });
const precedent = (id: string, workerTypeId: string, rating: number, taskIds: string[]): PrecedentData => ({
  id,
  name: id,
  taskIds,
  workerTypeId,
  channelId: null,
  requestedWorkerTypeId: null,
  durationWeeks: null,
  ongoing: true,
  regulated: false,
  dataSensitivity: "INTERNAL",
  remoteAllowed: true,
  rating,
  costVariancePct: 0,
  needChanged: false,
  issues: [],
});

function input(need: Record<string, unknown>, tasks: TaskEvidence[], extra: Partial<RecommendationInput> = {}): RecommendationInput {
  const parsed = parseNeedInput(need);
  return {
    needId: null,
    need: parsed,
    facts: resolveNeedFacts(parsed),
    tasks: tasks.map((evidence) => ({ evidence, weight: 1, confidence: 0.9 })),
    allTraits: TRAITS,
    workerTypes: WORKER_TYPES,
    precedents: [],
    rules: [],
    today: "2026-11-24",
    limit: 10,
    ...extra,
  };
}

describe("recommend", () => {
  it("ranks by fit of the work's traits, each factor with its sign and size from the suits weights and the channel", () => {
    const rec = recommend(input({ text: "weekly report" }, [REPORT]));
    const automation = rec.options[0]!;
    expect(automation.workerType.id).toBe("wt:automation");
    const factor = (kind: string, traitId?: string) => automation.factors.find((f) => f.kind === kind && f.traitId === traitId)!.contribution;
    // The trait mass is 0.9 + 0.8: each trait's share of the fit is its weight times Automation's SUITS weight over it.
    expect(factor("TRAIT_FIT", "trait:repetitive")).toBeCloseTo((0.9 * 0.9) / 1.7, 6);
    expect(factor("TRAIT_FIT", "trait:ongoing")).toBeCloseTo((0.8 * 0.5) / 1.7, 6);
    // 40 days to start is 40/90 of the full penalty of 0.08; a relative cost of 0.3 earns 0.08 * 0.7.
    expect(factor("TIME_TO_START")).toBeCloseTo(-0.08 * (40 / 90), 6);
    expect(factor("COST")).toBeCloseTo(0.056, 6);
    expect(automation.score).toBeCloseTo(0.81 / 1.7 + 0.4 / 1.7 - 0.08 * (40 / 90) + 0.056, 6);
    // The employee is held back by the repetitive work (-0.1) and its slow, full-cost channel.
    const employee = rec.options.find((o) => o.workerType.id === "wt:employee")!;
    expect(employee.factors.find((f) => f.traitId === "trait:repetitive")!.contribution).toBeCloseTo((0.9 * -0.1) / 1.7, 6);
    expect(employee.score).toBeLessThan(automation.score - 0.3);
  });

  it("explains each trait factor in words", () => {
    const rec = recommend(input({ text: "weekly report" }, [REPORT]));
    const repetitive = rec.options[0]!.factors.find((f) => f.traitId === "trait:repetitive")!;
    expect(repetitive.explanation).toBe("The work is strongly repetitive (0.90); Automation suits such work (+0.90).");
  });

  it("lets stated facts turn the ranking: a 12-week project favours the consultant", () => {
    const ongoing = recommend(input({ text: "migrate", ongoing: true }, [MIGRATION]));
    const project = recommend(input({ text: "migrate", durationWeeks: 12 }, [MIGRATION]));
    expect(project.options[0]!.workerType.id).toBe("wt:consultant");
    const employeeScore = (r: typeof project) => r.options.find((o) => o.workerType.id === "wt:employee")!.score;
    expect(employeeScore(project)).toBeLessThan(employeeScore(ongoing));
  });

  it("challenges a request that the work contradicts by a clear margin, not one that agrees", () => {
    const challenged = recommend(input({ text: "migrate", durationWeeks: 12, requestedWorkerTypeId: "wt:employee" }, [MIGRATION]));
    expect(challenged.challenge).toMatchObject({ requestedWorkerType: { id: "wt:employee" }, recommended: { workerType: { id: "wt:consultant" } } });
    expect(challenged.challenge!.margin).toBeGreaterThan(0.15);
    expect(challenged.challenge!.reasons[0]).toMatch(/^The work is time-bound \(1\.00\): Consultant fits it \+0\.80, Employee -0\.60\.$/);
    const agreed = recommend(input({ text: "strategy", ongoing: true, requestedWorkerTypeId: "wt:employee" }, [STRATEGY]));
    expect(agreed.options[0]!.workerType.id).toBe("wt:employee");
    expect(agreed.challenge).toBeNull();
  });

  it("moves scores with similar precedents, good up and bad down, and says by how much", () => {
    const good = precedent("prec:good", "wt:employee", 5, ["task:report"]);
    const bad = precedent("prec:bad", "wt:automation", 1, ["task:report"]);
    const without = recommend(input({ text: "report", ongoing: true }, [REPORT]));
    const withCases = recommend(input({ text: "report", ongoing: true }, [REPORT], { precedents: [good, bad] }));
    const score = (r: typeof without, id: string) => r.options.find((o) => o.workerType.id === id)!;
    expect(score(withCases, "wt:employee").score).toBeGreaterThan(score(without, "wt:employee").score);
    expect(score(withCases, "wt:automation").score).toBeLessThan(score(without, "wt:automation").score);
    const evidence = score(withCases, "wt:automation").precedents[0]!;
    expect(evidence.precedent.id).toBe("prec:bad");
    expect(evidence.effect).toBeLessThan(0);
    const factor = score(withCases, "wt:automation").factors.find((f) => f.kind === "PRECEDENTS")!;
    expect(factor.contribution).toBe(evidence.effect);
  });

  it("counts a case by how likely the work it shares is part of the need, not by the task's match score alone", () => {
    const onSideTask = precedent("prec:side", "wt:employee", 5, ["task:strategy"]);
    const tasks = (strategyConfidence: number): RecommendationInput["tasks"] => [
      { evidence: REPORT, weight: 0.6, confidence: 0.3 },
      { evidence: STRATEGY, weight: 0.5, confidence: strategyConfidence },
    ];
    const employee = (confidence: number) =>
      recommend(input({ text: "report", ongoing: true }, [], { tasks: tasks(confidence), precedents: [onSideTask] })).options.find(
        (o) => o.workerType.id === "wt:employee",
      )!;
    // Matched almost as well as the main task by score, but unlikely to be part of the need: no evidence.
    expect(employee(0.02).precedents).toHaveLength(0);
    expect(employee(0.3).precedents[0]!.precedent.id).toBe("prec:side");
  });

  it("splits a need whose tasks fit different routes into a portfolio", () => {
    const rec = recommend(input({ text: "report and strategy" }, [REPORT, STRATEGY]));
    expect(rec.portfolio.map((p) => [p.workerType.id, p.taskIds, p.share])).toEqual([
      ["wt:automation", ["task:report"], 0.5],
      ["wt:employee", ["task:strategy"], 0.5],
    ]);
  });

  it("excludes options a rule excludes, and lowers those a rule penalises, naming the rule", () => {
    const rules: Rule[] = [
      {
        id: "rule:no-offshore-regulated",
        name: "No offshore for regulated work",
        description: "",
        version: 2,
        effect: "EXCLUDE",
        severity: "HIGH",
        penalty: 0,
        workerTypes: [],
        channels: ["ch:offshore-centre"],
        conditions: [{ field: "fact.regulated", op: "eq", value: true }],
        message: "Regulated work may not leave the country",
      },
      {
        id: "rule:slow-start",
        name: "Slow start",
        description: "",
        version: 1,
        effect: "PENALISE",
        severity: "LOW",
        penalty: 0.2,
        workerTypes: ["wt:employee"],
        channels: [],
        conditions: [{ field: "channel.typicalDaysToStart", op: "gt", value: 30 }],
        message: "Too slow",
      },
    ];
    const rec = recommend(input({ text: "report", regulated: true }, [REPORT], { rules }));
    expect(rec.options.map((o) => o.channel.id)).not.toContain("ch:offshore-centre");
    expect(rec.excluded.map((o) => [o.channel.id, o.risks.map((r) => `${r.ruleId} v${r.version}`)])).toEqual([
      ["ch:offshore-centre", ["rule:no-offshore-regulated v2"]],
    ]);
    const employee = rec.options.find((o) => o.workerType.id === "wt:employee")!;
    expect(employee.factors.find((f) => f.kind === "RULE")).toMatchObject({ contribution: -0.2, ruleId: "rule:slow-start" });
  });

  it("lowers a channel by its availability, and a rule on availability 0 excludes a channel the organisation lacks", () => {
    const scarce = WORKER_TYPES.map((w) => (w.id === "wt:automation" ? { ...w, channels: [channel("automation-centre", 40, 0.3, false, 0.4)] } : w));
    const before = recommend(input({ text: "weekly report" }, [REPORT])).options.find((o) => o.workerType.id === "wt:automation")!;
    const after = recommend(input({ text: "weekly report" }, [REPORT], { workerTypes: scarce })).options.find((o) => o.workerType.id === "wt:automation")!;
    const availability = after.factors.find((f) => f.kind === "AVAILABILITY")!;
    expect(availability).toMatchObject({ value: 0.4, weight: -0.1 });
    expect(availability.contribution).toBeCloseTo(-0.06, 6);
    expect(availability.explanation).toContain("40% of the time");
    expect(after.score).toBeCloseTo(before.score - 0.06, 6);
    expect(before.factors.some((f) => f.kind === "AVAILABILITY")).toBe(false);

    const absent: Rule = {
      id: "rule:channel-not-available", name: "Absent", description: "", version: 1, effect: "EXCLUDE", severity: "HIGH", penalty: 0,
      workerTypes: [], channels: [], conditions: [{ field: "channel.availability", op: "eq", value: 0 }], message: "No such channel",
    };
    const none = WORKER_TYPES.map((w) => (w.id === "wt:automation" ? { ...w, channels: [channel("automation-centre", 40, 0.3, false, 0)] } : w));
    const rec = recommend(input({ text: "weekly report" }, [REPORT], { workerTypes: none, rules: [absent] }));
    expect(rec.options.map((o) => o.workerType.id)).not.toContain("wt:automation");
    expect(rec.excluded.map((o) => [o.channel.id, o.risks.map((r) => r.ruleId)])).toEqual([["ch:automation-centre", ["rule:channel-not-available"]]]);
  });

  it("weighs a channel's lead time against the time the need's start-by date leaves", () => {
    const timeToStart = (need: Record<string, unknown>) =>
      recommend(input(need, [REPORT])).options.find((o) => o.workerType.id === "wt:employee")!.factors.find((f) => f.kind === "TIME_TO_START")!;
    expect(timeToStart({ text: "weekly report" }).contribution).toBeCloseTo(-0.08 * (60 / 90), 6);
    const roomy = timeToStart({ text: "weekly report", startBy: "2027-06-12" });
    expect(roomy.contribution).toBeCloseTo(-0.08 * (60 / 200), 6);
    expect(roomy.explanation).toContain("the work must start in 200 days");
    expect(timeToStart({ text: "weekly report", startBy: "2026-12-24" }).contribution).toBeCloseTo(-0.08, 6);
  });

  it("names the smallest change of a fact that swaps the top two", () => {
    const rec = recommend(input({ text: "migrate", durationWeeks: 12 }, [MIGRATION, STRATEGY]));
    expect(rec.whatWouldChange).toHaveLength(1);
    const change = rec.whatWouldChange[0]!;
    expect(change.swapped).toBe(true);
    // Applying the named fact to the need must really swap the top two.
    const [first, second] = rec.options.map((o) => o.workerType.id);
    const value = change.to === "true" ? true : change.to === "false" ? false : /^\d+$/.test(change.to) ? Number(change.to) : change.to;
    const changed = recommend(input({ text: "migrate", durationWeeks: 12, [change.fact]: value }, [MIGRATION, STRATEGY]));
    const rank = (id: string) => changed.options.findIndex((o) => o.workerType.id === id);
    expect(rank(second!)).toBeLessThan(rank(first!) < 0 ? Number.POSITIVE_INFINITY : rank(first!));
  });

  it("rescores only the options asked for, with the same scores as scoring them all", () => {
    const cases = [precedent("prec:a", "wt:employee", 5, ["task:strategy"]), precedent("prec:b", "wt:consultant", 1, ["task:migration"])];
    const need = input({ text: "migrate", durationWeeks: 12 }, [MIGRATION, STRATEGY], { precedents: cases });
    const traits = needTraits(need);
    const all = scoreAll(need, need.facts, traits);
    const only = new Set([optionKey("wt:employee", "ch:direct-hire"), optionKey("wt:consultant", "ch:statement-of-work")]);
    const some = scoreAll(need, need.facts, traits, { only, explain: false });
    expect(some.map((o) => o.workerType.id).sort()).toEqual(["wt:consultant", "wt:employee"]);
    for (const option of some) {
      expect(option.paths).toEqual([]);
      expect(option.score).toBe(all.find((o) => o.workerType.id === option.workerType.id)!.score);
    }
  });

  it("draws graph paths from the need through tasks and traits to the channel", () => {
    const rec = recommend(input({ text: "report", ongoing: true }, [REPORT]));
    const path = rec.options[0]!.paths.find((p) => p.nodes[1]!.kind === "Task")!;
    expect(path.nodes.map((n) => n.kind)).toEqual(["Need", "Task", "Trait", "WorkerType", "Channel"]);
    expect(path.relationships.map((r) => r.type)).toEqual(["MATCHED", "HAS_TRAIT", "SUITS", "SOURCED_VIA"]);
    const fact = rec.options[0]!.paths.find((p) => p.relationships[0]!.type === "STATES")!;
    expect(fact.nodes.map((n) => n.kind)).toEqual(["Need", "Trait", "WorkerType", "Channel"]);
  });
});

describe("precedent similarity", () => {
  const need = { taskWeights: new Map([["task:a", 1], ["task:b", 0.5]]), durationWeeks: null, ongoing: true, regulated: false, dataSensitivity: "INTERNAL", remoteAllowed: null };

  it("is highest for a case with the same work and facts, and zero without shared work", () => {
    const same = similarity(need, { ...precedent("p", "wt:x", 3, ["task:a", "task:b"]) });
    const partial = similarity(need, { ...precedent("p", "wt:x", 3, ["task:a", "task:z"]) });
    const none = similarity(need, { ...precedent("p", "wt:x", 3, ["task:z"]) });
    expect(same).toBeCloseTo(1, 6);
    expect(partial).toBeGreaterThan(0.2);
    expect(partial).toBeLessThan(same);
    expect(none).toBe(0);
  });

  it("reads outcomes from rating and overrun", () => {
    expect(outcomeValue({ rating: 5, costVariancePct: 0 })).toBe(1);
    expect(outcomeValue({ rating: 3, costVariancePct: 0 })).toBe(0);
    expect(outcomeValue({ rating: 4, costVariancePct: 60 })).toBeCloseTo(0.2);
    expect(outcomeValue({ rating: 1, costVariancePct: 300 })).toBe(-1);
  });
});
