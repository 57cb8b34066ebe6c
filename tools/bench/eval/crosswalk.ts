/**
 * The ESCO <-> O*NET-SOC crosswalk and the ESCO occupations file, read into plain data for the intake
 * evaluation: which O*NET occupations each ESCO occupation maps to, and ESCO's own words for it.
 */
import { z } from "zod";
import { checkHeader, parseTable, type RawTable } from "../../../src/importers/onet/delimited.js";
import { repairMojibake } from "./mojibake.js";

/** Project information (name, author, version, the two classifications) and two empty lines precede the header. */
export const CROSSWALK_INFO_LINES = 16;

/**
 * Direction, as the rows read: broadMatch pairs a broader O*NET occupation with a narrower ESCO one,
 * narrowMatch the reverse; exactISCO rows point at an ISCO group, not at an ESCO occupation.
 */
export const MATCH_TYPES = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "exactISCO"] as const;
export type MatchType = (typeof MATCH_TYPES)[number];
/** The cleanest labels: the two occupations name the same work. */
export const EXACT_OR_CLOSE: ReadonlySet<MatchType> = new Set(["exactMatch", "closeMatch"]);

const COLUMNS = {
  onetCode: "O*NET Id",
  onetTitle: "O*NET Title",
  uri: "ESCO or ISCO URI",
  title: "ESCO or ISCO Title",
  description: "ESCO or ISCO Description",
  match: "Type of Match",
} as const;

const crosswalkRow = z.object({
  onetCode: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, "must be an O*NET-SOC code (XX-XXXX.XX)"),
  onetTitle: z.string(),
  uri: z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/(occupation|isco)\//, "must be an ESCO occupation or ISCO URI"),
  title: z.string().transform(repairMojibake),
  description: z.string().transform(repairMojibake),
  match: z.enum(MATCH_TYPES),
});
export type CrosswalkRow = z.infer<typeof crosswalkRow>;

/** Reads the crosswalk file's text (BOM, information lines and all); a row that does not fit stops the read. */
export function parseCrosswalk(text: string, file = "esco_onet_crosswalk.csv"): CrosswalkRow[] {
  const body = text.replace(/^\uFEFF/, "");
  let start = 0;
  for (let line = 0; line < CROSSWALK_INFO_LINES; line++) {
    start = body.indexOf("\n", start) + 1;
    if (start === 0) throw new Error(`${file}: fewer than ${CROSSWALK_INFO_LINES} information lines before the header`);
  }
  const table = parseTable(body.slice(start), ",");
  return readRows(file, table, COLUMNS, crosswalkRow, CROSSWALK_INFO_LINES);
}

export type EscoLabels = Readonly<{ exactOrClose: ReadonlySet<string>; all: ReadonlySet<string> }>;

/** O*NET-SOC codes per ESCO occupation URI: the exact/close ones, and every match of any type. */
export function labelsByEscoUri(rows: readonly CrosswalkRow[]): Map<string, EscoLabels> {
  const labels = new Map<string, { exactOrClose: Set<string>; all: Set<string> }>();
  for (const row of rows) {
    if (row.match === "exactISCO") continue;
    const entry = labels.get(row.uri) ?? { exactOrClose: new Set<string>(), all: new Set<string>() };
    entry.all.add(row.onetCode);
    if (EXACT_OR_CLOSE.has(row.match)) entry.exactOrClose.add(row.onetCode);
    labels.set(row.uri, entry);
  }
  return labels;
}

const escoOccupation = z.object({
  uri: z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\//, "must be an ESCO occupation URI"),
  preferredLabel: z.string().trim().min(1),
  altLabels: z.string().transform((v) => v.split("\n").map((label) => label.trim()).filter(Boolean)),
  description: z.string().trim(),
});
export type EscoOccupation = z.infer<typeof escoOccupation>;

/** ESCO's occupations_en.csv: alternative labels are one per line inside their field. */
export function parseEscoOccupations(text: string, file = "occupations_en.csv"): EscoOccupation[] {
  const columns = { uri: "conceptUri", preferredLabel: "preferredLabel", altLabels: "altLabels", description: "description" } as const;
  return readRows(file, parseTable(text, ","), columns, escoOccupation, 0);
}

function readRows<K extends string, T>(
  file: string,
  table: RawTable,
  columns: Readonly<Record<K, string>>,
  schema: z.ZodType<T>,
  lineOffset: number,
): T[] {
  checkHeader(file, table, Object.values(columns), ",");
  const index = Object.entries<string>(columns).map(([key, column]) => [key, table.header.indexOf(column)] as const);
  return table.records.map(({ line, fields }) => {
    const parsed = schema.safeParse(Object.fromEntries(index.map(([key, i]) => [key, fields[i] ?? ""])));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} line ${line + lineOffset}: ${issue.path.join(".")} ${issue.message}`);
  });
}
