/**
 * all-MiniLM-L6-v2: @huggingface/tokenizers for word pieces (WordPieces, once per process, on the main
 * thread) and onnxruntime-node for the network (OnnxModel, one per worker thread).
 */
import fs from "node:fs";
import ort from "onnxruntime-node";
import { Tokenizer } from "@huggingface/tokenizers";

/** sentence-transformers truncates this model's input at 256 word pieces ([CLS] and [SEP] included). */
const MAX_TOKENS = 256;
const CLS = 101;
const SEP = 102;
export const DIMENSION = 384;

/**
 * Texts to the model's token ids. One tokenizer for the process rather than one per model thread: it
 * holds about 8 MB of vocabulary once built, and 20 MB while it is built; splitting a need takes about 0.1 ms.
 */
export class WordPieces {
  private constructor(private readonly tokenizer: Tokenizer) {}

  static load(tokenizerFile: string): WordPieces {
    return new WordPieces(new Tokenizer(JSON.parse(fs.readFileSync(tokenizerFile, "utf8")) as object, {}));
  }

  /** Token ids with [CLS] ... [SEP], cut to MAX_TOKENS as the model was trained. */
  of(text: string): Int32Array {
    const ids = this.tokenizer.encode(text, { add_special_tokens: false }).ids;
    const length = Math.min(ids.length, MAX_TOKENS - 2);
    const sequence = new Int32Array(length + 2);
    sequence[0] = CLS;
    for (let i = 0; i < length; i++) sequence[i + 1] = ids[i]!;
    sequence[length + 1] = SEP;
    return sequence;
  }
}

/**
 * One text per run, never padded into a batch: the model is int8 with dynamic quantization, which
 * scales activations over the whole input tensor, so padding and batch neighbours shift a text's
 * vector (cosine 0.98 to 0.99 to itself alone, measured). One text per run keeps a vector a function
 * of its text only, which the content-hash cache relies on.
 */
export class OnnxModel {
  private constructor(private readonly session: ort.InferenceSession) {}

  static async load(onnxFile: string): Promise<OnnxModel> {
    const session = await ort.InferenceSession.create(onnxFile, {
      graphOptimizationLevel: "all",
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      enableCpuMemArena: false,
    });
    return new OnnxModel(session);
  }

  /** One forward pass over a text's word pieces, then mean pooling over the tokens and L2 normalisation (as sentence-transformers does). */
  async embed(sequence: Int32Array): Promise<Float32Array> {
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
