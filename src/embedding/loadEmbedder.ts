/** The one place that builds the process's embedder: model files ensured, model loaded, failures in one line. */
import type { Config } from "../config/env.js";
import type { Embedder } from "./embedder.js";
import { ensureModel, ModelUnavailableError } from "./modelFiles.js";
import { OnnxEmbedder } from "./onnxEmbedder.js";

/**
 * Loading takes a few hundred milliseconds and about 100 MB: call it once per process and hand the
 * result to whoever embeds. Throws ModelUnavailableError with one line naming what is missing.
 */
export async function loadEmbedder(config: Config["embedding"], log?: (message: string) => void): Promise<Embedder> {
  const files = await ensureModel(config.modelDir, log);
  try {
    return await OnnxEmbedder.load(files, { threads: config.threads });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ModelUnavailableError(`embedding model: cannot load ${files.onnx}: ${reason}`);
  }
}
