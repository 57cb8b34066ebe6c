import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AspectItem, AspectName, ImportNode } from "../../src/graph/repositories/onetRepository.js";
import { deriveTaskSkills, groupFallback } from "../../src/importers/onet/planTaskLinks.js";
import { type ImportPlan } from "../../src/importers/onet/planContext.js";
import { planImport } from "../../src/importers/onet/plan.js";
import { readRelease } from "../../src/importers/onet/release.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/onet");
const FILES = {
  dir: path.join(FIXTURES, "release"),
  exposure: path.join(FIXTURES, "full_labelset.tsv"),
  ratings: path.join(FIXTURES, "task_level_freq_importance_relevance.csv"),
};
const CATALOG = new Map([["trait:physical", { name: "Physical", description: "Handles goods." }]]);

async function plan(files: { dir: string; exposure?: string; ratings?: string } = FILES): Promise<ImportPlan> {
  return planImport(await readRelease(files), { source: "onet-fixture", traitCatalog: CATALOG });
}
const entry = (p: ImportPlan, file: string) => p.entries.find((e) => e.stats.file === file)!;
const nodesOf = (p: ImportPlan, file: string): readonly ImportNode[] => entry(p, file).write?.nodes?.items ?? [];
const aspectOf = (p: ImportPlan, name: AspectName): readonly AspectItem[] =>
  p.entries.find((e) => e.write?.aspect?.name === name)!.write!.aspect!.items;
const byId = <T extends { id: string }>(items: readonly T[], id: string): T => items.find((i) => i.id === id)!;

describe("planImport on the fixture release", () => {
  it("writes the files in dependency order, with the files that only feed others listed", async () => {
    const p = await plan();
    expect(p.entries.map((e) => [e.stats.file, e.write !== null])).toEqual([
      ["Occupation Data.txt", true],
      ["Sample of Reported Titles.txt", false],
      ["Job Zones.txt", false],
      ["IWA Reference.txt", true],
      ["DWA Reference.txt", true],
      ["Content Model Reference.txt", false],
      ["Skills.txt", true],
      ["Knowledge.txt", true],
      ["Technology Skills.txt", true],
      ["Task Statements.txt", true],
      ["Tasks to DWAs.txt", true],
      ["Skills to Work Activities.txt", true],
      ["task_level_freq_importance_relevance.csv", true],
      ["full_labelset.tsv", true],
      ["(derived) task traits", true],
    ]);
  });

  it("builds occupations with their reported titles, job zone and source", async () => {
    const occupation = byId(nodesOf(await plan(), "Occupation Data.txt"), "onet:99-0001.00");
    expect(occupation.props).toEqual({
      name: "Llama Grooming Technicians",
      description: expect.stringContaining("llamas and alpacas") as unknown,
      altLabels: ["Llama Stylist", "Alpaca Fleece Groomer"],
      jobZone: 2,
      source: "onet-fixture",
    });
    expect(byId(nodesOf(await plan(), "Occupation Data.txt"), "onet:99-0004.00").props.jobZone).toBeNull();
  });

  it("builds the GWA <- IWA <- DWA hierarchy, described from the content model where it can", async () => {
    const p = await plan();
    const upper = nodesOf(p, "IWA Reference.txt");
    expect(upper.filter((n) => n.props.level === "GWA")).toHaveLength(9);
    expect(upper.filter((n) => n.props.level === "IWA")).toHaveLength(11);
    expect(byId(upper, "onet:gwa:4.A.3.a.2").props.description).toBe("Lifting, carrying and placing things by hand (fixture text).");
    expect(byId(upper, "onet:iwa:4.A.3.a.2.I91").links).toEqual({ broader: ["onet:gwa:4.A.3.a.2"] });
    const dwa = byId(nodesOf(p, "DWA Reference.txt"), "onet:dwa:4.A.3.a.2.I91.D01");
    expect(dwa.props).toMatchObject({ name: "Detangle animal fleece.", level: "DWA" });
    expect(dwa.links).toEqual({ broader: ["onet:iwa:4.A.3.a.2.I91"] });
  });

  it("links occupations to skills with importance (IM 1-5 -> 0..1) and level (LV 0-7 -> 0..1), leaving out flagged ratings", async () => {
    const ratings = aspectOf(await plan(), "occupationSkills");
    expect(byId(ratings, "onet:99-0001.00").links).toEqual([
      { skill: "onet:skill:2.A.99.a", importance: 0.9, level: 0.75 },
      { skill: "onet:skill:2.A.99.b", importance: 0.7, level: 0.5 },
      // 2.B.99.a: level flagged Not Relevant, so no link at all.
      { skill: "onet:skill:2.B.99.b", importance: 0.3, level: 0.257 },
    ]);
    // 2.B.99.b of 99-0002.00 has a suppressed importance: no link.
    expect(byId(ratings, "onet:99-0002.00").links?.map((l) => (l as { skill: string }).skill)).not.toContain("onet:skill:2.B.99.b");
    // A suppressed level keeps the link, without a level.
    expect(byId(ratings, "onet:99-0003.00").links).toContainEqual({ skill: "onet:skill:2.B.99.b", importance: 0.25, level: null });
    // Occupations without ratings still get an (empty) item, so links that disappear are removed.
    expect(byId(ratings, "onet:99-0004.00").links).toEqual([]);
  });

  it("makes one technology skill per commodity, with its commonest examples and hot / in-demand importance", async () => {
    const p = await plan();
    const tech = byId(nodesOf(p, "Technology Skills.txt"), "onet:tech:43299901");
    expect(tech.props).toMatchObject({
      name: "Animal grooming scheduling software",
      skillType: "technology",
      altLabels: ["LlamaLog Pro", "FleeceTrack"],
    });
    const uses = aspectOf(p, "occupationTechnology");
    expect(byId(uses, "onet:99-0001.00").links).toEqual([{ skill: "onet:tech:43299901", importance: 1, hot: true, inDemand: true }]);
    expect(byId(uses, "onet:99-0002.00").links).toContainEqual({ skill: "onet:tech:43299902", importance: 0.5, hot: false, inDemand: false });
  });

  it("builds tasks with their type and occupation, and reports the bad rows found across files", async () => {
    const p = await plan();
    const tasks = nodesOf(p, "Task Statements.txt");
    expect(tasks).toHaveLength(15);
    expect(byId(tasks, "onet:task:990008").props.taskType).toBeNull();
    expect(byId(tasks, "onet:task:990001").props).toMatchObject({
      name: "Brush and detangle llama fleece before shearing festivals.",
      description: "Brush and detangle llama fleece before shearing festivals. (Llama Grooming Technicians)",
      taskType: "Core",
    });
    expect(byId(tasks, "onet:task:990001").links).toEqual({ occupation: "onet:99-0001.00" });
    expect(entry(p, "Tasks to DWAs.txt").stats.problems).toEqual([
      { file: "Tasks to DWAs.txt", line: 17, message: "unknown DWA ID 4.A.3.a.2.I92.D99 (not in DWA Reference.txt)" },
    ]);
    expect(byId(aspectOf(p, "taskActivities"), "onet:task:990004").links).toEqual([
      "onet:dwa:4.A.3.a.2.I91.D01",
      "onet:dwa:4.A.4.a.8.I91.D01",
    ]);
  });

  it("derives task skills from the GWAs above the task's DWAs, weighted by the occupation's ratings", async () => {
    const skills = aspectOf(await plan(), "taskSkills");
    // Greeting owners (public GWA) and detangling fleece (handling GWA): both skills, strongest first.
    expect(byId(skills, "onet:task:990004").links).toEqual([
      { skill: "onet:skill:2.A.99.a", importance: 0.9 },
      { skill: "onet:skill:2.A.99.b", importance: 0.7 },
    ]);
    // Zeppelin inspectors (99-0004.00) have no ratings: they borrow the mean of their SOC group (99-000x).
    expect(byId(skills, "onet:task:990013").links).toEqual([{ skill: "onet:skill:2.B.99.a", importance: 0.513 }]);
    expect(byId(skills, "onet:task:990015").links).toEqual([{ skill: "onet:skill:2.A.99.a", importance: 0.35 }]);
    expect(byId(skills, "onet:task:990014").links).toEqual([]);
  });

  it("joins the companion files on Task ID, skipping tasks the release does not have", async () => {
    const p = await plan();
    expect(entry(p, "full_labelset.tsv").stats).toMatchObject({ rows: 9, bad: 0, skipped: 1 });
    expect(byId(aspectOf(p, "taskExposure"), "onet:task:990014").props).toEqual({
      aiExposure: 0.5,
      aiExposureHuman: 1,
      automationPotential: 0.75,
    });
    expect(byId(aspectOf(p, "taskExposure"), "onet:task:990002").props).toEqual({
      aiExposure: null,
      aiExposureHuman: null,
      automationPotential: null,
    });
    expect(entry(p, "task_level_freq_importance_relevance.csv").stats).toMatchObject({ rows: 11, skipped: 1 });
    expect(byId(aspectOf(p, "taskRatings"), "onet:task:990001").props).toEqual({ frequencyPerDay: 2.1, onetImportance: 0.775 });
  });

  it("derives task traits and names the traits to merge, from the catalog or a placeholder", async () => {
    const p = await plan();
    const traits = entry(p, "(derived) task traits").write!;
    expect(byId(traits.aspect!.items, "onet:task:990004").links).toEqual([
      { trait: "trait:customer-facing", weight: 0.9 },
      { trait: "trait:interactive", weight: 0.8 },
      { trait: "trait:location-bound", weight: 0.8 },
      { trait: "trait:ongoing", weight: 0.6 },
      { trait: "trait:physical", weight: 0.9 },
      { trait: "trait:repetitive", weight: 0.3 },
    ]);
    expect(byId(traits.traits!, "trait:physical")).toEqual({ id: "trait:physical", name: "Physical", description: "Handles goods." });
    expect(byId(traits.traits!, "trait:location-bound").name).toBe("Location bound");
  });

  it("without --exposure and --ratings, writes neither aspect and derives traits from activities alone", async () => {
    const p = await plan({ dir: FILES.dir });
    expect(p.entries.some((e) => e.write?.aspect?.name === "taskExposure" || e.write?.aspect?.name === "taskRatings")).toBe(false);
    expect(byId(aspectOf(p, "taskTraits"), "onet:task:990008").links).toEqual([]);
  });

  it("is deterministic: the same release gives the same hashes, a changed row changes only its node", async () => {
    const [a, b] = [await plan(), await plan()];
    const hashes = (p: ImportPlan) => p.entries.flatMap((e) => [...(e.write?.nodes?.items ?? []), ...(e.write?.aspect?.items ?? [])].map((i) => i.hash));
    expect(hashes(a)).toEqual(hashes(b));

    const other = planImport(await readRelease(FILES), { source: "onet-other", traitCatalog: CATALOG });
    expect(nodesOf(other, "Task Statements.txt")[0]!.hash).not.toBe(nodesOf(a, "Task Statements.txt")[0]!.hash);
    // Aspects do not carry the source: only the nodes themselves change.
    expect(aspectOf(other, "taskActivities").map((i) => i.hash)).toEqual(aspectOf(a, "taskActivities").map((i) => i.hash));
  });
});

describe("deriveTaskSkills", () => {
  const gwaSkills = new Map([
    ["g1", ["s1", "s2", "s3"]],
    ["g2", ["s2", "s4", "s5", "s6", "s7"]],
  ]);

  it("keeps the five most important, breaking ties by how many of the task's GWAs call for the skill", () => {
    const importance = new Map([
      ["s1", 0.5],
      ["s2", 0.5],
      ["s3", 0.9],
      ["s4", 0.3],
      ["s5", 0.6],
      ["s6", 0.5],
      ["s7", 0.8],
    ]);
    expect(deriveTaskSkills(["g1", "g2"], gwaSkills, importance)).toEqual([
      { skill: "onet:skill:s3", importance: 0.9 },
      { skill: "onet:skill:s7", importance: 0.8 },
      { skill: "onet:skill:s5", importance: 0.6 },
      { skill: "onet:skill:s2", importance: 0.5 },
      { skill: "onet:skill:s1", importance: 0.5 },
    ]);
  });

  it("drops skills the occupation rates below somewhat important (0.25) or not at all", () => {
    const importance = new Map([
      ["s1", 0.25],
      ["s2", 0.249],
    ]);
    expect(deriveTaskSkills(["g1"], gwaSkills, importance)).toEqual([{ skill: "onet:skill:s1", importance: 0.25 }]);
    expect(deriveTaskSkills(["g1"], gwaSkills, undefined)).toEqual([]);
    expect(deriveTaskSkills([], gwaSkills, importance)).toEqual([]);
  });
});

describe("groupFallback", () => {
  const rated = new Map([
    ["15-1251.00", new Map([["a", 0.8], ["b", 0.2]])],
    ["15-1253.00", new Map([["a", 0.4]])],
    ["15-1211.00", new Map([["c", 0.6]])],
  ]);
  const importanceOf = groupFallback(rated);

  it("uses an occupation's own ratings where it has them", () => {
    expect(importanceOf("15-1251.00")).toBe(rated.get("15-1251.00"));
  });

  it("borrows the broad group's mean, else the minor group's, else nothing", () => {
    expect(importanceOf("15-1252.00")).toEqual(new Map([["a", 0.6], ["b", 0.2]]));
    expect(importanceOf("15-1299.00")).toEqual(new Map([["a", 0.6], ["b", 0.2], ["c", 0.6]]));
    expect(importanceOf("17-2011.00")).toBeUndefined();
  });
});
