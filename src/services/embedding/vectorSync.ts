/** Keeps the sentence vectors of tasks, occupations, skills and outcomes in step with their text. */
import { type Embedder, embeddingHash } from "../../embedding/embedder.js";
import type { Transaction } from "../../graph/executor.js";
import type { EmbeddingRepository, EmbeddingSource, VectorWrite } from "../../graph/repositories/embeddingRepository.js";
import { EMBEDDED_LABELS, type EmbeddedLabel, isEmbedded } from "../../graph/vectorModel.js";
import { embeddingText } from "./embeddingText.js";

export type VectorCounts = Record<EmbeddedLabel, { embedded: number; unchanged: number; pruned: number }>;

/** Texts embedded per call before their vectors are written; the write of one chunk overlaps the next chunk's embedding. */
const CHUNK = 256;

/**
 * A node's vector is cached by the hash of its text and the model (`embeddingHash` on the vector
 * node): only nodes whose text (or the model) changed since their vector was made are embedded.
 */
export class VectorSync {
  constructor(
    private readonly embedder: Embedder,
    private readonly repository: EmbeddingRepository,
  ) {}

  /** Embeds every node whose vector is missing or stale; after the seed or an import. Safe to run any time. */
  async refresh(
    labels: readonly EmbeddedLabel[] = EMBEDDED_LABELS,
    onProgress: (label: EmbeddedLabel, done: number, total: number) => void = () => {},
  ): Promise<VectorCounts> {
    const counts = {} as VectorCounts;
    for (const label of labels) {
      const pruned = await this.repository.pruneOrphans([label]);
      const sources = await this.repository.sources(label);
      const stale = sources.map((source) => this.plan(label, source)).filter((item) => item.stale);
      let writing: Promise<void> = Promise.resolve();
      for (let i = 0; i < stale.length; i += CHUNK) {
        const chunk = stale.slice(i, i + CHUNK);
        const vectors = await this.embedder.embed(chunk.map((item) => item.text));
        await writing;
        onProgress(label, i + chunk.length, stale.length);
        writing = this.repository.write(label, this.embedder.modelId, chunk.map(({ id, hash }, j) => ({ id, hash, vector: vectors[j]! })));
        // Awaited on the next turn or after the loop; marked handled so a failure meanwhile is not fatal.
        writing.catch(() => {});
      }
      await writing;
      counts[label] = { embedded: stale.length, unchanged: sources.length - stale.length, pruned };
    }
    return counts;
  }

  /**
   * Re-embeds one node inside the caller's transaction when its text changed (curation): the new name
   * and the new vector commit together. A kind without vectors, or an unchanged text, costs nothing.
   */
  async refreshNode(tx: Transaction, kind: string, id: string): Promise<void> {
    if (!isEmbedded(kind)) return;
    const source = await this.repository.sourceIn(tx, kind, id);
    if (!source) return;
    const item = this.plan(kind, source);
    if (!item.stale) return;
    const [vector] = await this.embedder.embed([item.text]);
    const write: VectorWrite = { id, hash: item.hash, vector: vector! };
    await this.repository.writeIn(tx, kind, this.embedder.modelId, [write]);
  }

  private plan(label: EmbeddedLabel, source: EmbeddingSource) {
    const text = embeddingText(label, source);
    const hash = embeddingHash(this.embedder.modelId, text);
    return { id: source.id, text, hash, stale: hash !== source.storedHash };
  }
}
