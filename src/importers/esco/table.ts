/** ESCO's comma-separated files as validated rows: columns renamed to the importer's keys, problems by file and line. */
import type { z } from "zod";
import { checkHeader, MalformedTableError, OnetFileError, parseTable, type RawTable } from "../onet/delimited.js";
import { badRow, type FileStats, type Parsed } from "../onet/release.js";

/** The importer's key for each column it reads, and the column's name in the file's header. */
export type Columns<K extends string> = Readonly<Record<K, string>>;

export type TableOptions = Readonly<{
  /** ESCO's own CSVs have no byte-order mark; the crosswalk has one. */
  bom: "refuse" | "strip";
  /** Lines of information before the header (the crosswalk has 16). */
  infoLines?: number;
}>;

/**
 * The text of one file as a table, line numbers as in the file. A BOM where none belongs, too few
 * information lines or a quote that is never closed refuse the file (OnetFileError) with the line.
 */
export function tableOf(file: string, text: string, { bom, infoLines = 0 }: TableOptions): RawTable {
  if (text.includes("\u0000")) throw new OnetFileError(file, "is not a text file");
  if (text.startsWith("\uFEFF") && bom === "refuse") {
    throw new OnetFileError(file, "line 1: starts with a byte-order mark (ESCO's CSV files have none; save it as UTF-8 without BOM)");
  }
  const body = text.replace(/^\uFEFF/, "");
  let start = 0;
  for (let line = 0; line < infoLines; line++) {
    start = body.indexOf("\n", start) + 1;
    if (start === 0) throw new OnetFileError(file, `fewer than ${infoLines} information lines before the header`);
  }
  try {
    const table = parseTable(body.slice(start), ",");
    return { header: table.header, records: table.records.map((r) => ({ ...r, line: r.line + infoLines })) };
  } catch (error) {
    if (error instanceof MalformedTableError) throw new OnetFileError(file, `line ${error.line + infoLines}: ${error.problem}`);
    throw error;
  }
}

/**
 * Validates each row on its own: a bad row is reported with its line and skipped. A missing or
 * renamed column refuses the file, and so does a file where most rows are bad (the wrong file).
 */
export function rowsOf<K extends string, T>(file: string, table: RawTable, columns: Columns<K>, schema: z.ZodType<T>): Parsed<T> {
  checkHeader(file, table, Object.values(columns), ",");
  const index = Object.entries<string>(columns).map(([key, column]) => [key, table.header.indexOf(column)] as const);
  const stats: FileStats = { file, rows: 0, bad: 0, skipped: 0, problems: [] };
  const rows = [];
  for (const { line, fields } of table.records) {
    stats.rows++;
    if (fields.length !== table.header.length) {
      badRow(stats, line, `expected ${table.header.length} fields, found ${fields.length}`);
      continue;
    }
    const parsed = schema.safeParse(Object.fromEntries(index.map(([key, i]) => [key, fields[i]])));
    if (parsed.success) rows.push({ line, row: parsed.data, skipped: false });
    else badRow(stats, line, parsed.error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`).join("; "));
  }
  if (stats.bad > 0 && stats.bad * 2 > stats.rows) {
    const first = stats.problems[0]!;
    throw new OnetFileError(file, `${stats.bad} of ${stats.rows} rows are invalid (line ${first.line}: ${first.message})`);
  }
  return { stats, rows };
}

/** For a file where every row must fit (the crosswalk): the first bad row refuses the file. */
export function allRowsOf<K extends string, T>(file: string, table: RawTable, columns: Columns<K>, schema: z.ZodType<T>): Parsed<T> {
  const parsed = rowsOf(file, table, columns, schema);
  const first = parsed.stats.problems[0];
  if (first) throw new OnetFileError(file, `line ${first.line}: ${first.message}`);
  return parsed;
}
