/** Reading an ESCO 1.2.0 folder and the crosswalk: every file parsed and validated before anything is written. */
import path from "node:path";
import { readFile, stat } from "node:fs/promises";
import type { z } from "zod";
import { OnetFileError, OnetImportError } from "../onet/delimited.js";
import { describeReadError, type Parsed } from "../onet/release.js";
import { CROSSWALK_COLUMNS, CROSSWALK_INFO_LINES, type CrosswalkRow, crosswalkRow } from "./crosswalk.js";
import {
  DIGITAL_SKILLS,
  ISCO_GROUPS,
  OCCUPATION_BROADER,
  OCCUPATION_SKILLS,
  OCCUPATIONS,
  type RowOf,
  SKILL_BROADER,
  SKILL_GROUPS,
  SKILL_LABELS,
  TRANSVERSAL_SKILLS,
} from "./files.js";
import { allRowsOf, type Columns, rowsOf, tableOf } from "./table.js";

type Collection = Parsed<RowOf<typeof TRANSVERSAL_SKILLS>>;

export type EscoRelease = Readonly<{
  iscoGroups: Parsed<RowOf<typeof ISCO_GROUPS>>;
  occupations: Parsed<RowOf<typeof OCCUPATIONS>>;
  occupationBroader: Parsed<RowOf<typeof OCCUPATION_BROADER>>;
  skillGroups: Parsed<RowOf<typeof SKILL_GROUPS>>;
  skillBroader: Parsed<RowOf<typeof SKILL_BROADER>>;
  skillLabels: Parsed<RowOf<typeof SKILL_LABELS>>;
  collections: readonly Collection[];
  occupationSkills: Parsed<RowOf<typeof OCCUPATION_SKILLS>>;
  crosswalk: Parsed<CrosswalkRow> | null;
}>;

export type EscoFiles = Readonly<{ dir: string; crosswalk?: string | undefined }>;

/**
 * Reads every file before anything is written. Unusable files (missing, a BOM, a broken quote, a
 * column missing or renamed, mostly bad rows; for the crosswalk, any bad row) are collected and
 * thrown together as one OnetImportError; a bad row of an ESCO file is reported and skipped.
 */
export async function readEsco(files: EscoFiles): Promise<EscoRelease> {
  const folder = await stat(files.dir).catch(() => null);
  if (!folder?.isDirectory()) throw new OnetImportError([new OnetFileError(files.dir, "is not a folder")], "ESCO");
  const errors: OnetFileError[] = [];
  const load = async <T>(name: string, file: string, parse: (text: string) => Parsed<T>): Promise<Parsed<T>> => {
    try {
      return parse(await readFile(file, "utf8"));
    } catch (error) {
      errors.push(error instanceof OnetFileError ? error : new OnetFileError(name, describeReadError(error, file)));
      return { stats: { file: name, rows: 0, bad: 0, skipped: 0, problems: [] }, rows: [] };
    }
  };
  const inDir = <K extends string, T>(spec: Readonly<{ name: string; columns: Columns<K>; row: z.ZodType<T> }>) =>
    load(spec.name, path.join(files.dir, spec.name), (text) => rowsOf(spec.name, tableOf(spec.name, text, { bom: "refuse" }), spec.columns, spec.row));
  const crosswalkName = files.crosswalk ? path.basename(files.crosswalk) : null;

  const release: EscoRelease = {
    iscoGroups: await inDir(ISCO_GROUPS),
    occupations: await inDir(OCCUPATIONS),
    occupationBroader: await inDir(OCCUPATION_BROADER),
    skillGroups: await inDir(SKILL_GROUPS),
    skillBroader: await inDir(SKILL_BROADER),
    skillLabels: await inDir(SKILL_LABELS),
    collections: [await inDir(TRANSVERSAL_SKILLS), await inDir(DIGITAL_SKILLS)],
    occupationSkills: await inDir(OCCUPATION_SKILLS),
    crosswalk:
      files.crosswalk && crosswalkName
        ? await load(crosswalkName, files.crosswalk, (text) => {
            const table = tableOf(crosswalkName, text, { bom: "strip", infoLines: CROSSWALK_INFO_LINES });
            return allRowsOf(crosswalkName, table, CROSSWALK_COLUMNS, crosswalkRow);
          })
        : null,
  };
  if (errors.length > 0) throw new OnetImportError(errors, "ESCO");
  return release;
}
