/**
 * The process's embedder: a pool of worker threads, each running the model (onnxModel.ts) on one
 * thread. onnxruntime-node runs a session on the calling thread, so a model on the main thread would
 * stop every other request while it embeds, and its "parallel" runs would take turns on one core.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Embedder } from "./embedder.js";
import type { EmbedReply, EmbedRequest, WorkerReady } from "./embeddingWorker.js";
import type { ModelFiles } from "./modelFiles.js";
import { DIMENSION } from "./onnxModel.js";

export type OnnxEmbedderOptions = Readonly<{ threads?: number | undefined }>;

/** A text on its way through a worker: what to call with its vector. */
type Job = Readonly<{ resolve: (vector: Float32Array) => void; reject: (error: Error) => void }>;

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

/** One worker: its queue of one job at a time, kept referenced only while it works (an idle pool never holds the process open). */
class ModelThread {
  private nextId = 0;
  private readonly pending = new Map<number, Job>();

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: EmbedReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.vector);
    });
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", (code) => this.failAll(new Error(`embedding worker stopped (exit code ${code})`)));
  }

  static start(files: ModelFiles): Promise<ModelThread> {
    const worker = startWorker({ onnx: files.onnx, tokenizer: files.tokenizer });
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
    return this.pending.size;
  }

  embed(text: string): Promise<Float32Array> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, text } satisfies EmbedRequest);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

/**
 * Texts go to the least busy thread, one text per message; `threads` models run at once, each on
 * one thread (one per core, at most 4, by default).
 */
export class OnnxEmbedder implements Embedder {
  readonly dimension = DIMENSION;

  private constructor(
    readonly modelId: string,
    private readonly threads: readonly ModelThread[],
  ) {}

  static async load(files: ModelFiles, options: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
    const count = options.threads ?? Math.min(os.availableParallelism(), 4);
    const threads = await Promise.all(Array.from({ length: count }, () => ModelThread.start(files)));
    return new OnnxEmbedder(files.modelId, threads);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.stop()));
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    return Promise.all(
      texts.map((text) => {
        const idlest = this.threads.reduce((best, thread) => (thread.load < best.load ? thread : best));
        return idlest.embed(text);
      }),
    );
  }
}
