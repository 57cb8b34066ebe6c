/**
 * Reading the O*NET text release (tab-separated) and the comma-separated companion files.
 * A file that cannot be read as a table at all is an OnetFileError (the import stops); a row
 * that does not fit is a RowProblem (the row is skipped and reported with its line).
 */

export type Delimiter = "\t" | ",";

export type RawRecord = Readonly<{ line: number; fields: string[] }>;
export type RawTable = Readonly<{ header: string[]; records: RawRecord[] }>;

export type RowProblem = Readonly<{ file: string; line: number; message: string }>;

/** The whole file is unusable: unreadable, not in the expected format, or missing columns. */
export class OnetFileError extends Error {
  override name = "OnetFileError";
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Several unusable files, reported together so one run shows everything to fix. */
export class OnetImportError extends Error {
  override name = "OnetImportError";
  constructor(
    readonly errors: readonly OnetFileError[],
    taxonomy = "O*NET",
  ) {
    super(`The ${taxonomy} import stopped before writing anything:\n${errors.map((e) => `  ${e.message}`).join("\n")}`);
  }
}

/** The text is not a table at all from `line` on (a broken quote); the reader names the file. */
export class MalformedTableError extends Error {
  override name = "MalformedTableError";
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

export function parseTable(text: string, delimiter: Delimiter): RawTable {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return delimiter === "\t" ? parseTsv(body) : parseCsv(body);
}

/**
 * O*NET's text release has one record per line; a field that contains quotes is written the
 * spreadsheet way (`"Conduct ""head counts"" ..."`), so such a field is unquoted.
 */
function parseTsv(text: string): RawTable {
  const lines = text.split("\n");
  const header = (lines[0] ?? "").replace(/\r$/, "").split("\t").map(unquote);
  const records: RawRecord[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.trim() === "") continue;
    records.push({ line: i + 1, fields: line.split("\t").map(unquote) });
  }
  return { header, records };
}

function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): RawTable {
  const rows: RawRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteOpened = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === "")) rows.push({ line: start, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      quoteOpened = line;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n") {
      endRecord();
      line++;
      start = line;
    } else if (c !== "\r") {
      field += c;
    }
  }
  // Without this, a lost closing quote would silently swallow the rest of the file into one field.
  if (quoted) throw new MalformedTableError(quoteOpened, "a quoted field opened on this line is never closed");
  if (field !== "" || fields.length > 0) endRecord();
  const [header, ...records] = rows;
  return { header: header?.fields ?? [], records };
}

/**
 * Checks that the header names every column the importer reads; extra columns are fine (later
 * O*NET releases add some), a missing or renamed one is not.
 */
export function checkHeader(file: string, table: RawTable, required: readonly string[], delimiter: Delimiter): void {
  const header = table.header;
  if (header.length <= 1 && required.length > 1) {
    const other = delimiter === "\t" ? (header[0]?.includes(",") ? "commas" : header[0]?.includes(";") ? "semicolons" : null) : null;
    throw new OnetFileError(
      file,
      other
        ? `is not tab-separated (the header line is separated by ${other})`
        : `has no ${delimiter === "\t" ? "tab" : "comma"}-separated header line (expected columns: ${required.join(", ")})`,
    );
  }
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new OnetFileError(
      file,
      `missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (the header has ${header.map((c) => `"${c}"`).join(", ")})`,
    );
  }
}
