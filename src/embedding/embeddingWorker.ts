/** A worker thread of the embedding pool: one model, one thread, a request's share of texts (as word pieces) per message. */
import { parentPort, workerData } from "node:worker_threads";
import { OnnxModel } from "./onnxModel.js";

export type EmbedRequest = Readonly<{ id: number; sequences: readonly Int32Array[] }>;
export type EmbedReply = Readonly<{ id: number; vectors: Float32Array[] } | { id: number; error: string }>;
export type WorkerReady = Readonly<{ ready: true } | { ready: false; error: string }>;

const port = parentPort!;
try {
  const model = await OnnxModel.load((workerData as { onnx: string }).onnx);
  const embedAll = async (sequences: readonly Int32Array[]) => {
    const vectors: Float32Array[] = [];
    for (const sequence of sequences) vectors.push(await model.embed(sequence));
    return vectors;
  };
  port.on("message", (request: EmbedRequest) => {
    embedAll(request.sequences).then(
      (vectors) => port.postMessage({ id: request.id, vectors } satisfies EmbedReply, vectors.map((v) => v.buffer as ArrayBuffer)),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies EmbedReply),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
} catch (error) {
  port.postMessage({ ready: false, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) } satisfies WorkerReady);
}
