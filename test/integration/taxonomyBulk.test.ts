import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ChangesDocument } from "../../schema/generated/operations.js";
import { cleanUpCuration, feedHead, okEvents, stored, testTag } from "./curationHelpers.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let dir: string;
const TAG = testTag("bulk");
const ACTOR = `cli:${userInfo().username}`;
const ROOT = path.resolve(import.meta.dirname, "../..");
const id = (prefix: string, name: string) => `${prefix}:${TAG}-${name}`;

type Run = { code: number; stdout: string; stderr: string };
async function taxonomy(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/taxonomy.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "silent" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function fileWith(name: string, nodes: unknown[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify({ format: "workgraph-taxonomy", formatVersion: 1, nodes }));
  return file;
}

const TRAIT = { kind: "Trait", id: id("trait", "bulk"), name: `Bulk trait ${TAG}`, description: "Imported." };
const TASK = {
  kind: "Task",
  id: id("task", "bulk"),
  name: `Bulk task ${TAG}`,
  description: "An imported task.",
  businessFunction: "finance",
  relations: [
    { type: "HAS_TRAIT", to: id("trait", "bulk"), weight: 0.6 },
    { type: "REQUIRES_SKILL", to: "skill:spreadsheets", weight: 0.4 },
  ],
};

beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(path.join(tmpdir(), "workgraph-bulk-"));
});

afterAll(async () => {
  await api.executor.write("MATCH (x:TaxonomyChange) WHERE x.nodeId CONTAINS $tag DELETE x", { tag: TAG });
  await cleanUpCuration(api, TAG, []);
  await rm(dir, { recursive: true, force: true });
  await api.stop();
});

describe("npm run taxonomy", () => {
  it("exports every curated node, and importing the export changes nothing", async () => {
    const out = path.join(dir, "export.json");
    const head = await feedHead(api);
    const exported = await taxonomy("export", "--out", out);
    expect(exported.code).toBe(0);
    const file = JSON.parse(await readFile(out, "utf8")) as { format: string; changeSequence: number; nodes: Array<{ kind: string; id: string }> };
    expect(file).toMatchObject({ format: "workgraph-taxonomy", changeSequence: head });
    expect(new Set(file.nodes.map((n) => n.kind))).toEqual(new Set(["Occupation", "Task", "Skill", "Outcome", "Trait", "WorkerType", "Channel", "Rule"]));
    expect(file.nodes.find((n) => n.id === "rule:restricted-data-offshore")).toBeDefined();

    const again = await taxonomy("import", "--dry-run", out);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining("nothing to change") });
    expect(await feedHead(api)).toBe(head);
  }, 60_000);

  it("prints the diff of a dry run and writes nothing", async () => {
    const file = await fileWith("new.json", [TASK, TRAIT]);
    const head = await feedHead(api);
    const run = await taxonomy("import", "--dry-run", file);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 6)).toEqual([
      `created     Task ${TASK.id}`,
      `created     Trait ${TRAIT.id}`,
      `related     ${TASK.id} -HAS_TRAIT-> ${TRAIT.id} (weight 0.6)`,
      `related     ${TASK.id} -REQUIRES_SKILL-> skill:spreadsheets (weight 0.4)`,
      "2 created, 0 updated, 2 related, 0 unrelated, 0 deprecated",
      "dry run: nothing was written",
    ]);
    expect(await stored(api, TASK.id)).toBeNull();
    expect(await feedHead(api)).toBe(head);
  }, 30_000);

  it("applies the diff as the mutations would: versions, change-feed entries and an audit event as cli:<user>", async () => {
    const head = await feedHead(api);
    const events = (await okEvents(api, ACTOR)).length;
    const run = await taxonomy("import", await fileWith("new.json", [TASK, TRAIT]));
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining("applied 4 steps") });
    expect(await stored(api, TASK.id)).toMatchObject({ status: "ACTIVE", version: 3, businessFunction: "finance", source: "workgraph-curation" });

    const feed = (await api.request(ChangesDocument, { since: head })).data!.changes.entries;
    expect(feed.map((e) => [e.kind, e.nodeId, e.version, e.actorId, e.operation])).toEqual([
      ["CREATED", TASK.id, 1, ACTOR, "importTaxonomy"],
      ["CREATED", TRAIT.id, 1, ACTOR, "importTaxonomy"],
      ["RELATED", TASK.id, 2, ACTOR, "importTaxonomy"],
      ["RELATED", TASK.id, 3, ACTOR, "importTaxonomy"],
    ]);
    const audit = (await okEvents(api, ACTOR)).slice(events);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: "importTaxonomy", targetIds: expect.arrayContaining([TASK.id, TRAIT.id, "skill:spreadsheets"]) });

    expect((await taxonomy("import", await fileWith("new.json", [TASK, TRAIT]))).stdout).toContain("nothing to change");
  }, 30_000);

  it("updates, re-weights, unrelates and deprecates from an edited file", async () => {
    const successor = { kind: "Trait", id: id("trait", "successor"), name: `Successor ${TAG}`, description: "Takes over." };
    const nodes = [
      { ...TASK, version: 3, description: "Reworded by import.", relations: [{ type: "HAS_TRAIT", to: successor.id, weight: 0.9 }, { ...TASK.relations[1]!, weight: 0.7 }] },
      { ...TRAIT, status: "DEPRECATED", replacedBy: successor.id, deprecationReason: "Split." },
      successor,
    ];
    const run = await taxonomy("import", await fileWith("edit.json", nodes), "--batch-size", "2");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 created, 1 updated, 2 related, 1 unrelated, 1 deprecated");
    expect(run.stdout).toContain("batch 3: 2 steps");
    expect(await stored(api, TASK.id)).toMatchObject({ description: "Reworded by import.", version: 7 });
    expect(await stored(api, TRAIT.id)).toMatchObject({ status: "DEPRECATED", replacedBy: successor.id, deprecationReason: "Split." });
    const weights = await api.executor.read("MATCH (:Task {id: $id})-[r]->(x) RETURN type(r) AS type, x.id AS to, coalesce(r.weight, r.importance) AS w ORDER BY to", { id: TASK.id });
    expect(weights).toEqual([
      { type: "REQUIRES_SKILL", to: "skill:spreadsheets", w: 0.7 },
      { type: "HAS_TRAIT", to: successor.id, w: 0.9 },
    ]);
  }, 30_000);

  it("refuses an invalid or stale file with its path, writing nothing", async () => {
    const head = await feedHead(api);
    const invalid = await taxonomy("import", await fileWith("bad.json", [{ ...TASK, id: id("task", "bad"), relativeCost: 2 }]));
    expect(invalid).toMatchObject({ code: 1, stderr: expect.stringContaining("bad.json: nodes[0].relativeCost: does not apply to a Task") });
    const stale = await taxonomy("import", await fileWith("stale.json", [{ ...TASK, version: 3, name: "Stale rename", relations: undefined }]));
    expect(stale).toMatchObject({ code: 1, stderr: expect.stringMatching(/stale\.json: nodes\[0\]\.version: .*version 3 in the file, 7 in the graph/) });
    expect(await feedHead(api)).toBe(head);
    expect(await stored(api, id("task", "bad"))).toBeNull();
  }, 30_000);
});
