/** The files the O*NET importer reads and the shape of their rows. */
import { z } from "zod";
import type { Delimiter } from "./delimited.js";

/**
 * The files the importer reads and the shape of their rows. A schema names only the columns the
 * importer uses; each row is validated on its own, so one bad row costs one row, not the file.
 */

const text = z.string().trim().min(1, "must not be empty").max(10_000);
const soc = z.string().trim().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like "15-1252.00"');
const taskId = z.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number);
/** The exposure file was written by pandas, which turned Task IDs into floats ("8823.0"). */
const floatTaskId = z.string().trim().regex(/^\d+(\.0+)?$/, "must be a whole number").transform((v) => Number.parseInt(v, 10));
const decimal = z.string().trim().regex(/^-?\d+(\.\d+)?([eE]-?\d+)?$/, "must be a number").transform(Number);
const optionalDecimal = z.union([z.literal("").transform(() => null), decimal]);
const yesNo = z.enum(["Y", "N"]).transform((v) => v === "Y");
/** O*NET leaves a flag empty where it does not apply (n/a). */
const flag = z.enum(["Y", "N", ""]);
const gwaId = z.string().trim().regex(/^4\.A\.\d+\.[a-z]\.\d+$/, 'must be a work activity element id like "4.A.2.a.4"');
const iwaId = z.string().trim().regex(/^4\.A\.\d+\.[a-z]\.\d+\.I\d{2}$/, 'must be an IWA id like "4.A.2.a.4.I09"');
const dwaId = z.string().trim().regex(/^4\.A\.\d+\.[a-z]\.\d+\.I\d{2}\.D\d{2}$/, 'must be a DWA id like "4.A.2.a.4.I09.D03"');
const skillElementId = z.string().trim().regex(/^2\.[A-C](\.[0-9a-z]+)+$/, 'must be a skill or knowledge element id like "2.A.1.a"');

export type FileSpec<T> = Readonly<{
  /** File name inside the release folder (or the label of a companion file). */
  name: string;
  delimiter: Delimiter;
  columns: readonly string[];
  row: z.ZodType<T>;
  /** Why a valid row is deliberately left out (counted as skipped, not bad). */
  skip?: (row: T) => string | null;
}>;

function spec<S extends z.ZodRawShape, T>(
  name: string,
  delimiter: Delimiter,
  shape: S,
  map: (row: z.output<z.ZodObject<S>>) => T,
  skip?: (row: T) => string | null,
): FileSpec<T> {
  return { name, delimiter, columns: Object.keys(shape), row: z.object(shape).transform(map), ...(skip ? { skip } : {}) };
}

export const OCCUPATIONS = spec(
  "Occupation Data.txt",
  "\t",
  { "O*NET-SOC Code": soc, Title: text, Description: text },
  (r) => ({ code: r["O*NET-SOC Code"], title: r.Title, description: r.Description }),
);

export const REPORTED_TITLES = spec(
  "Sample of Reported Titles.txt",
  "\t",
  { "O*NET-SOC Code": soc, "Reported Job Title": text },
  (r) => ({ code: r["O*NET-SOC Code"], title: r["Reported Job Title"] }),
);

export const JOB_ZONES = spec(
  "Job Zones.txt",
  "\t",
  { "O*NET-SOC Code": soc, "Job Zone": z.string().trim().regex(/^[1-5]$/, "must be 1 to 5").transform(Number) },
  (r) => ({ code: r["O*NET-SOC Code"], jobZone: r["Job Zone"] }),
);

export const CONTENT_MODEL = spec(
  "Content Model Reference.txt",
  "\t",
  { "Element ID": z.string().trim().regex(/^\d+(\.[0-9A-Za-z]+)*$/, "must be an element id"), "Element Name": text, Description: text },
  (r) => ({ elementId: r["Element ID"], name: r["Element Name"], description: r.Description }),
);

export const IWAS = spec(
  "IWA Reference.txt",
  "\t",
  { "Element ID": gwaId, "Element Name": text, "IWA ID": iwaId, "IWA Title": text },
  (r) => ({ gwaId: r["Element ID"], gwaName: r["Element Name"], iwaId: r["IWA ID"], iwaTitle: r["IWA Title"] }),
);

export const DWAS = spec(
  "DWA Reference.txt",
  "\t",
  { "Element ID": gwaId, "IWA ID": iwaId, "DWA ID": dwaId, "DWA Title": text },
  (r) => ({ gwaId: r["Element ID"], iwaId: r["IWA ID"], dwaId: r["DWA ID"], dwaTitle: r["DWA Title"] }),
);

const ratingShape = {
  "O*NET-SOC Code": soc,
  "Element ID": skillElementId,
  "Element Name": text,
  "Scale ID": z.enum(["IM", "LV"], 'must be "IM" or "LV"'),
  "Data Value": decimal,
  "Recommend Suppress": flag,
  "Not Relevant": flag,
};
type RatingRow = Readonly<{
  code: string;
  elementId: string;
  name: string;
  scale: "IM" | "LV";
  value: number;
  suppress: boolean;
  notRelevant: boolean;
}>;
const ratingRow = (r: z.output<z.ZodObject<typeof ratingShape>>): RatingRow => ({
  code: r["O*NET-SOC Code"],
  elementId: r["Element ID"],
  name: r["Element Name"],
  scale: r["Scale ID"],
  value: r["Data Value"],
  suppress: r["Recommend Suppress"] === "Y",
  notRelevant: r["Not Relevant"] === "Y",
});
const ratingSpec = (name: string): FileSpec<RatingRow> => {
  const base = spec(name, "\t", ratingShape, ratingRow, (r) =>
    r.suppress ? "Recommend Suppress = Y" : r.notRelevant ? "Not Relevant = Y" : null,
  );
  // Importance is rated 1-5 and level 0-7; anything else is a typo, not a rating.
  const row = base.row.refine((r) => (r.scale === "IM" ? r.value >= 1 && r.value <= 5 : r.value >= 0 && r.value <= 7), {
    message: "Data Value is out of range for its scale (IM 1-5, LV 0-7)",
    path: ["Data Value"],
  });
  return { ...base, row };
};
export const SKILLS = ratingSpec("Skills.txt");
export const KNOWLEDGE = ratingSpec("Knowledge.txt");
export type { RatingRow };

export const TECHNOLOGY = spec(
  "Technology Skills.txt",
  "\t",
  {
    "O*NET-SOC Code": soc,
    Example: text,
    "Commodity Code": z.string().trim().regex(/^\d{8}$/, "must be an 8-digit UNSPSC commodity code"),
    "Commodity Title": text,
    "Hot Technology": yesNo,
    "In Demand": yesNo,
  },
  (r) => ({
    code: r["O*NET-SOC Code"],
    example: r.Example,
    commodityCode: r["Commodity Code"],
    commodityTitle: r["Commodity Title"],
    hot: r["Hot Technology"],
    inDemand: r["In Demand"],
  }),
);

export const TASKS = spec(
  "Task Statements.txt",
  "\t",
  {
    "O*NET-SOC Code": soc,
    "Task ID": taskId,
    Task: text,
    "Task Type": z.enum(["Core", "Supplemental", ""], 'must be "Core", "Supplemental" or empty'),
  },
  (r) => ({
    code: r["O*NET-SOC Code"],
    taskId: r["Task ID"],
    statement: r.Task,
    taskType: r["Task Type"] === "" ? null : r["Task Type"],
  }),
);

export const TASK_ACTIVITIES = spec(
  "Tasks to DWAs.txt",
  "\t",
  { "O*NET-SOC Code": soc, "Task ID": taskId, "DWA ID": dwaId },
  (r) => ({ code: r["O*NET-SOC Code"], taskId: r["Task ID"], dwaId: r["DWA ID"] }),
);

export const SKILL_ACTIVITIES = spec(
  "Skills to Work Activities.txt",
  "\t",
  { "Skills Element ID": skillElementId, "Work Activities Element ID": gwaId },
  (r) => ({ skillId: r["Skills Element ID"], gwaId: r["Work Activities Element ID"] }),
);

const exposureLabel = z.enum(["E0", "E1", "E2"], "must be E0, E1 or E2");
export const EXPOSURE = spec(
  "full_labelset.tsv",
  "\t",
  {
    "O*NET-SOC Code": soc,
    "Task ID": floatTaskId,
    gpt4_exposure: exposureLabel,
    human_exposure_agg: exposureLabel,
    gpt4_automation: z.enum(["T0", "T1", "T2", "T3", "T4"], "must be T0 to T4"),
  },
  (r) => ({
    code: r["O*NET-SOC Code"],
    taskId: r["Task ID"],
    gpt4: r.gpt4_exposure,
    human: r.human_exposure_agg,
    automation: r.gpt4_automation,
  }),
);

export const RATINGS = spec(
  "task_level_freq_importance_relevance.csv",
  ",",
  { "O*NET-SOC Code": soc, "Task ID": taskId, freq_mean: decimal, importance: optionalDecimal },
  (r) => ({ code: r["O*NET-SOC Code"], taskId: r["Task ID"], frequencyPerDay: r.freq_mean, importance: r.importance }),
);

/** The validated row of a file spec; the aliases below are the ones other modules name. */
export type RowOf<S extends { row: z.ZodType }> = z.output<S["row"]>;
export type OccupationRow = z.output<typeof OCCUPATIONS.row>;
export type DwaRow = z.output<typeof DWAS.row>;
export type TaskRow = z.output<typeof TASKS.row>;
export type ExposureRow = z.output<typeof EXPOSURE.row>;
export type RatingsRow = z.output<typeof RATINGS.row>;
