/** The sentence-embedding contract services depend on, and the content hash that caches its vectors. */
import { createHash } from "node:crypto";

export interface Embedder {
  /** The model and its version: part of every content hash, so a new model re-embeds everything. */
  readonly modelId: string;
  readonly dimension: number;
  /** One unit-length vector per text, in the order given (cosine similarity is then a dot product). */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Releases the model (its threads); an idle embedder never holds the process open, so only tests need it. */
  close(): Promise<void>;
}

/** What a stored vector was computed from: equal hashes mean the stored vector is still right. */
export function embeddingHash(modelId: string, text: string): string {
  return createHash("sha256").update(modelId).update("\u0000").update(text).digest("hex");
}
