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
