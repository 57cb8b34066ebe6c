/**
 * `npm run bench:import`: imports the whole O*NET 29.3 text release, with the GPTs-are-GPTs exposure
 * labels and the task ratings, into a Neo4j of its own (embedded, port 7689, `.data/neo4j-bench`),
 * then imports it again. Prints the wall time of both runs, rows per second, and the nodes and
 * relationships by label and type; then the same for ESCO and the crosswalk (importEsco.ts). The imported graph stays in `.data/neo4j-bench` for the other
 * benchmarks; the Neo4j process is stopped at the end if this run started it.
 *
 * Data: ../shared/data beside the repository, or ONET_DIR / ONET_EXPOSURE / ONET_RATINGS.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/database.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/embedded/neo4jLocal.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { migrate } from "../../src/graph/migrations.js";
import { DEFAULT_SOURCE } from "../../src/importers/onet/ids.js";
import type { ImportReport } from "../../src/importers/onet/importOnet.js";
import { progressBar } from "../../src/importers/onet/progress.js";
import { formatProblems, formatSummary } from "../../src/importers/onet/summary.js";
import { createMaintenance, type Maintenance } from "../../src/services/index.js";
import { benchEsco } from "./importEsco.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DATA = path.resolve(ROOT, "../shared/data");
const BENCH = { port: Number(process.env.WORKGRAPH_BENCH_BOLT_PORT ?? 7689), dataDir: path.join(ROOT, ".data/neo4j-bench") };
const OPTIONS = {
  dir: process.env.ONET_DIR ?? path.join(DATA, "onet_29_3"),
  exposure: process.env.ONET_EXPOSURE ?? path.join(DATA, "gpts_are_gpts/full_labelset.tsv"),
  ratings: process.env.ONET_RATINGS ?? path.join(DATA, "onet_task_ratings_derived/task_level_freq_importance_relevance.csv"),
  source: DEFAULT_SOURCE,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const embedder = await loadEmbedder(loadConfig().embedding, (m) => console.error(m));
  const local = await startLocalNeo4j({ ...BENCH, log: (m) => console.error(m) });
  const db = await openDatabase(loadConfig({ ...process.env, NEO4J_URI: local.uri }));
  try {
    await migrate(db.executor);
    const maintenance = createMaintenance(db.executor, embedder);
    const repository = maintenance.importedSource;
    const run = (label: string) => timedImport(maintenance, label);

    // Each bench measures a first import: the previous run's nodes and their vectors go first (not timed with it).
    const cleared = performance.now();
    const removed = await repository.deleteSource(OPTIONS.source);
    if (removed > 0) console.log(`removed ${removed} nodes of the previous run in ${seconds(performance.now() - cleared)}`);

    const first = await run("first import");
    console.log(formatSummary(first));
    const problems = formatProblems(first);
    if (problems.length > 0) console.log(`\nbad rows:\n${problems.join("\n")}`);
    console.log(`\nper file (ms): ${first.files.filter((f) => f.counts).map((f) => `${f.file} ${Math.round(f.ms)}`).join(", ")}`);

    const counts = await repository.countsBySource(OPTIONS.source);
    const table = (title: string, entries: Record<string, number>) => {
      const total = Object.values(entries).reduce((a, b) => a + b, 0);
      console.log(`\n${title}`);
      for (const [name, n] of Object.entries(entries)) console.log(`  ${name.padEnd(16)} ${String(n).padStart(8)}`);
      console.log(`  ${"total".padEnd(16)} ${String(total).padStart(8)}`);
    };
    table("nodes by label", counts.nodes);
    table("relationships by type (from imported nodes)", counts.relationships);

    const second = await run("re-import");
    const { created, changed } = second.totals;
    console.log(`\nre-import: ${created} created, ${changed} changed (expected 0 and 0)`);

    console.log("\nresult");
    console.log(`  first import   ${seconds(first.ms)}  (${Math.round(first.totals.rows / (first.ms / 1000))} rows/s, ${first.totals.rows} rows)`);
    console.log(`  no-op re-run   ${seconds(second.ms)}  (${Math.round(second.totals.rows / (second.ms / 1000))} rows/s)`);
    console.log(`  of which sentence vectors: ${seconds(first.vectors.ms)} first, ${seconds(second.vectors.ms)} re-run`);
    if (created + changed > 0) process.exitCode = 1;
    if (!(await benchEsco(maintenance, db.executor, DATA))) process.exitCode = 1;
  } finally {
    await db.close();
    if (!local.alreadyRunning) await stopLocalNeo4j(BENCH);
  }
}

async function timedImport(maintenance: Maintenance, label: string): Promise<ImportReport> {
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  console.error(`${label}...`);
  const report = await maintenance.importOnet(OPTIONS, { progress: bar?.update });
  bar?.clear();
  return report;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
