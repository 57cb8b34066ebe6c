/**
 * The process's embedder: the tokenizer on the main thread, and a pool of worker threads, each running
 * the model (onnxModel.ts) on one thread. onnxruntime-node runs a session on the calling thread, so a
 * model on the main thread would stop every other request while it embeds, and its "parallel" runs
 * would take turns on one core.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Embedder } from "./embedder.js";
import type { EmbedReply, EmbedRequest, WorkerReady } from "./embeddingWorker.js";
import type { ModelFiles } from "./modelFiles.js";
import { DIMENSION, WordPieces } from "./onnxModel.js";

export type OnnxEmbedderOptions = Readonly<{ threads?: number | undefined }>;

/** Texts on their way through a worker: how many word pieces they hold (the worker's load), and what to call with their vectors. */
type Job = Readonly<{ tokens: number; resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>;

/**
 * The worker's script. Compiled, it is plain JavaScript. Under tsx (development, tests) it is
 * TypeScript, and Node 20 does not hand the main thread's module hooks to a worker: a small
 * bootstrap registers tsx in the worker first.
 */
function startWorker(workerData: object): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./embeddingWorker.js", import.meta.url), { workerData });
  // The ESM build of tsx's API (its CommonJS build cannot register from a worker's eval).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/u, ".mjs")).href;
  const script = new URL("./embeddingWorker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** One worker: its queue of jobs, kept referenced only while it works (an idle pool never holds the process open). */
class ModelThread {
  private nextId = 0;
  private readonly pending = new Map<number, Job>();
  /** Word pieces sent and not yet embedded: about how long the worker stays busy. */
  private queued = 0;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: EmbedReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      this.queued -= job.tokens;
      if (this.pending.size === 0) worker.unref();
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.vectors);
    });
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", (code) => this.failAll(new Error(`embedding worker stopped (exit code ${code})`)));
  }

  static start(files: ModelFiles): Promise<ModelThread> {
    const worker = startWorker({ onnx: files.onnx });
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      worker.once("error", failed);
      worker.once("message", (ready: WorkerReady) => {
        worker.off("error", failed);
        if (ready.ready) {
          worker.unref();
          resolve(new ModelThread(worker));
        } else {
          void worker.terminate();
          reject(new Error(ready.error));
        }
      });
    });
  }

  get load(): number {
    return this.queued;
  }

  embed(sequences: readonly Int32Array[]): Promise<Float32Array[]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const tokens = sequences.reduce((sum, sequence) => sum + sequence.length, 0);
      this.pending.set(id, { tokens, resolve, reject });
      this.queued += tokens;
      this.worker.ref();
      this.worker.postMessage({ id, sequences } satisfies EmbedRequest);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
    this.queued = 0;
  }
}

/**
 * A call's texts are shared out over the threads, longest first to the least busy (by word pieces
 * queued), one message per thread: a message wakes a thread, and a need's 10 to 20 short clauses
 * one by one cost more in messages than in the model. `threads` models run at once, each on one
 * thread (one per core, at most 4, by default).
 */
export class OnnxEmbedder implements Embedder {
  readonly dimension = DIMENSION;

  private constructor(
    readonly modelId: string,
    private readonly wordPieces: WordPieces,
    private readonly threads: readonly ModelThread[],
  ) {}

  static async load(files: ModelFiles, options: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
    const count = options.threads ?? Math.min(os.availableParallelism(), 4);
    const wordPieces = WordPieces.load(files.tokenizer);
    const threads = await Promise.all(Array.from({ length: count }, () => ModelThread.start(files)));
    return new OnnxEmbedder(files.modelId, wordPieces, threads);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.stop()));
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const sequences = texts.map((text) => this.wordPieces.of(text));
    const loads = this.threads.map((thread) => thread.load);
    const shares = this.threads.map(() => [] as number[]);
    const longestFirst = sequences.map((_, i) => i).sort((a, b) => sequences[b]!.length - sequences[a]!.length);
    for (const i of longestFirst) {
      const idlest = loads.indexOf(Math.min(...loads));
      shares[idlest]!.push(i);
      loads[idlest]! += sequences[i]!.length;
    }
    const vectors = new Array<Float32Array>(texts.length);
    await Promise.all(
      shares.map(async (share, thread) => {
        if (share.length === 0) return;
        const embedded = await this.threads[thread]!.embed(share.map((i) => sequences[i]!));
        share.forEach((i, k) => (vectors[i] = embedded[k]!));
      }),
    );
    return vectors;
  }
}
