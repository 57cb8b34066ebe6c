/** A worker thread of the embedding pool: one model, one thread, one text per message. */
import { parentPort, workerData } from "node:worker_threads";
import { OnnxModel } from "./onnxModel.js";

export type EmbedRequest = Readonly<{ id: number; text: string }>;
export type EmbedReply = Readonly<{ id: number; vector: Float32Array } | { id: number; error: string }>;
export type WorkerReady = Readonly<{ ready: true } | { ready: false; error: string }>;

const port = parentPort!;
try {
  const model = await OnnxModel.load(workerData as { onnx: string; tokenizer: string });
  port.on("message", (request: EmbedRequest) => {
    model.embed(request.text).then(
      (vector) => port.postMessage({ id: request.id, vector } satisfies EmbedReply, [vector.buffer as ArrayBuffer]),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies EmbedReply),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
} catch (error) {
  port.postMessage({ ready: false, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) } satisfies WorkerReady);
}
