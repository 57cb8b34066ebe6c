/** The end-of-run table of an import. */
import type { ImportReport } from "./importOnet.js";

const COLUMNS = ["rows", "bad", "skipped", "created", "changed", "unchanged"] as const;

/** The end-of-run table: one line per file, then totals and the time taken. */
export function formatSummary(report: ImportReport): string {
  const width = Math.max(24, ...report.files.map((f) => f.file.length));
  const cell = (value: number | string) => String(value).padStart(9);
  const line = (file: string, values: Array<number | string>, writes: string) =>
    `${file.padEnd(width)} ${values.map(cell).join(" ")}  ${writes}`.trimEnd();
  const lines = [line("file", [...COLUMNS], "writes")];
  for (const f of report.files) {
    const counts = f.counts ? [f.counts.created, f.counts.changed, f.counts.unchanged] : ["-", "-", "-"];
    lines.push(line(f.file, [f.rows, f.bad, f.skipped, ...counts], f.writes));
  }
  const t = report.totals;
  lines.push(line("total", [t.rows, t.bad, t.skipped, t.created, t.changed, t.unchanged], ""));
  const traits = report.traitsCreated > 0 ? `, created ${report.traitsCreated} trait nodes the seed had not` : "";
  const embedded = Object.entries(report.vectors.counts).map(([label, c]) => `${label} ${c.embedded}`).join(", ");
  lines.push(`sentence vectors made: ${embedded} (${(report.vectors.ms / 1000).toFixed(1)} s; unchanged text is not embedded again)`);
  lines.push(`source ${report.source}: ${(report.ms / 1000).toFixed(1)} s${traits}`);
  return lines.join("\n");
}

/** Bad rows with file and line, at most `perFile` per file so a broken file does not flood the terminal. */
export function formatProblems(report: ImportReport, perFile = 20): string[] {
  const out: string[] = [];
  for (const f of report.files) {
    for (const p of f.problems.slice(0, perFile)) out.push(`${p.file}:${p.line}: ${p.message}`);
    if (f.problems.length > perFile) out.push(`${f.file}: ... and ${f.problems.length - perFile} more bad rows`);
  }
  return out;
}
