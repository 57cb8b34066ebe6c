import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { toBatches } from "../../src/seed/seedDatabase.js";
import { loadSeed, SeedValidationError } from "../../src/seed/seedLoader.js";

const MINI = path.resolve(import.meta.dirname, "../fixtures/seed-mini");
const temporary: string[] = [];

/** A copy of the mini seed with one file changed, to test one defect at a time. */
async function miniWith(file: string, edit: (json: unknown[]) => unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "workgraph-seed-"));
  temporary.push(dir);
  await cp(MINI, dir, { recursive: true });
  const json = JSON.parse(await readFile(path.join(dir, file), "utf8")) as unknown[];
  await writeFile(path.join(dir, file), JSON.stringify(edit(json)));
  return dir;
}

async function problemsOf(dir: string): Promise<readonly string[]> {
  try {
    await loadSeed(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the seed to be invalid");
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("loadSeed", () => {
  it("loads a valid seed with defaults filled in", async () => {
    const seed = await loadSeed(MINI);
    expect(seed.tasks.map((t) => t.id)).toEqual(["task:sales-compile-weekly-report"]);
    expect(seed.tasks[0]?.altLabels).toEqual([]);
    expect(seed.skills.find((s) => s.id === "skill:excel")?.broader).toEqual(["skill:spreadsheets"]);
  });

  it("names the file and the JSON path of a schema error", async () => {
    const dir = await miniWith("tasks/sales.json", (tasks) => [{ ...(tasks[0] as object), skills: [{ skill: "Excel", importance: 2 }] }]);
    expect(await problemsOf(dir)).toEqual([
      'tasks/sales.json: [0].skills[0].skill: must look like "skill:lower-case-words"',
      "tasks/sales.json: [0].skills[0].importance: Too big: expected number to be <=1",
    ]);
  });

  it("rejects unknown keys, so a misspelt field is not silently dropped", async () => {
    const dir = await miniWith("outcomes.json", (items) => [{ ...(items[0] as object), descripton: "typo" }]);
    expect(await problemsOf(dir)).toEqual([expect.stringMatching(/^outcomes\.json: \[0\]: Unrecognized key: "descripton"/)]);
  });

  it("reports references that do not resolve, and duplicate ids", async () => {
    const dir = await miniWith("precedents.json", (items) => [
      { ...(items[0] as object), tasks: ["task:nope"], channel: "ch:direct-hire" },
      items[0],
    ]);
    expect(await problemsOf(dir)).toEqual([
      'precedents.json: [1].id: duplicate id "prec:0001" (first at precedents.json: [0].id)',
      'precedents.json: [0].tasks[0]: unknown task "task:nope"',
      'precedents.json: [0].channel: "ch:direct-hire" does not source "wt:automation"',
    ]);
  });

  it("reports a trait weighted twice for the same worker type", async () => {
    const dir = await miniWith("worker-types.json", (items) => [
      { ...(items[0] as object), suits: [
        { trait: "trait:repetitive", weight: 0.1 },
        { trait: "trait:repetitive", weight: 0.2 },
        { trait: "trait:ongoing", weight: 0.8 },
      ] },
      items[1],
    ]);
    expect(await problemsOf(dir)).toEqual(['worker-types.json: [0].suits[1].trait: "trait:repetitive" is listed twice']);
  });

  it("finds cycles in the skill hierarchy", async () => {
    const dir = await miniWith("skills.json", (items) =>
      items.map((s) => ((s as { id: string }).id === "skill:data-analysis" ? { ...(s as object), broader: ["skill:excel"] } : s)),
    );
    expect(await problemsOf(dir)).toEqual([
      "skills.json: broader cycle skill:data-analysis -> skill:excel -> skill:spreadsheets -> skill:data-analysis",
    ]);
  });

  it("rejects a rule condition on an unknown field, or with both value and valueFrom", async () => {
    const dir = await miniWith("rules.json", (items) => [
      { ...(items[0] as object), conditions: [{ field: "fact.durationWeek", op: "lt", value: 4 }] },
      {
        ...(items[1] as object),
        conditions: [{ field: "derived.engagementWeeks", op: "lt", value: 4, valueFrom: "channel.minEngagementWeeks" }],
      },
    ]);
    expect(await problemsOf(dir)).toEqual([
      'rules.json: [0].conditions[0].field: must be a known field: fact.*, channel.*, workerType.id, derived.* or "trait.<trait id>"',
      "rules.json: [1].conditions[0].value: give exactly one of value and valueFrom",
    ]);
  });

  it("rejects a rule whose condition compares kinds that do not match, or whose penalty does not fit its effect", async () => {
    const dir = await miniWith("rules.json", (items) => [
      { ...(items[0] as object), penalty: 0 },
      {
        ...(items[1] as object),
        penalty: 0.1,
        conditions: [
          { field: "channel.offshore", op: "gt", value: 1 },
          { field: "trait.trait:repetitive", op: "lt", valueFrom: "workerType.id" },
          { field: "fact.regulated", op: "eq", value: true, multiplier: 2 },
        ],
      },
    ]);
    expect(await problemsOf(dir)).toEqual([
      "rules.json: [0].penalty: must be above 0 for PENALISE",
      "rules.json: [1].conditions[0].op: gt compares numbers; channel.offshore is a boolean",
      "rules.json: [1].conditions[0].value: must be a boolean, as channel.offshore is",
      "rules.json: [1].conditions[1].valueFrom: is a string, but trait.trait:repetitive is a number",
      "rules.json: [1].conditions[2].multiplier: only applies to a numeric valueFrom",
      "rules.json: [1].penalty: must be 0 for WARN",
    ]);
  });

  it("reports rule references that do not resolve: worker types, channels and traits", async () => {
    const dir = await miniWith("rules.json", (items) => [
      { ...(items[0] as object), workerTypes: ["wt:robot"], channels: ["ch:direct-hire", "ch:direct-hire"] },
      {
        ...(items[1] as object),
        channels: ["ch:nowhere"],
        conditions: [{ field: "trait.trait:unheard-of", op: "gte", value: 0.5 }],
        message: "Weight {trait.trait:also-unheard-of}",
      },
    ]);
    expect(await problemsOf(dir)).toEqual([
      'rules.json: [0].workerTypes[0]: unknown worker type "wt:robot"',
      'rules.json: [0].channels[1]: "ch:direct-hire" is listed twice',
      "rules.json: [0].channels: no listed channel sources any listed worker type",
      'rules.json: [1].channels[0]: unknown channel "ch:nowhere"',
      'rules.json: [1].conditions[0].field: unknown trait "trait:unheard-of"',
      'rules.json: [1].message: unknown trait "trait:also-unheard-of"',
      "rules.json: [1].channels: no listed channel sources any listed worker type",
    ]);
  });

  it("reports a file that is not JSON, naming it", async () => {
    const dir = await miniWith("traits.json", (items) => items);
    await writeFile(path.join(dir, "traits.json"), "{ not json");
    expect((await problemsOf(dir))[0]).toMatch(/^traits\.json: /);
  });
});

describe("toBatches", () => {
  it("marks precedents as synthetic demonstration data and flattens their facts", async () => {
    const batches = toBatches(await loadSeed(MINI));
    const precedent = batches.find((b) => b.label === "PrecedentCase")?.nodes[0];
    expect(precedent?.props).toMatchObject({ source: "synthetic-demo", status: "ACTIVE", rating: 5, ongoing: true, currency: "GBP" });
    expect(batches.find((b) => b.label === "Task")?.nodes[0]?.props.source).toBe("workgraph-seed");
  });

  it("writes rules with their conditions as JSON text and their scope as links, without a version of their own", async () => {
    const batches = toBatches(await loadSeed(MINI));
    const [first] = batches.find((b) => b.label === "Rule")?.nodes ?? [];
    expect(first?.props).toEqual({
      name: "Engagement shorter than the channel serves",
      description: "A permanent hire for a short engagement does not pay back.",
      status: "ACTIVE",
      source: "workgraph-seed",
      effect: "PENALISE",
      severity: "MEDIUM",
      penalty: 0.2,
      message: "An engagement of {derived.engagementWeeks} weeks is shorter than the {channel.minEngagementWeeks} weeks this channel serves",
      conditions: '[{"field":"derived.engagementWeeks","op":"lt","valueFrom":"channel.minEngagementWeeks"}]',
    });
    expect(first?.links).toEqual({ workerTypes: [], channels: ["ch:direct-hire"] });
  });

  it("gives the same hash to the same entry, and a new one when the entry changes", async () => {
    const first = toBatches(await loadSeed(MINI));
    const again = toBatches(await loadSeed(MINI));
    expect(again).toEqual(first);
    const dir = await miniWith("outcomes.json", (items) => [{ ...(items[0] as object), name: "Board briefed" }]);
    const changed = toBatches(await loadSeed(dir));
    const hashOf = (batches: typeof first) => batches.find((b) => b.label === "Outcome")?.nodes[0]?.hash;
    expect(hashOf(changed)).not.toBe(hashOf(first));
  });
});
