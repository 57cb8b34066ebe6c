import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { OnetImportError } from "../../src/importers/onet/delimited.js";
import { type ImportReport, OnetStepError } from "../../src/importers/onet/importOnet.js";
import { createMaintenance, type Maintenance } from "../../src/services/index.js";
import { graphTotals, startTestApi, type TestApi } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/onet");
const SOURCE = "onet-fixture";
const OPTIONS = {
  dir: path.join(FIXTURES, "release"),
  exposure: path.join(FIXTURES, "full_labelset.tsv"),
  ratings: path.join(FIXTURES, "task_level_freq_importance_relevance.csv"),
  source: SOURCE,
};
const BROKEN = path.join(ROOT, "test/fixtures/onet-broken");

let api: TestApi;
let maintenance: Maintenance;
let repository: Maintenance["importedSource"];

const file = (report: ImportReport, name: string) => report.files.find((f) => f.file === name)!;

const totals = () => graphTotals(api.executor);

/** Every fixture node with its version and last update: a no-op import must leave all of them as they were. */
async function snapshot(): Promise<unknown[]> {
  const rows = await api.executor.read(
    `MATCH (n:Entity {source: $source}) OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect(type(r) + '>' + m.id + ':' + toString(coalesce(r.importance, r.weight, ''))) AS out
     RETURN n.id AS id, n.version AS version, n.updatedAt AS updatedAt, out ORDER BY id`,
    { source: SOURCE },
  );
  return rows.map((row) => ({ ...row, out: [...(row.out as string[])].sort() }));
}

beforeAll(async () => {
  api = await startTestApi();
  maintenance = createMaintenance(api.executor, api.embedder);
  repository = maintenance.importedSource;
  // The fixtures reuse a few real GWA ids: never run them where a real O*NET import could be overwritten and deleted.
  const [row] = await api.executor.read(
    "MATCH (n:Entity) WHERE n.id STARTS WITH 'onet:' AND n.source <> $source RETURN count(n) AS other",
    { source: SOURCE },
  );
  if (Number(row!.other) > 0) throw new Error("This graph holds a real O*NET import; run the importer tests on the test Neo4j only.");
  await repository.deleteSource(SOURCE);
});

afterAll(async () => {
  if (!api) return;
  await repository.deleteSource(SOURCE);
  const [row] = await api.executor.read("MATCH (n:Entity {source: $source}) RETURN count(n) AS left", { source: SOURCE });
  await api.stop();
  expect(Number(row!.left)).toBe(0);
});

describe("O*NET import of the fixture release", () => {
  it("stops on a malformed file before writing anything, naming the files and what is wrong", async () => {
    const before = await totals();
    const error = await maintenance.importOnet({ ...OPTIONS, dir: BROKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnetImportError);
    expect((error as OnetImportError).message).toContain("Job Zones.txt: is not tab-separated");
    expect((error as OnetImportError).message).toContain('Task Statements.txt: missing column "Task ID"');
    expect(await totals()).toEqual(before);
  });

  it("imports occupations, tasks, the activity hierarchy, skills, exposure and derived traits", async () => {
    const report = await maintenance.importOnet(OPTIONS);

    expect(file(report, "Task Statements.txt")).toMatchObject({ rows: 16, bad: 1, counts: { created: 15, changed: 0, unchanged: 0 } });
    expect(report.vectors.counts.Task.embedded).toBe(15);
    expect(file(report, "Task Statements.txt").problems).toEqual([
      { file: "Task Statements.txt", line: 9, message: "Task ID: must be a whole number" },
    ]);
    expect(file(report, "Tasks to DWAs.txt").problems).toEqual([
      { file: "Tasks to DWAs.txt", line: 17, message: "unknown DWA ID 4.A.3.a.2.I92.D99 (not in DWA Reference.txt)" },
    ]);
    expect(file(report, "Skills.txt")).toMatchObject({ rows: 24, bad: 0, skipped: 3 });
    expect(report.totals).toMatchObject({ bad: 2, changed: 0, unchanged: 0 });

    expect(await repository.countsBySource(SOURCE)).toEqual({
      nodes: { Occupation: 4, Skill: 10, Task: 15, WorkActivity: 34 },
      relationships: { BROADER: 25, HAS_TRAIT: 65, INCLUDES_TASK: 15, PERFORMS: 15, REQUIRES_SKILL: 33 },
    });

    const [task] = await api.executor.read("MATCH (t:Task {id: 'onet:task:990003'}) RETURN t {.*} AS t");
    expect(task!.t).toMatchObject({
      name: "Record grooming appointments in the llama wellness ledger.",
      taskType: "Supplemental",
      source: SOURCE,
      status: "ACTIVE",
      version: 1,
      aiExposure: 1,
      automationPotential: 0.75,
      frequencyPerDay: 6.4,
    });

    // Occupation -> task -> DWA -> IWA -> GWA, and the skill and trait links.
    const paths = await api.executor.read(
      `MATCH (:Occupation {id: 'onet:99-0001.00'})-[:INCLUDES_TASK]->(t:Task {id: 'onet:task:990004'})
             -[:PERFORMS]->(:WorkActivity {level: 'DWA'})-[:BROADER]->(:WorkActivity {level: 'IWA'})-[:BROADER]->(g:WorkActivity {level: 'GWA'})
       RETURN g.id AS gwa ORDER BY gwa`,
    );
    expect(paths.map((p) => p.gwa)).toEqual(["onet:gwa:4.A.3.a.2", "onet:gwa:4.A.4.a.8"]);
    const [rated] = await api.executor.read(
      "MATCH (:Occupation {id: 'onet:99-0001.00'})-[r:REQUIRES_SKILL]->(:Skill {id: 'onet:skill:2.A.99.a'}) RETURN r {.*} AS r",
    );
    expect(rated!.r).toEqual({ importance: 0.9, level: 0.75 });
    const traits = await api.executor.read(
      "MATCH (:Task {id: 'onet:task:990004'})-[r:HAS_TRAIT]->(t:Trait) RETURN t.id AS trait, r.weight AS weight ORDER BY trait",
    );
    expect(traits).toContainEqual({ trait: "trait:customer-facing", weight: 0.9 });
    const [once] = await api.executor.read("MATCH (t:Trait {id: 'trait:physical'}) RETURN count(t) AS n");
    expect(Number(once!.n)).toBe(1);
  });

  it("changes nothing when run again", async () => {
    const before = { graph: await totals(), nodes: await snapshot() };
    const report = await maintenance.importOnet(OPTIONS);
    expect(report.totals).toMatchObject({ created: 0, changed: 0 });
    expect(report.traitsCreated).toBe(0);
    expect(Object.values(report.vectors.counts).map((c) => c.embedded)).toEqual([0, 0, 0, 0]);
    for (const f of report.files) if (f.counts) expect(f.counts.unchanged, f.file).toBeGreaterThan(0);
    expect({ graph: await totals(), nodes: await snapshot() }).toEqual(before);
  });

  it("repairs links deleted by hand with force (a plain re-import trusts the hashes), without new versions", async () => {
    const versions = async () => (await snapshot()).map((n) => ({ ...(n as object), updatedAt: undefined }));
    const before = await versions();
    await api.executor.write("MATCH (:Task {source: $source})-[r:PERFORMS]->() DELETE r", { source: SOURCE });

    const plain = await maintenance.importOnet(OPTIONS);
    expect(plain.totals).toMatchObject({ created: 0, changed: 0 });
    expect((await repository.countsBySource(SOURCE)).relationships.PERFORMS).toBeUndefined();

    const forced = await maintenance.importOnet({ ...OPTIONS, force: true });
    expect(forced.totals).toMatchObject({ created: 0, changed: 0 });
    expect(await versions()).toEqual(before);
  });

  it("serves the imported graph through GraphQL: activities, occupation skills and the work activity hierarchy", async () => {
    const query = parse(`{
      task(id: "onet:task:990004") { activities { id level broader { id level broader { id level } } } skills { importance skill { id } } }
      occupation(id: "onet:99-0003.00") { skills(first: 3) { importance level hot inDemand skill { id skillType } } }
      iwa: workActivity(id: "onet:iwa:4.A.3.a.2.I91") { level broader { id } narrower { id } }
      dwa: workActivity(id: "onet:dwa:4.A.3.a.2.I91.D01") { tasks { id } }
      search(query: "detangle", kinds: [WorkActivity]) { kind node { id } }
    }`) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>;
    const { errors, data } = await api.request(query);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      task: {
        activities: [
          {
            id: "onet:dwa:4.A.3.a.2.I91.D01",
            level: "DWA",
            broader: { id: "onet:iwa:4.A.3.a.2.I91", level: "IWA", broader: { id: "onet:gwa:4.A.3.a.2", level: "GWA" } },
          },
          {
            id: "onet:dwa:4.A.4.a.8.I91.D01",
            level: "DWA",
            broader: { id: "onet:iwa:4.A.4.a.8.I91", level: "IWA", broader: { id: "onet:gwa:4.A.4.a.8", level: "GWA" } },
          },
        ],
        skills: [
          { importance: 0.9, skill: { id: "onet:skill:2.A.99.a" } },
          { importance: 0.7, skill: { id: "onet:skill:2.A.99.b" } },
        ],
      },
      occupation: {
        skills: [
          { importance: 1, level: null, hot: true, inDemand: true, skill: { id: "onet:tech:43299903", skillType: "technology" } },
          { importance: 0.975, level: 0.9, hot: null, inDemand: null, skill: { id: "onet:skill:2.B.99.a", skillType: "skill" } },
          { importance: 0.925, level: 0.871, hot: null, inDemand: null, skill: { id: "onet:skill:2.C.99.b", skillType: "knowledge" } },
        ],
      },
      iwa: {
        level: "IWA",
        broader: { id: "onet:gwa:4.A.3.a.2" },
        narrower: [{ id: "onet:dwa:4.A.3.a.2.I91.D01" }, { id: "onet:dwa:4.A.3.a.2.I91.D02" }],
      },
      dwa: { tasks: [{ id: "onet:task:990001" }, { id: "onet:task:990004" }] },
      search: [{ kind: "WorkActivity", node: { id: "onet:dwa:4.A.3.a.2.I91.D01" } }],
    });
  });

  it("rolls back only the file whose write fails, and a re-run completes the import", async () => {
    await repository.deleteSource(SOURCE);
    const failing = api.executor.observed((query) => {
      if (query.text.includes(":PERFORMS]")) throw new Error("simulated write failure");
    });
    const error = await createMaintenance(failing, api.embedder).importOnet(OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnetStepError);
    expect((error as OnetStepError).file).toBe("Tasks to DWAs.txt");

    const partial = await repository.countsBySource(SOURCE);
    expect(partial.nodes.Task).toBe(15);
    expect(partial.relationships.PERFORMS).toBeUndefined();

    const resumed = await maintenance.importOnet(OPTIONS);
    expect(file(resumed, "Task Statements.txt").counts).toEqual({ created: 0, changed: 0, unchanged: 15 });
    expect(file(resumed, "Tasks to DWAs.txt").counts).toEqual({ created: 15, changed: 0, unchanged: 0 });
    expect((await repository.countsBySource(SOURCE)).relationships.PERFORMS).toBe(15);
  });

  it("runs from the command line: a no-op summary for the fixtures, exit code 1 and the reasons for the broken folder", async () => {
    const run = promisify(execFile);
    const cli = (args: string[]) =>
      run(process.execPath, ["--import", "tsx", "src/cli/importOnet.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "silent" },
      });

    const ok = await cli(["--dir", OPTIONS.dir, "--exposure", OPTIONS.exposure, "--ratings", OPTIONS.ratings, "--source", SOURCE]);
    expect(ok.stdout).toMatch(/^total\s+\d+\s+2\s+\d+\s+0\s+0\s+\d+$/m);
    expect(ok.stderr).toContain("Task Statements.txt:9: Task ID: must be a whole number");

    const broken = await cli(["--dir", BROKEN, "--source", SOURCE]).catch((e: { code: number; stderr: string }) => e);
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stderr: string }).stderr).toContain('Task Statements.txt: missing column "Task ID"');
  }, 60_000);
});
