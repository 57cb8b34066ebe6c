import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangesDocument, CreateNodeDocument, RelateDocument, UpdateNodeDocument } from "../../schema/generated/operations.js";
import { cleanUpCuration, feedHead, okEvents, stored, testTag } from "./curationHelpers.js";
import { type Client, type GraphQLResult, startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let alice: Client & { keyId: string };
let bob: Client & { keyId: string };
const TAG = testTag("concurrency");
const ROUNDS = 5;

beforeAll(async () => {
  api = await startTestApi();
  // Two stewards with keys of their own: the audit log tells them apart.
  alice = await api.as("STEWARD", "steward-a");
  bob = await api.as("STEWARD", "steward-b");
});

afterAll(async () => {
  await cleanUpCuration(api, TAG, [alice.keyId, bob.keyId]);
  await api.stop();
});

const codes = (results: ReadonlyArray<GraphQLResult<unknown>>) => results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");

async function createTrait(name: string): Promise<string> {
  const id = `trait:${TAG}-${name}`;
  const result = await alice.request(CreateNodeDocument, { input: { kind: "Trait", id, name: `Trait ${name}`, description: "Raced over." } });
  expect(result.errors).toBeUndefined();
  return id;
}

describe("two stewards change the same node from the same version at the same time", () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))("round %i: one wins, the other gets CONFLICT, nothing is lost", async (round) => {
    const id = await createTrait(`round-${round}`);
    const since = await feedHead(api);
    const results = await Promise.all([
      alice.request(UpdateNodeDocument, { id, version: 1, patch: { description: `Alice's wording ${round}.` } }),
      bob.request(UpdateNodeDocument, { id, version: 1, patch: { description: `Bob's wording ${round}.`, name: `Bob's name ${round}` } }),
    ]);
    expect(codes(results).sort()).toEqual(["CONFLICT", "OK"]);
    const winner = results[0]!.errors ? 1 : 0;
    const [winnerKey, loserKey] = winner === 0 ? [alice.keyId, bob.keyId] : [bob.keyId, alice.keyId];
    expect(results[1 - winner]!.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });

    // The graph holds exactly the winner's change.
    const node = await stored(api, id);
    const won = (results[winner]!.data as { updateNode: { name: string; description: string } }).updateNode;
    expect(node).toMatchObject({ version: 2, name: won.name, description: won.description });
    expect(node!.description).toBe(winner === 0 ? `Alice's wording ${round}.` : `Bob's wording ${round}.`);

    // One OK audit event (the winner's), one feed entry; the loser left nothing.
    const events = async (actor: string) => (await okEvents(api, actor)).filter((e) => e.operation === "updateNode" && (e.targetIds as string[]).includes(id));
    expect(await events(winnerKey)).toHaveLength(1);
    expect(await events(loserKey)).toHaveLength(0);
    const feed = (await api.request(ChangesDocument, { since, first: 10 })).data!.changes.entries;
    expect(feed.map((e) => [e.kind, e.nodeId, e.version, e.actorId])).toEqual([["UPDATED", id, 2, winnerKey]]);
  });

  it("detects a relationship change racing a field update on the same node", async () => {
    const wtId = `wt:${TAG}-raced`;
    const created = await alice.request(CreateNodeDocument, { input: { kind: "WorkerType", id: wtId, name: "Raced", description: "Raced over." } });
    expect(created.errors).toBeUndefined();
    const results = await Promise.all([
      alice.request(RelateDocument, { input: { from: wtId, version: 1, type: "SUITS", to: "trait:repetitive", weight: 0.5 } }),
      bob.request(UpdateNodeDocument, { id: wtId, version: 1, patch: { name: "Renamed" } }),
    ]);
    expect(codes(results).sort()).toEqual(["CONFLICT", "OK"]);
    const node = await stored(api, wtId);
    expect(node!.version).toBe(2);
    const related = await api.executor.read("MATCH (:WorkerType {id: $id})-[r:SUITS]->() RETURN count(r) AS n", { id: wtId });
    expect(related[0]!.n).toBe(results[0]!.errors ? 0 : 1);
    expect(node!.name).toBe(results[1]!.errors ? "Raced" : "Renamed");
  });

  it("answers two simultaneous retries with the same idempotency key once, changing the node once", async () => {
    const id = await createTrait("same-key");
    const key = `same-key-${TAG}`;
    const patch = { description: "Written once." };
    const results = await Promise.all([1, 2].map(() => alice.request(UpdateNodeDocument, { id, version: 1, patch, idempotencyKey: key })));
    expect(codes(results)).toEqual(["OK", "OK"]);
    expect(results[0]!.data).toEqual(results[1]!.data);
    expect((await stored(api, id))!.version).toBe(2);
    expect((await okEvents(api, alice.keyId)).filter((e) => e.idempotencyKey === key)).toHaveLength(1);
  });
});
