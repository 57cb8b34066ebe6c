/** `npm run taxonomy`: bulk export and import of the taxonomy. */
import path from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import type { Principal } from "../domain/principal.js";
import { AppError } from "../errors.js";
import { describeDiff } from "../services/curation/bulkDiff.js";
import { DEFAULT_BATCH_SIZE } from "../services/curation/bulkService.js";
import { createServices } from "../services/index.js";
import { runCli, withMigratedDatabase } from "./withDatabase.js";

const USAGE = `usage:
  npm run taxonomy -- export [--out <file.json>]
  npm run taxonomy -- import [--dry-run] [--batch-size <n>] <file.json>`;

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
  // The operating-system user who runs the CLI, with the rights of a steward.
  const principal: Principal = { kind: "cli", id: `cli:${userInfo().username}`, role: "STEWARD", tenant: null };
  const scope = { principal, requestId: `cli-${process.pid}` };

  if (command === "export") {
    return withMigratedDatabase(async (db, settings) => {
      const exported = await createServices(db.executor, settings, scope).taxonomyBulk.export();
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
  return withMigratedDatabase(async (db, settings) => {
    const bulk = createServices(db.executor, settings, scope).taxonomyBulk;
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
