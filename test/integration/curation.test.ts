import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ChangesDocument,
  CreateNodeDocument,
  type CreateNodeInput,
  CuratedTaskDocument,
  CuratedTraitsDocument,
  DeprecateNodeDocument,
  PublishReleaseDocument,
  RelateDocument,
  ReleaseByNumberDocument,
  ReleasesDocument,
  RuleByIdDocument,
  UnrelateDocument,
  UpdateNodeDocument,
} from "../../schema/generated/operations.js";
import { createMaintenance } from "../../src/services/index.js";
import { cleanUpCuration, expectError, feedHead, okEvents, stored, testTag } from "./curationHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let steward: Client & { keyId: string };
let viewer: Client & { keyId: string };
let integrator: Client & { keyId: string };
const TAG = testTag("curation");
const id = (prefix: string, name: string) => `${prefix}:${TAG}-${name}`;

const trait = (name: string, extra: Partial<CreateNodeInput> = {}): CreateNodeInput => ({
  kind: "Trait",
  id: id("trait", name),
  name: `Trait ${name} ${TAG}`,
  description: `A test trait (${name}).`,
  ...extra,
});

async function create(input: CreateNodeInput, idempotencyKey?: string) {
  const result = await steward.request(CreateNodeDocument, { input, idempotencyKey });
  expect(result.errors).toBeUndefined();
  return result.data!.createNode;
}

beforeAll(async () => {
  api = await startTestApi();
  steward = await api.as("STEWARD");
  viewer = await api.as("VIEWER");
  integrator = await api.as("INTEGRATOR");
});

afterAll(async () => {
  await cleanUpCuration(api, TAG, [steward.keyId]);
  await api.stop();
});

describe("createNode", () => {
  it("creates a node at version 1 with the id given, or one made from its name", async () => {
    const given = await create(trait("given"));
    expect(given).toMatchObject({ __typename: "Trait", id: id("trait", "given"), status: "ACTIVE", version: 1, source: "workgraph-curation" });
    const made = await create({ kind: "Outcome", name: `Made up ${TAG}`, description: "An outcome without an id." });
    expect(made.id).toBe(`outcome:made-up-${TAG}`);
    const again = await create({ kind: "Outcome", name: `Made up ${TAG}`, description: "The same name again." });
    expect(again.id).toMatch(new RegExp(`^outcome:made-up-${TAG}-[0-9a-f]{6}$`));
  });

  it("creates a channel with its own fields, and a task with its relationships", async () => {
    const channel = await create({
      kind: "Channel",
      id: id("ch", "bench"),
      name: `Bench ${TAG}`,
      description: "Staff from the bench.",
      typicalDaysToStart: 5,
      relativeCost: 0.8,
      minEngagementWeeks: 1,
      offshore: false,
      availability: 0.5,
      basis: "availability 0.5: half the bench is free at any time (stated judgement).",
    });
    expect(channel).toMatchObject({ typicalDaysToStart: 5, relativeCost: 0.8, maxEngagementWeeks: null, offshore: false, availability: 0.5 });
    expect(channel).toMatchObject({ basis: "availability 0.5: half the bench is free at any time (stated judgement)." });

    await create(trait("for-task"));
    const task = await create({
      kind: "Task",
      id: id("task", "with-links"),
      name: `Task with links ${TAG}`,
      description: "A task created with its relationships.",
      businessFunction: "finance",
      keywords: ["ledger"],
      relations: [
        { type: "HAS_TRAIT", to: id("trait", "for-task"), weight: 0.7 },
        { type: "REQUIRES_SKILL", to: "skill:spreadsheets", weight: 0.5 },
        { type: "CONTRIBUTES_TO", to: "outcome:accurate-financial-close" },
      ],
    });
    expect(task.version).toBe(1);
    const { data } = await api.request(CuratedTaskDocument, { id: task.id });
    expect(data!.task.traits).toEqual([{ weight: 0.7, trait: { id: id("trait", "for-task") } }]);
    expect(data!.task.skills).toEqual([{ importance: 0.5, skill: { id: "skill:spreadsheets" } }]);
    expect(data!.task.outcomes).toEqual([{ id: "outcome:accurate-financial-close" }]);
  });

  it.each<[string, CreateNodeInput, string, string]>([
    ["a duplicate id", trait("given"), "CONFLICT", "input.id"],
    ["an id with the wrong prefix", trait("x", { id: `task:${TAG}-x` }), "BAD_USER_INPUT", "input.id"],
    ["a field of another kind", trait("y", { relativeCost: 1 }), "BAD_USER_INPUT", "input.relativeCost"],
    ["a blank name", trait("z", { name: "  " }), "BAD_USER_INPUT", "input.name"],
    ["a channel without its fields", { kind: "Channel", name: `C ${TAG}`, description: "No fields." }, "BAD_USER_INPUT", "input.typicalDaysToStart"],
    ["a weight out of range", trait("w", { kind: "Task", id: id("task", "w"), relations: [{ type: "HAS_TRAIT", to: "trait:repetitive", weight: 1.5 }] }), "BAD_USER_INPUT", "input.relations.0.weight"],
    ["a relationship to the wrong kind", trait("v", { kind: "Task", id: id("task", "v"), relations: [{ type: "HAS_TRAIT", to: "skill:spreadsheets", weight: 0.5 }] }), "BAD_USER_INPUT", "input.relations.0.to"],
    ["a relationship to nothing", trait("u", { kind: "Task", id: id("task", "u"), relations: [{ type: "CONTRIBUTES_TO", to: "outcome:nope" }] }), "BAD_USER_INPUT", "input.relations.0.to"],
  ])("refuses %s, naming the field, and writes nothing", async (_label, input, code, field) => {
    const head = await feedHead(api);
    const events = (await okEvents(api, steward.keyId)).length;
    expectError(await steward.request(CreateNodeDocument, { input }), code, { field });
    expect(await feedHead(api)).toBe(head);
    expect(await okEvents(api, steward.keyId)).toHaveLength(events);
    if (code !== "CONFLICT" && input.id) expect(await stored(api, String(input.id))).toBeNull();
  });

  it("answers a retry with the same idempotency key as the first time, creating one node", async () => {
    const key = `create-${TAG}`;
    const first = await create(trait("retried"), key);
    const second = await create(trait("retried"), key);
    expect(second).toEqual(first);
    const events = (await okEvents(api, steward.keyId)).filter((e) => e.idempotencyKey === key);
    expect(events).toHaveLength(1);
  });
});

describe("updateNode", () => {
  it("changes the fields given at the version read, and counts the version up", async () => {
    const before = await create(trait("update"));
    const result = await steward.request(UpdateNodeDocument, { id: before.id, version: 1, patch: { description: "Reworded." } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateNode).toMatchObject({ description: "Reworded.", name: before.name, version: 2 });
    expect(Date.parse(result.data!.updateNode.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
  });

  it("refuses a stale version with CONFLICT and currentVersion, and leaves the node as it was", async () => {
    const node = await stored(api, id("trait", "update"));
    const result = await steward.request(UpdateNodeDocument, { id: id("trait", "update"), version: 1, patch: { name: "Stale" } });
    expectError(result, "CONFLICT", { currentVersion: 2, field: "version" });
    expect(result.errors![0]!.path).toEqual(["updateNode"]);
    expect(await stored(api, id("trait", "update"))).toEqual(node);
  });

  it("validates the node it would leave behind", async () => {
    await create({
      kind: "Channel",
      id: id("ch", "limits"),
      name: `Limits ${TAG}`,
      description: "A channel with engagement limits.",
      typicalDaysToStart: 10,
      relativeCost: 1.2,
      minEngagementWeeks: 4,
      maxEngagementWeeks: 52,
      offshore: true,
    });
    const shorter = await steward.request(UpdateNodeDocument, { id: id("ch", "limits"), version: 1, patch: { maxEngagementWeeks: 2 } });
    expectError(shorter, "BAD_USER_INPUT", { field: "patch.maxEngagementWeeks" });
    const nothing = await steward.request(UpdateNodeDocument, { id: id("ch", "limits"), version: 1, patch: { offshore: true } });
    expectError(nothing, "BAD_USER_INPUT", { field: "patch" });
    const unlimited = await steward.request(UpdateNodeDocument, { id: id("ch", "limits"), version: 1, patch: { maxEngagementWeeks: null } });
    expect(unlimited.data!.updateNode).toMatchObject({ maxEngagementWeeks: null, version: 2 });
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    expectError(await steward.request(UpdateNodeDocument, { id: `trait:${TAG}-none`, version: 1, patch: { name: "x" } }), "NOT_FOUND");
  });
});

describe("deprecateNode", () => {
  it("keeps the node, hides it from lists unless asked, and names its successor", async () => {
    const old = await create(trait("old"));
    const successor = await create(trait("new"));
    const result = await steward.request(DeprecateNodeDocument, { id: old.id, version: 1, replacedBy: successor.id, reason: "Merged into the new trait." });
    expect(result.errors).toBeUndefined();
    expect(result.data!.deprecateNode).toMatchObject({ status: "DEPRECATED", replacedBy: successor.id, deprecationReason: "Merged into the new trait.", version: 2 });
    expect(result.data!.deprecateNode.deprecatedAt).toEqual(expect.any(String));

    const filter = { text: `trait old ${TAG}` };
    expect((await api.request(CuratedTraitsDocument, { filter })).data!.traits.totalCount).toBe(0);
    const all = await api.request(CuratedTraitsDocument, { filter: { ...filter, includeDeprecated: true } });
    expect(all.data!.traits.edges.map((e) => e.node)).toEqual([{ id: old.id, status: "DEPRECATED", replacedBy: successor.id, suitedBy: [] }]);
  });

  it("refuses a successor of another kind, itself, or one that is missing", async () => {
    await create(trait("doomed"));
    for (const replacedBy of ["skill:spreadsheets", id("trait", "doomed"), id("trait", "missing"), id("trait", "old")]) {
      const result = await steward.request(DeprecateNodeDocument, { id: id("trait", "doomed"), version: 1, replacedBy, reason: "Test." });
      expectError(result, "BAD_USER_INPUT", { field: "replacedBy" });
    }
    expect((await stored(api, id("trait", "doomed")))!.status).toBe("ACTIVE");
  });

  it("freezes a deprecated node, while its relationship fields keep working", async () => {
    await create(trait("frozen-trait"));
    const task = await create({
      kind: "Task",
      id: id("task", "frozen"),
      name: `Frozen task ${TAG}`,
      description: "A task to deprecate.",
      relations: [{ type: "HAS_TRAIT", to: id("trait", "frozen-trait"), weight: 0.4 }],
    });
    await steward.request(DeprecateNodeDocument, { id: task.id, version: 1, reason: "No longer done." });
    const read = await api.request(CuratedTaskDocument, { id: task.id });
    expect(read.data!.task).toMatchObject({ status: "DEPRECATED", replacedBy: null, traits: [{ weight: 0.4, trait: { id: id("trait", "frozen-trait") } }] });
    const update = await steward.request(UpdateNodeDocument, { id: task.id, version: 2, patch: { name: "Revived" } });
    expectError(update, "CONFLICT", { status: "DEPRECATED" });
    const relate = await steward.request(RelateDocument, { input: { from: task.id, version: 2, type: "HAS_TRAIT", to: "trait:repetitive", weight: 0.5 } });
    expectError(relate, "CONFLICT");
  });
});

describe("relate and unrelate", () => {
  it("adds, re-weights and removes a relationship, counting the from node's version each time", async () => {
    await create(trait("suited"));
    const wt = await create({ kind: "WorkerType", id: id("wt", "crew"), name: `Crew ${TAG}`, description: "A test worker type." });
    const added = await steward.request(RelateDocument, { input: { from: wt.id, version: 1, type: "SUITS", to: id("trait", "suited"), weight: -0.4 } });
    expect(added.data!.relate).toEqual({ type: "SUITS", weight: -0.4, from: { id: wt.id, version: 2 }, to: { id: id("trait", "suited"), name: `Trait suited ${TAG}` } });
    const same = await steward.request(RelateDocument, { input: { from: wt.id, version: 2, type: "SUITS", to: id("trait", "suited"), weight: -0.4 } });
    expectError(same, "BAD_USER_INPUT", { field: "input.weight" });
    const reweighted = await steward.request(RelateDocument, { input: { from: wt.id, version: 2, type: "SUITS", to: id("trait", "suited"), weight: 0.9 } });
    expect(reweighted.data!.relate).toMatchObject({ weight: 0.9, from: { version: 3 } });
    const traits = await api.request(CuratedTraitsDocument, { filter: { text: `trait suited ${TAG}` } });
    expect(traits.data!.traits.edges[0]!.node.suitedBy).toEqual([{ weight: 0.9, workerType: { id: wt.id } }]);

    const removed = await steward.request(UnrelateDocument, { input: { from: wt.id, version: 3, type: "SUITS", to: id("trait", "suited") } });
    expect(removed.data!.unrelate).toEqual({ type: "SUITS", weight: 0.9, from: { id: wt.id, version: 4 }, to: { id: id("trait", "suited") } });
    expectError(await steward.request(UnrelateDocument, { input: { from: wt.id, version: 4, type: "SUITS", to: id("trait", "suited") } }), "NOT_FOUND");
  });

  it("detects a concurrent edit of the node's relationships by its version", async () => {
    const stale = await steward.request(RelateDocument, { input: { from: id("wt", "crew"), version: 2, type: "SUITS", to: "trait:repetitive", weight: 0.1 } });
    expectError(stale, "CONFLICT", { currentVersion: 4 });
  });

  it("refuses a weight where the type has none, a missing one, and a BROADER cycle", async () => {
    await create({ kind: "Skill", id: id("skill", "top"), name: `Top ${TAG}`, description: "A broad skill." });
    await create({ kind: "Skill", id: id("skill", "mid"), name: `Mid ${TAG}`, description: "A narrower skill.", relations: [{ type: "BROADER", to: id("skill", "top") }] });
    const unweighted = await steward.request(RelateDocument, { input: { from: id("skill", "top"), version: 1, type: "BROADER", to: "skill:spreadsheets", weight: 0.3 } });
    expectError(unweighted, "BAD_USER_INPUT", { field: "input.weight" });
    const missing = await steward.request(RelateDocument, { input: { from: id("wt", "crew"), version: 4, type: "SUITS", to: "trait:repetitive" } });
    expectError(missing, "BAD_USER_INPUT", { field: "input.weight" });
    const cycle = await steward.request(RelateDocument, { input: { from: id("skill", "top"), version: 1, type: "BROADER", to: id("skill", "mid") } });
    expectError(cycle, "BAD_USER_INPUT", { field: "input.to" });
    expect((await stored(api, id("skill", "top")))!.version).toBe(1);
  });
});

describe("rules", () => {
  const RULE = id("rule", "long-crew");
  const conditions = [{ field: "derived.engagementWeeks", op: "gt" as const, value: "26" }];

  it("creates a rule scoped to a worker type, validated as the seed validates rules", async () => {
    const bad = await steward.request(CreateNodeDocument, {
      input: { kind: "Rule", id: RULE, name: `Long crew ${TAG}`, description: "Test rule.", effect: "PENALISE", severity: "LOW", penalty: 0, message: "Long.", conditions },
    });
    expectError(bad, "BAD_USER_INPUT", { field: "input.penalty" });
    const wrongKind = await steward.request(CreateNodeDocument, {
      input: { kind: "Rule", id: RULE, name: "x", description: "x", effect: "WARN", severity: "LOW", message: "x", conditions: [{ field: "fact.regulated", op: "gt", value: "1" }] },
    });
    expectError(wrongKind, "BAD_USER_INPUT", { field: "input.conditions.0.op" });

    const rule = await create({
      kind: "Rule",
      id: RULE,
      name: `Long crew ${TAG}`,
      description: "Crews kept beyond half a year need review.",
      effect: "PENALISE",
      severity: "MEDIUM",
      penalty: 0.2,
      message: "Engagement of {derived.engagementWeeks} weeks.",
      conditions,
      relations: [{ type: "APPLIES_TO", to: id("wt", "crew") }],
    });
    expect(rule).toMatchObject({ __typename: "Rule", version: 1, penalty: 0.2, workerTypes: [{ id: id("wt", "crew") }], channels: [] });
  });

  it("counts a rule's version up on change, so findings cite the new version", async () => {
    const updated = await steward.request(UpdateNodeDocument, {
      id: RULE,
      version: 1,
      patch: { conditions: [{ field: "derived.engagementWeeks", op: "gt", value: "30" }], penalty: 0.25 },
    });
    expect(updated.errors).toBeUndefined();
    const { data } = await api.request(RuleByIdDocument, { id: RULE });
    expect(data!.rule).toMatchObject({ version: 2, penalty: 0.25, conditions: [{ field: "derived.engagementWeeks", op: "gt", value: "30" }] });
    const active = await createMaintenance(api.executor, api.embedder).activeRules();
    expect(active.find((r) => r.id === RULE)).toMatchObject({ version: 2, penalty: 0.25, workerTypes: [id("wt", "crew")] });
  });

  it("refuses a rule that reads a trait that does not exist", async () => {
    const result = await steward.request(UpdateNodeDocument, {
      id: RULE,
      version: 2,
      patch: { conditions: [{ field: `trait.trait:${TAG}-nothing`, op: "gt", value: "0.5" }] },
    });
    expectError(result, "BAD_USER_INPUT", { field: "patch.conditions" });
  });

  it("refuses to remove a rule's last scope, which would widen it to every worker type", async () => {
    const result = await steward.request(UnrelateDocument, { input: { from: RULE, version: 2, type: "APPLIES_TO", to: id("wt", "crew") } });
    expectError(result, "BAD_USER_INPUT", { field: "input.to" });
    expect(result.errors![0]!.message).toMatch(/would apply to every WorkerType/);
  });
});

describe("the change feed", () => {
  it("returns exactly the changes made, in order, with the version after each", async () => {
    const since = await feedHead(api);
    const wt = await create({ kind: "WorkerType", id: id("wt", "feed"), name: `Feed ${TAG}`, description: "For the feed." });
    await steward.request(UpdateNodeDocument, { id: wt.id, version: 1, patch: { description: "Reworded for the feed." } });
    await steward.request(RelateDocument, { input: { from: wt.id, version: 2, type: "SOURCED_VIA", to: id("ch", "bench") } });
    await steward.request(RelateDocument, { input: { from: wt.id, version: 3, type: "SUITS", to: "trait:repetitive", weight: 0.3 } });
    await steward.request(UnrelateDocument, { input: { from: wt.id, version: 4, type: "SOURCED_VIA", to: id("ch", "bench") } });
    await steward.request(UpdateNodeDocument, { id: wt.id, version: 1, patch: { name: "Stale, refused" } });
    await steward.request(DeprecateNodeDocument, { id: wt.id, version: 5, reason: "Feed test over." });

    const { data, errors } = await viewer.request(ChangesDocument, { since, first: 100 });
    expect(errors).toBeUndefined();
    const feed = data!.changes;
    expect(feed.hasMore).toBe(false);
    expect(feed.entries.map((e) => [e.kind, e.version, e.fields, e.relationType, e.relatedId, e.weight, e.operation])).toEqual([
      ["CREATED", 1, null, null, null, null, "createNode"],
      ["UPDATED", 2, ["description"], null, null, null, "updateNode"],
      ["RELATED", 3, null, "SOURCED_VIA", id("ch", "bench"), null, "relate"],
      ["RELATED", 4, null, "SUITS", "trait:repetitive", 0.3, "relate"],
      ["UNRELATED", 5, null, "SOURCED_VIA", id("ch", "bench"), null, "unrelate"],
      ["DEPRECATED", 6, null, null, null, null, "deprecateNode"],
    ]);
    expect(new Set(feed.entries.map((e) => `${e.nodeId}|${e.nodeKind}|${e.actorId}`))).toEqual(new Set([`${wt.id}|WorkerType|${steward.keyId}`]));
    const sequences = feed.entries.map((e) => e.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => since + 1 + i));
    expect(feed.lastSequence).toBe(since + 6);
    expect(feed.entries[0]!.node).toEqual({ id: wt.id, version: 6, status: "DEPRECATED" });
  });

  it("pages with lastSequence and hasMore", async () => {
    const head = await feedHead(api);
    const first = await viewer.request(ChangesDocument, { since: head - 3, first: 2 });
    expect(first.data!.changes).toMatchObject({ lastSequence: head - 1, hasMore: true });
    const next = await viewer.request(ChangesDocument, { since: first.data!.changes.lastSequence, first: 2 });
    expect(next.data!.changes).toMatchObject({ lastSequence: head, hasMore: false });
    const none = await viewer.request(ChangesDocument, { since: head, first: 2 });
    expect(none.data!.changes).toEqual({ entries: [], lastSequence: head, hasMore: false });
    expectError(await viewer.request(ChangesDocument, { since: 0, first: 1001 }), "BAD_USER_INPUT", { field: "first" });
  });
});

describe("releases", () => {
  it("numbers releases one after another, with the feed position and counts per kind", async () => {
    const head = await feedHead(api);
    const first = await steward.request(PublishReleaseDocument, { notes: `First test release ${TAG}` });
    expect(first.errors).toBeUndefined();
    const one = first.data!.publishRelease;
    expect(one).toMatchObject({ notes: `First test release ${TAG}`, publishedBy: steward.keyId, changeSequence: head });
    const traits = one.counts.find((c) => c.kind === "Trait")!;
    expect(traits.active).toBeGreaterThanOrEqual(12);
    expect(traits.deprecated).toBeGreaterThanOrEqual(1);

    await create(trait("after-release"));
    const second = (await steward.request(PublishReleaseDocument, { notes: "Second test release" })).data!.publishRelease;
    expect(second).toMatchObject({ number: one.number + 1, previousSequence: head, changeSequence: head + 1 });
    expect(second.counts.find((c) => c.kind === "Trait")!.active).toBe(traits.active + 1);

    const list = await viewer.request(ReleasesDocument, { first: 2 });
    expect(list.data!.releases.map((r) => r.number)).toEqual([second.number, one.number]);
    expect((await viewer.request(ReleaseByNumberDocument, { number: one.number })).data!.release).toEqual(one);
    expectError(await viewer.request(ReleaseByNumberDocument, { number: 999_999 }), "NOT_FOUND");
    expectError(await steward.request(PublishReleaseDocument, { notes: " " }), "BAD_USER_INPUT", { field: "notes" });
  });
});

describe("access", () => {
  const graphState = async () =>
    (
      await api.executor.read(
        `MATCH (n) WHERE NOT n:AuditEvent
         RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions, sum(coalesce(n.sequence, 0)) AS sequences`,
      )
    )[0];

  it.each([
    ["createNode", () => ({ document: CreateNodeDocument, variables: { input: trait("forbidden") } })],
    ["updateNode", () => ({ document: UpdateNodeDocument, variables: { id: id("trait", "given"), version: 1, patch: { name: "No" } } })],
    ["deprecateNode", () => ({ document: DeprecateNodeDocument, variables: { id: id("trait", "given"), version: 1, reason: "No." } })],
    ["relate", () => ({ document: RelateDocument, variables: { input: { from: id("wt", "crew"), version: 4, type: "SUITS", to: "trait:repetitive", weight: 0.5 } } })],
    ["unrelate", () => ({ document: UnrelateDocument, variables: { input: { from: id("task", "with-links"), version: 1, type: "CONTRIBUTES_TO", to: "outcome:accurate-financial-close" } } })],
    ["publishRelease", () => ({ document: PublishReleaseDocument, variables: { notes: "Not mine to publish." } })],
  ] as const)("refuses %s to INTEGRATOR and VIEWER with FORBIDDEN, changing nothing", async (_name, operation) => {
    for (const client of [integrator, viewer]) {
      const before = await graphState();
      const { document, variables } = operation();
      const result = await client.request(document as never, variables as never);
      expectError(result, "FORBIDDEN");
      expect(await graphState()).toEqual(before);
    }
  });

  it("lets a VIEWER read the feed and the releases", async () => {
    expect((await viewer.request(ChangesDocument, { since: 0, first: 1 })).errors).toBeUndefined();
    expect((await viewer.request(ReleasesDocument, {})).errors).toBeUndefined();
  });
});
