import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateNodeDocument, UpdateNodeDocument } from "../../schema/generated/operations.js";
import type { Embedder } from "../../src/embedding/embedder.js";
import { EMBEDDED_LABELS, VECTOR_STORE } from "../../src/graph/vectorModel.js";
import { createMaintenance, type Maintenance } from "../../src/services/index.js";
import { cleanUpCuration, testTag } from "./curationHelpers.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

const TAG = testTag("vectors");
const TASK_ID = `task:${TAG}-goldfish`;

let api: TestApi;
let steward: Client & { keyId: string };
let vectors: Maintenance["vectors"];

/** The nearest active nodes of a kind to a sentence, as ids. */
async function nearestIds(sentence: string, k = 5): Promise<string[]> {
  const [vector] = await api.embedder.embed([sentence]);
  return (await vectors.nearest("Task", vector!, k)).map((hit) => hit.id);
}

async function storedHash(id: string): Promise<string | null> {
  const rows = await api.executor.read("MATCH (v:TaskEmbedding {ownerId: $id}) RETURN v.embeddingHash AS hash", { id });
  return (rows[0]?.hash as string | undefined) ?? null;
}

beforeAll(async () => {
  api = await startTestApi();
  steward = await api.as("STEWARD");
  vectors = createMaintenance(api.executor, api.embedder).vectors;
});

afterAll(async () => {
  await cleanUpCuration(api, TAG, [steward.keyId]);
  await api.stop();
});

describe("sentence vectors in the graph", () => {
  it("gives every task, occupation, skill and outcome of the seed a vector of 384 floats", async () => {
    for (const owner of EMBEDDED_LABELS) {
      const [row] = await api.executor.read(
        `MATCH (n:${owner}) OPTIONAL MATCH (v:${VECTOR_STORE[owner].label} {ownerId: n.id})
         RETURN count(n) AS nodes, count(v) AS vectors, collect(DISTINCT size(v.embedding)) AS sizes`,
      );
      expect(row).toMatchObject({ vectors: row!.nodes, sizes: [384] });
      expect(row!.nodes).toBeGreaterThan(0);
    }
  });

  it("finds the seed task a paraphrase means, nearest first", async () => {
    expect((await nearestIds("chase customers who have not paid their invoices"))[0]).toBe("task:finance-chase-overdue-invoices");
    expect((await nearestIds("fix the broken air conditioning in the office"))[0]).toBe("task:facilities-maintain-hvac-systems");
    const [vector] = await api.embedder.embed(["match our bank statement lines against the books"]);
    const hits = await vectors.nearest("Task", vector!, 3);
    expect(hits.map((hit) => hit.id)[0]).toBe("task:finance-reconcile-bank-accounts");
    expect(hits).toHaveLength(3);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it("embeds nothing when the seed is applied again unchanged", async () => {
    const texts: string[] = [];
    const counting: Embedder = {
      modelId: api.embedder.modelId,
      dimension: api.embedder.dimension,
      embed: (batch) => {
        texts.push(...batch);
        return api.embedder.embed(batch);
      },
      close: async () => {},
    };
    const counts = await createMaintenance(api.executor, counting).seed();
    expect(Object.values(counts).every((c) => c.created === 0 && c.changed === 0)).toBe(true);
    expect(texts).toEqual([]);
  });

  it("re-embeds a task whose name a steward changes, in the same unit of work", async () => {
    const created = await steward.request(CreateNodeDocument, {
      input: { kind: "Task", id: TASK_ID, name: "Feed the goldfish in the office aquarium", description: "Every morning, a pinch of flakes." },
    });
    expect(created.errors).toBeUndefined();
    const firstHash = await storedHash(TASK_ID);
    expect(firstHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await nearestIds("give the fish in the office tank their food"))[0]).toBe(TASK_ID);

    const updated = await steward.request(UpdateNodeDocument, {
      id: TASK_ID,
      version: created.data!.createNode.version,
      patch: { name: "Water the potted plants in the office", description: "Every morning, a jug for each pot." },
    });
    expect(updated.errors).toBeUndefined();
    expect(await storedHash(TASK_ID)).not.toBe(firstHash);
    expect((await nearestIds("give the office plants some water"))[0]).toBe(TASK_ID);
  });
});
