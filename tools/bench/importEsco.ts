/**
 * The ESCO part of `npm run bench:import`: ESCO 1.2.0 with the ESCO <-> O*NET crosswalk, imported
 * after O*NET into the same graph, then again. Prints both wall times, the nodes and relationships,
 * and the exact and close crosswalk matches in the graph beside the file's count.
 *
 * Data: ../shared/data beside the repository, or ESCO_DIR / ESCO_CROSSWALK.
 */
import path from "node:path";
import type { Executor } from "../../src/graph/executor.js";
import { type EscoImportReport, escoNotes } from "../../src/importers/esco/importEsco.js";
import { ESCO_SOURCE } from "../../src/importers/esco/plan.js";
import { progressBar } from "../../src/importers/onet/progress.js";
import { formatProblems, formatSummary } from "../../src/importers/onet/summary.js";
import type { Maintenance } from "../../src/services/index.js";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchEsco(maintenance: Maintenance, executor: Executor, data: string): Promise<boolean> {
  const options = {
    dir: process.env.ESCO_DIR ?? path.join(data, "esco_1_2_0"),
    crosswalk: process.env.ESCO_CROSSWALK ?? path.join(data, "esco_onet_crosswalk/esco_onet_crosswalk.csv"),
    source: ESCO_SOURCE,
  };
  const run = async (label: string): Promise<EscoImportReport> => {
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
    console.error(`ESCO ${label}...`);
    const report = await maintenance.importEsco(options, { progress: bar?.update });
    bar?.clear();
    return report;
  };
  const removed = await maintenance.importedSource.deleteSource(ESCO_SOURCE);
  if (removed > 0) console.log(`\nremoved ${removed} ESCO nodes of the previous run`);

  const first = await run("first import");
  console.log(`\n${formatSummary(first)}`);
  for (const line of [...escoNotes(first), ...formatProblems(first)]) console.log(line);
  const counts = await maintenance.importedSource.countsBySource(ESCO_SOURCE);
  console.log(`\nESCO nodes by label: ${JSON.stringify(counts.nodes)}`);
  console.log(`ESCO relationships by type: ${JSON.stringify(counts.relationships)}`);

  // Counted in the graph, not in the plan: what a traversal would find.
  const matches = await executor.read(
    `MATCH (e:Occupation {source: $source})-[m:MATCHES]->(o:Occupation) RETURN m.matchType AS type, e.iscoLevel IS NULL AS occupation, count(*) AS n ORDER BY type`,
    { source: ESCO_SOURCE },
  );
  const exactOrClose = matches
    .filter((row) => row.occupation && (row.type === "EXACT" || row.type === "CLOSE"))
    .reduce((total, row) => total + Number(row.n), 0);
  console.log(`MATCHES by type: ${matches.map((row) => `${String(row.type)}${row.occupation ? "" : " (ISCO group)"} ${Number(row.n)}`).join(", ")}`);
  const figures = first.crosswalk!;
  console.log(
    `exact+close matches: ${exactOrClose} in the graph; the file has ${figures.exactOrClose}, ` +
      `${figures.exactOrClose - figures.exactOrCloseLinked} of them to ESCO occupations that ESCO 1.2.0 no longer has`,
  );

  const second = await run("re-import");
  const { created, changed } = second.totals;
  console.log(`\nESCO re-import: ${created} created, ${changed} changed (expected 0 and 0)`);
  console.log("\nESCO result");
  console.log(`  first import   ${seconds(first.ms)}  (of which sentence vectors ${seconds(first.vectors.ms)}; target 90 s)`);
  console.log(`  no-op re-run   ${seconds(second.ms)}  (target 15 s)`);
  return created + changed === 0 && exactOrClose === figures.exactOrCloseLinked;
}
