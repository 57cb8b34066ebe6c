import { readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/env.js";
import type { Embedder } from "../embedding/embedder.js";
import { loadEmbedder } from "../embedding/loadEmbedder.js";
import { AppError } from "../errors.js";
import type { Executor } from "../graph/executor.js";
import { AuditRepository } from "../graph/repositories/auditRepository.js";
import { ChangeFeedRepository } from "../graph/repositories/changeFeedRepository.js";
import { CurationRepository } from "../graph/repositories/curationRepository.js";
import { EmbeddingRepository } from "../graph/repositories/embeddingRepository.js";
import { UnitOfWork } from "../graph/unitOfWork.js";
import type { Principal } from "../services/auth/principal.js";
import { describeDiff } from "../services/curation/bulkDiff.js";
import { DEFAULT_BATCH_SIZE, TaxonomyBulkService } from "../services/curation/bulkService.js";
import { CuratedWork } from "../services/curation/curatedWork.js";
import { TaxonomyWriter } from "../services/curation/taxonomyWriter.js";
import { VectorSync } from "../services/embedding/vectorSync.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

const USAGE = `usage:
  npm run taxonomy -- export [--out <file.json>]
  npm run taxonomy -- import [--dry-run] [--batch-size <n>] <file.json>`;

/** The bulk service as the operating-system user who runs the CLI, with the rights of a steward. */
function bulkService(executor: Executor, principal: Principal, embedder: Embedder, requestId = `cli-${process.pid}`): TaxonomyBulkService {
  const unitOfWork = new UnitOfWork(executor, new AuditRepository(executor), { principal, requestId });
  const repo = new CurationRepository(executor);
  const writer = new TaxonomyWriter(repo, new VectorSync(embedder, new EmbeddingRepository(executor)));
  return new TaxonomyBulkService(repo, writer, new CuratedWork(unitOfWork, new ChangeFeedRepository(executor), principal.id));
}

/**
 * `npm run taxonomy`: export the taxonomy to JSON, or import a file: validate all of it, print the
 * diff, and (without --dry-run) apply it one transaction per batch, audited as `cli:<user>`.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, "dry-run": { type: "boolean", default: false }, "batch-size": { type: "string" } },
  });
  const [command, file] = positionals;
  const batchSize = values["batch-size"] === undefined ? DEFAULT_BATCH_SIZE : Number(values["batch-size"]);
  if ((command !== "export" && command !== "import") || (command === "import" && !file) || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(USAGE);
    return 2;
  }
  const principal: Principal = { kind: "cli", id: `cli:${userInfo().username}`, role: "STEWARD", tenant: null };
  const embedder = await loadEmbedder(loadConfig().embedding, console.error);

  if (command === "export") {
    return withMigratedDatabase(async (db) => {
      const exported = await bulkService(db.executor, principal, embedder).export();
      const text = `${JSON.stringify(exported, null, 2)}\n`;
      if (!values.out) {
        process.stdout.write(text);
        return 0;
      }
      await writeFile(values.out, text);
      console.error(`exported ${(exported.nodes as unknown[]).length} nodes to ${values.out}`);
      return 0;
    });
  }

  const name = path.basename(file!);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file!, "utf8"));
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    return 1;
  }
  return withMigratedDatabase(async (db) => {
    const bulk = bulkService(db.executor, principal, embedder);
    const { ops, problems } = await bulk.plan(json, name);
    if (problems.length > 0) {
      console.error(`${name} is invalid; nothing was written:\n${problems.map((p) => `  ${p}`).join("\n")}`);
      return 1;
    }
    console.log(describeDiff(ops).join("\n"));
    if (values["dry-run"] || ops.length === 0) {
      console.log(ops.length === 0 ? "nothing to change" : "dry run: nothing was written");
      return 0;
    }
    try {
      await bulk.apply(ops, batchSize, (r) => console.log(`batch ${r.batch}: ${r.steps} steps, ${r.changes} change-feed entries, committed`));
    } catch (error) {
      const reason = error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
      console.error(`import stopped: ${reason}\nthe batches reported above are committed; run the import again to apply the rest`);
      return 1;
    }
    console.log(`applied ${ops.length} steps`);
    return 0;
  });
}

runCli(main);
