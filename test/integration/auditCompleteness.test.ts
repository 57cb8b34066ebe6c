import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ChangesDocument,
  CreateNodeDocument,
  DeprecateNodeDocument,
  RelateDocument,
  UnrelateDocument,
  UpdateNodeDocument,
} from "../../schema/generated/operations.js";
import { cleanUpCuration, feedHead, okEvents, testTag } from "./curationHelpers.js";
import { type Client, type GraphQLResult, startTestApi, type TestApi } from "./harness.js";

/**
 * Audit completeness: a seeded random run of curation mutations, some failing validation or
 * concurrency checks, some retried with the same idempotency key. Afterwards the committed changes
 * (version increments and change-feed entries) and the steward's OK audit events match one to one.
 */
let api: TestApi;
let steward: Client & { keyId: string };
const TAG = testTag("audit");
const SEED = 20_240_501;
const STEPS = 40;

beforeAll(async () => {
  api = await startTestApi();
  steward = await api.as("STEWARD", `audit-${process.pid}`);
});

afterAll(async () => {
  await cleanUpCuration(api, TAG, [steward.keyId]);
  await api.stop();
});

/** A seeded linear congruential generator (Numerical Recipes' constants): a failure replays exactly. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
}

type Known = { kind: "Trait" | "Task"; version: number; active: boolean };
type Step = Readonly<{ label: string; ok: boolean; entries: number; send: () => Promise<GraphQLResult<unknown>> }>;
type Sent = Readonly<{ step: Step; key: string | null; result: GraphQLResult<unknown> }>;

/** The version of the node a successful answer reports (the node, or a relationship's `from`). */
function versionIn(data: unknown): { id: string; version: number } {
  const value = Object.values(data as Record<string, { id?: string; version?: number; from?: { id: string; version: number } }>)[0]!;
  return value.from ?? { id: value.id!, version: value.version! };
}

describe("a random run of curation mutations", () => {
  it("leaves exactly one OK audit event per committed change, none for failures, one per retried key", async () => {
    const random = prng(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const nodes = new Map<string, Known>();
    const weights = new Map<string, number>();
    const active = (kind: Known["kind"]) => [...nodes].filter(([, n]) => n.kind === kind && n.active).map(([id]) => id);
    let created = 0;

    const nextStep = (i: number, key: string | null): Step => {
      const traits = active("Trait");
      const tasks = active("Task");
      const choice = traits.length < 3 ? "createTrait" : pick(["createTrait", "createTask", "createBad", "update", "stale", "relate", "badWeight", "unrelate", "deprecate"]);
      const send = (document: TypedDocumentNode<unknown, never>, variables: object) => () =>
        steward.request(document, { ...variables, idempotencyKey: key } as never);
      switch (choice) {
        case "createTrait": {
          const id = `trait:${TAG}-${++created}`;
          return { label: `create ${id}`, ok: true, entries: 1, send: send(CreateNodeDocument, { input: { kind: "Trait", id, name: `Audit trait ${created}`, description: "Random." } }) };
        }
        case "createTask": {
          if (tasks.length >= 3) return nextStep(i, key);
          const id = `task:${TAG}-${++created}`;
          const relations = [...new Set([pick(traits), pick(traits)])].map((to) => ({ type: "HAS_TRAIT", to, weight: Math.round(random() * 100) / 100 }));
          relations.forEach((r) => weights.set(`${id}|${r.to}`, r.weight));
          return {
            label: `create ${id} with ${relations.length} traits`,
            ok: true,
            entries: 1 + relations.length,
            send: send(CreateNodeDocument, { input: { kind: "Task", id, name: `Audit task ${created}`, description: "Random.", relations } }),
          };
        }
        case "createBad":
          return { label: "create with a blank description", ok: false, entries: 0, send: send(CreateNodeDocument, { input: { kind: "Trait", name: "Bad", description: " " } }) };
        case "update": {
          const id = pick([...traits, ...tasks]);
          return { label: `update ${id}`, ok: true, entries: 1, send: send(UpdateNodeDocument, { id, version: nodes.get(id)!.version, patch: { description: `Step ${i}.` } }) };
        }
        case "stale": {
          const id = pick([...traits, ...tasks]);
          return { label: `stale update ${id}`, ok: false, entries: 0, send: send(UpdateNodeDocument, { id, version: nodes.get(id)!.version + 7, patch: { name: "Stale" } }) };
        }
        case "relate": {
          if (tasks.length === 0) return nextStep(i, key);
          const from = pick(tasks);
          const to = pick(traits);
          const previous = weights.get(`${from}|${to}`);
          let weight = Math.round(random() * 100) / 100;
          if (weight === previous) weight = weight >= 0.5 ? weight - 0.01 : weight + 0.01;
          weights.set(`${from}|${to}`, weight);
          return { label: `relate ${from} -> ${to} ${weight}`, ok: true, entries: 1, send: send(RelateDocument, { input: { from, version: nodes.get(from)!.version, type: "HAS_TRAIT", to, weight } }) };
        }
        case "badWeight": {
          if (tasks.length === 0) return nextStep(i, key);
          const from = pick(tasks);
          return { label: `relate ${from} weight 2`, ok: false, entries: 0, send: send(RelateDocument, { input: { from, version: nodes.get(from)!.version, type: "HAS_TRAIT", to: pick(traits), weight: 2 } }) };
        }
        case "unrelate": {
          const pair = pick([...weights.keys(), `${tasks[0] ?? "task:none"}|trait:${TAG}-none`]);
          const [from, to] = pair.split("|") as [string, string];
          const exists = weights.has(pair) && nodes.get(from)?.active === true;
          if (exists) weights.delete(pair);
          return { label: `unrelate ${from} -> ${to}`, ok: exists, entries: exists ? 1 : 0, send: send(UnrelateDocument, { input: { from, version: nodes.get(from)?.version ?? 1, type: "HAS_TRAIT", to } }) };
        }
        default: {
          // Deprecate a trait no active task links to, so later relates keep valid targets.
          const free = traits.filter((t) => ![...weights.keys()].some((k) => k.endsWith(`|${t}`)));
          if (free.length < 2 || traits.length < 4) return nextStep(i, key);
          const id = pick(free);
          return { label: `deprecate ${id}`, ok: true, entries: 1, send: send(DeprecateNodeDocument, { id, version: nodes.get(id)!.version, reason: "Random run." }) };
        }
      }
    };

    const since = await feedHead(api);
    const eventsBefore = (await okEvents(api, steward.keyId)).length;
    const sent: Sent[] = [];
    let committed = 0;
    let retries = 0;
    for (let i = 0; i < STEPS; i++) {
      const head = await feedHead(api);
      const events = (await okEvents(api, steward.keyId)).length;
      const earlier = sent.filter((s) => s.key !== null);
      if (earlier.length > 0 && random() < 0.2) {
        // A retried request: same operation, same key. It answers as before and changes nothing.
        const { step, result } = pick(earlier);
        const again = await step.send();
        retries++;
        expect(again.errors?.map((e) => e.extensions?.code), `retry of ${step.label}`).toEqual(result.errors?.map((e) => e.extensions?.code));
        if (step.ok) expect(again.data).toEqual(result.data);
        expect(await feedHead(api)).toBe(head);
        expect(await okEvents(api, steward.keyId)).toHaveLength(events);
        continue;
      }
      const key = random() < 0.5 ? `audit-${TAG}-${i}` : null;
      const step = nextStep(i, key);
      const result = await step.send();
      sent.push({ step, key, result });
      expect(result.errors === undefined, `${step.label}: ${JSON.stringify(result.errors)}`).toBe(step.ok);
      expect(await feedHead(api), step.label).toBe(head + step.entries);
      expect(await okEvents(api, steward.keyId), step.label).toHaveLength(events + (step.ok ? 1 : 0));
      if (!step.ok) continue;
      committed++;
      const { id, version } = versionIn(result.data);
      const kind = id.startsWith("task:") ? "Task" : "Trait";
      nodes.set(id, { kind, version, active: !step.label.startsWith("deprecate") });
    }
    expect(committed).toBeGreaterThanOrEqual(15);
    expect(sent.length - committed).toBeGreaterThanOrEqual(5);
    expect(retries).toBeGreaterThanOrEqual(3);

    // Version increments: every node starts at 1 and gains one per later committed change.
    const versions = await api.executor.read("MATCH (n:Entity) WHERE n.id CONTAINS $tag RETURN n.id AS id, n.version AS version", { tag: TAG });
    const creates = versions.length;
    const increments = versions.reduce((sum, row) => sum + (row.version as number) - 1, 0);
    const events = (await okEvents(api, steward.keyId)).slice(eventsBefore);
    expect(events).toHaveLength(committed);
    expect(events.filter((e) => e.operation === "createNode")).toHaveLength(creates);
    expect(events.filter((e) => e.operation !== "createNode")).toHaveLength(increments);
    for (const { key } of sent.filter((s) => s.key !== null)) {
      expect(events.filter((e) => e.idempotencyKey === key).length).toBeLessThanOrEqual(1);
    }

    // Change-feed entries: each OK event matches the entries of its node and version, and no entry is left over.
    const feed = (await api.request(ChangesDocument, { since, first: 1000 })).data!.changes.entries;
    expect(new Set(feed.map((e) => e.actorId))).toEqual(new Set([steward.keyId]));
    const eventKeys = events.map((e) => {
      const after = JSON.parse(e.after as string) as { id?: string; version?: number; node?: { id: string; version: number } };
      const node = after.node ?? { id: after.id!, version: after.version! };
      return `${e.operation}|${node.id}|${node.version}`;
    });
    const entryKeys = [...new Set(feed.map((e) => `${e.operation}|${e.nodeId}|${e.version}`))];
    expect(entryKeys.sort()).toEqual([...eventKeys].sort());
    const sentEntries = sent.filter((s) => s.step.ok).reduce((sum, s) => sum + s.step.entries, 0);
    expect(feed).toHaveLength(sentEntries);
  });
});
