/** all-MiniLM-L6-v2 on one thread: onnxruntime-node for the network, @huggingface/tokenizers for word pieces. */
import fs from "node:fs";
import ort from "onnxruntime-node";
import { Tokenizer } from "@huggingface/tokenizers";
import type { ModelFiles } from "./modelFiles.js";

/** sentence-transformers truncates this model's input at 256 word pieces ([CLS] and [SEP] included). */
const MAX_TOKENS = 256;
const CLS = 101;
const SEP = 102;
export const DIMENSION = 384;

/**
 * One text per run, never padded into a batch: the model is int8 with dynamic quantization, which
 * scales activations over the whole input tensor, so padding and batch neighbours shift a text's
 * vector (cosine 0.98 to 0.99 to itself alone, measured). One text per run keeps a vector a function
 * of its text only, which the content-hash cache relies on.
 */
export class OnnxModel {
  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
  ) {}

  static async load(files: Pick<ModelFiles, "onnx" | "tokenizer">): Promise<OnnxModel> {
    const tokenizer = new Tokenizer(JSON.parse(fs.readFileSync(files.tokenizer, "utf8")) as object, {});
    const session = await ort.InferenceSession.create(files.onnx, {
      graphOptimizationLevel: "all",
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      enableCpuMemArena: false,
    });
    return new OnnxModel(session, tokenizer);
  }

  /** One forward pass, then mean pooling over the tokens and L2 normalisation (as sentence-transformers does). */
  async embed(text: string): Promise<Float32Array> {
    const sequence = this.wordPieces(text);
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

  /** Token ids with [CLS] ... [SEP], cut to MAX_TOKENS as the model was trained. */
  private wordPieces(text: string): number[] {
    const ids = this.tokenizer.encode(text, { add_special_tokens: false }).ids;
    return [CLS, ...ids.slice(0, MAX_TOKENS - 2), SEP];
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
