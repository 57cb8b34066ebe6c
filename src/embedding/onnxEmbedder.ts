/** all-MiniLM-L6-v2 in process: onnxruntime-node for the network, @huggingface/tokenizers for word pieces. */
import fs from "node:fs";
import os from "node:os";
import ort from "onnxruntime-node";
import { Tokenizer } from "@huggingface/tokenizers";
import type { Embedder } from "./embedder.js";
import type { ModelFiles } from "./modelFiles.js";

/** sentence-transformers truncates this model's input at 256 word pieces ([CLS] and [SEP] included). */
const MAX_TOKENS = 256;
const CLS = 101;
const SEP = 102;
const DIMENSION = 384;

export type OnnxEmbedderOptions = Readonly<{ threads?: number | undefined }>;

/**
 * Runs every text on its own, never padded into a batch: the model is int8 with dynamic quantization,
 * which scales activations over the whole input tensor, so padding and batch neighbours shift a text's
 * vector (cosine 0.98 to 0.99 to itself alone, measured). One text per run keeps a vector a function of
 * its text only, which the content-hash cache relies on. Throughput comes from `threads` runs at once,
 * each on one thread (on 2 shared cores that beat one run on two threads: npm run bench:embed).
 */
export class OnnxEmbedder implements Embedder {
  readonly dimension = DIMENSION;

  private constructor(
    readonly modelId: string,
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
    private readonly parallel: number,
  ) {}

  static async load(files: ModelFiles, options: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
    const tokenizer = new Tokenizer(JSON.parse(fs.readFileSync(files.tokenizer, "utf8")) as object, {});
    const session = await ort.InferenceSession.create(files.onnx, {
      graphOptimizationLevel: "all",
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
    });
    const parallel = options.threads ?? Math.min(os.availableParallelism(), 4);
    return new OnnxEmbedder(files.modelId, session, tokenizer, parallel);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out = new Array<Float32Array>(texts.length);
    let next = 0;
    const worker = async () => {
      while (next < texts.length) {
        const i = next++;
        out[i] = await this.forward(this.wordPieces(texts[i]!));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.parallel, texts.length) }, worker));
    return out;
  }

  /** Token ids with [CLS] ... [SEP], cut to MAX_TOKENS as the model was trained. */
  private wordPieces(text: string): number[] {
    const ids = this.tokenizer.encode(text, { add_special_tokens: false }).ids;
    return [CLS, ...ids.slice(0, MAX_TOKENS - 2), SEP];
  }

  /** One forward pass, then mean pooling over the tokens and L2 normalisation (as sentence-transformers does). */
  private async forward(sequence: readonly number[]): Promise<Float32Array> {
    const dims = [1, sequence.length];
    const result = await this.session.run({
      input_ids: new ort.Tensor("int64", BigInt64Array.from(sequence, BigInt), dims),
      attention_mask: new ort.Tensor("int64", new BigInt64Array(sequence.length).fill(1n), dims),
      token_type_ids: new ort.Tensor("int64", new BigInt64Array(sequence.length), dims),
    });
    const hidden = result.last_hidden_state!.data as Float32Array;
    const vector = new Float32Array(DIMENSION);
    for (let token = 0; token < sequence.length; token++) {
      for (let d = 0; d < DIMENSION; d++) vector[d]! += hidden[token * DIMENSION + d]!;
    }
    return normalised(vector);
  }
}

/** Scales to unit length; the mean's 1/n factor cancels out here, so pooling only sums. */
function normalised(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < vector.length; d++) vector[d]! /= norm;
  return vector;
}
