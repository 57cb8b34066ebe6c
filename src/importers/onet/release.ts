/** Reading an O*NET release folder: every file parsed and its rows validated, problems reported by file and line. */
import path from "node:path";
import { readFile, stat } from "node:fs/promises";
import { checkHeader, OnetFileError, OnetImportError, parseTable, type RowProblem } from "./delimited.js";
import {
  CONTENT_MODEL,
  type DwaRow,
  DWAS,
  EXPOSURE,
  type ExposureRow,
  type FileSpec,
  IWAS,
  JOB_ZONES,
  KNOWLEDGE,
  type OccupationRow,
  OCCUPATIONS,
  type RatingRow,
  RATINGS,
  type RatingsRow,
  type RowOf,
  REPORTED_TITLES,
  SKILL_ACTIVITIES,
  SKILLS,
  TASK_ACTIVITIES,
  type TaskRow,
  TASKS,
  TECHNOLOGY,
} from "./rows.js";

/** What happened to one file's rows; the derivation adds problems it finds across files. */
export type FileStats = {
  readonly file: string;
  rows: number;
  bad: number;
  skipped: number;
  readonly problems: RowProblem[];
};

export type Located<T> = Readonly<{ line: number; row: T; skipped: boolean }>;
export type Parsed<T> = Readonly<{ stats: FileStats; rows: ReadonlyArray<Located<T>> }>;

export type Release = Readonly<{
  occupations: Parsed<OccupationRow>;
  reportedTitles: Parsed<RowOf<typeof REPORTED_TITLES>> | null;
  jobZones: Parsed<RowOf<typeof JOB_ZONES>> | null;
  contentModel: Parsed<RowOf<typeof CONTENT_MODEL>> | null;
  iwas: Parsed<RowOf<typeof IWAS>>;
  dwas: Parsed<DwaRow>;
  skills: Parsed<RatingRow>;
  knowledge: Parsed<RatingRow>;
  technology: Parsed<RowOf<typeof TECHNOLOGY>>;
  tasks: Parsed<TaskRow>;
  taskActivities: Parsed<RowOf<typeof TASK_ACTIVITIES>>;
  skillActivities: Parsed<RowOf<typeof SKILL_ACTIVITIES>>;
  exposure: Parsed<ExposureRow> | null;
  ratings: Parsed<RatingsRow> | null;
}>;

export type ReleaseFiles = Readonly<{ dir: string; exposure?: string | undefined; ratings?: string | undefined }>;

/** Release files whose absence is not an error: their data is an extra where it exists. */
export const OPTIONAL_FILES = [REPORTED_TITLES.name, JOB_ZONES.name, CONTENT_MODEL.name] as const;

export function badRow(stats: FileStats, line: number, message: string): void {
  stats.bad++;
  stats.problems.push({ file: stats.file, line, message });
}

/**
 * Reads and validates every file before anything is written. Unusable files (missing, unreadable,
 * not tab-separated, a column missing or renamed, mostly invalid rows) are collected and thrown
 * together as an OnetImportError.
 */
export async function readRelease(files: ReleaseFiles): Promise<Release> {
  const folder = await stat(files.dir).catch(() => null);
  if (!folder?.isDirectory()) throw new OnetImportError([new OnetFileError(files.dir, "is not a folder")]);
  const errors: OnetFileError[] = [];
  const load = async <T>(spec: FileSpec<T>, file: string, optional: boolean): Promise<Parsed<T> | null> => {
    try {
      return await readFileOf(spec, file);
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return null;
      errors.push(error instanceof OnetFileError ? error : new OnetFileError(spec.name, describeReadError(error, file)));
      return null;
    }
  };
  const inDir = <T>(spec: FileSpec<T>) => load(spec, path.join(files.dir, spec.name), OPTIONAL_FILES.includes(spec.name as never));
  const companion = <T>(spec: FileSpec<T>, file: string | undefined) =>
    file ? load({ ...spec, name: path.basename(file) }, file, false) : Promise.resolve(null);

  const release = {
    occupations: await inDir(OCCUPATIONS),
    reportedTitles: await inDir(REPORTED_TITLES),
    jobZones: await inDir(JOB_ZONES),
    contentModel: await inDir(CONTENT_MODEL),
    iwas: await inDir(IWAS),
    dwas: await inDir(DWAS),
    skills: await inDir(SKILLS),
    knowledge: await inDir(KNOWLEDGE),
    technology: await inDir(TECHNOLOGY),
    tasks: await inDir(TASKS),
    taskActivities: await inDir(TASK_ACTIVITIES),
    skillActivities: await inDir(SKILL_ACTIVITIES),
    exposure: await companion(EXPOSURE, files.exposure),
    ratings: await companion(RATINGS, files.ratings),
  };
  if (errors.length > 0) throw new OnetImportError(errors);
  return release as Release;
}

async function readFileOf<T>(spec: FileSpec<T>, file: string): Promise<Parsed<T>> {
  const text = await readFile(file, "utf8");
  if (text.includes("\u0000")) throw new OnetFileError(spec.name, "is not a text file");
  const table = parseTable(text, spec.delimiter);
  checkHeader(spec.name, table, spec.columns, spec.delimiter);

  const stats: FileStats = { file: spec.name, rows: 0, bad: 0, skipped: 0, problems: [] };
  const rows: Array<Located<T>> = [];
  for (const record of table.records) {
    stats.rows++;
    if (record.fields.length !== table.header.length) {
      badRow(stats, record.line, `expected ${table.header.length} fields, found ${record.fields.length}`);
      continue;
    }
    const values = Object.fromEntries(table.header.map((column, i) => [column, record.fields[i]]));
    const parsed = spec.row.safeParse(values);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`);
      badRow(stats, record.line, issues.join("; "));
      continue;
    }
    const reason = spec.skip?.(parsed.data) ?? null;
    if (reason) stats.skipped++;
    rows.push({ line: record.line, row: parsed.data, skipped: reason !== null });
  }
  // A file where most rows fail is the wrong file or a broken export, not a few typos.
  if (stats.bad > 0 && stats.bad * 2 > stats.rows) {
    const first = stats.problems[0]!;
    throw new OnetFileError(spec.name, `${stats.bad} of ${stats.rows} rows are invalid (line ${first.line}: ${first.message})`);
  }
  return { stats, rows };
}

export function describeReadError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `not found (${file})`;
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EACCES") return "cannot be read (permission denied)";
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
