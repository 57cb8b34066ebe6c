/**
 * The ESCO <-> O*NET-SOC crosswalk, for the ESCO import and the intake evaluation: which O*NET
 * occupations each ESCO occupation maps to, and (for the evaluation) ESCO's own words for it.
 */
import { z } from "zod";
import { repairMojibake } from "./mojibake.js";
import { allRowsOf, tableOf } from "./table.js";

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

export const CROSSWALK_FILE = "esco_onet_crosswalk.csv";

export const CROSSWALK_COLUMNS = {
  onetCode: "O*NET Id",
  onetTitle: "O*NET Title",
  uri: "ESCO or ISCO URI",
  title: "ESCO or ISCO Title",
  description: "ESCO or ISCO Description",
  match: "Type of Match",
} as const;

export const crosswalkRow = z.object({
  onetCode: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, "must be an O*NET-SOC code (XX-XXXX.XX)"),
  onetTitle: z.string(),
  uri: z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/(occupation|isco)\//, "must be an ESCO occupation or ISCO URI"),
  title: z.string().transform(repairMojibake),
  description: z.string().transform(repairMojibake),
  match: z.enum(MATCH_TYPES),
});
export type CrosswalkRow = z.infer<typeof crosswalkRow>;

/** Reads the crosswalk file's text (BOM, information lines and all); a row that does not fit refuses the file. */
export function parseCrosswalk(text: string, file = CROSSWALK_FILE): CrosswalkRow[] {
  const table = tableOf(file, text, { bom: "strip", infoLines: CROSSWALK_INFO_LINES });
  return allRowsOf(file, table, CROSSWALK_COLUMNS, crosswalkRow).rows.map((r) => r.row);
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
  return allRowsOf(file, tableOf(file, text, { bom: "strip" }), columns, escoOccupation).rows.map((r) => r.row);
}
