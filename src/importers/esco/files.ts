/** The ESCO 1.2.0 files the importer reads, the columns it uses and the shape of their rows. */
import { z } from "zod";
import type { Columns } from "./table.js";

const file = <K extends string, S extends Record<K, z.ZodType>>(name: string, columns: Columns<K>, shape: S) => ({
  name,
  columns,
  row: z.object(shape),
});

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/(occupation|isco|skill|isced-f)\/([A-Za-z0-9-]+)$/;
const uri = (kinds: ReadonlyArray<"occupation" | "isco" | "skill" | "isced-f">) =>
  z
    .string()
    .trim()
    .refine((v) => kinds.includes(ESCO_URI.exec(v)?.[1] as never), `must be an ESCO ${kinds.join(" or ")} URI`);
const label = z.string().trim().min(1, "must not be empty").max(1_000);
const text = z.string().trim().max(20_000);
/** ESCO puts one alternative label per line; the skill collections separate them with " | ". */
const labels = z.string().transform((v) => [...new Set(v.split(/\n| \| /).map((l) => l.trim()).filter(Boolean))]);
const iscoCode = z.string().trim().regex(/^\d{1,4}$/, "must be an ISCO-08 code of 1 to 4 digits");

/** Turns an ESCO URI into the graph id: `http://data.europa.eu/esco/occupation/<uuid>` -> `esco:occupation:<uuid>`. */
export function escoId(value: string): string {
  const match = ESCO_URI.exec(value);
  if (!match) throw new Error(`not an ESCO URI: ${value}`);
  return `esco:${match[1]}:${match[2]}`;
}

export const ISCO_GROUPS = file(
  "ISCOGroups_en.csv",
  { uri: "conceptUri", code: "code", name: "preferredLabel", description: "description" },
  { uri: uri(["isco"]), code: iscoCode, name: label, description: text },
);

export const OCCUPATIONS = file(
  "occupations_en.csv",
  { uri: "conceptUri", isco: "iscoGroup", name: "preferredLabel", altLabels: "altLabels", description: "description", code: "code" },
  { uri: uri(["occupation"]), isco: iscoCode, name: label, altLabels: labels, description: text, code: z.string().trim() },
);

const broader = (name: string, kinds: ReadonlyArray<"occupation" | "isco" | "skill" | "isced-f">) =>
  file(name, { uri: "conceptUri", broaderUri: "broaderUri" }, { uri: uri(kinds), broaderUri: uri(kinds) });

export const OCCUPATION_BROADER = broader("broaderRelationsOccPillar_en.csv", ["occupation", "isco"]);

export const SKILL_GROUPS = file(
  "skillGroups_en.csv",
  { uri: "conceptUri", name: "preferredLabel", altLabels: "altLabels", description: "description", code: "code" },
  { uri: uri(["skill", "isced-f"]), name: label, altLabels: labels, description: text, code: z.string().trim() },
);

export const SKILL_BROADER = broader("broaderRelationsSkillPillar_en.csv", ["skill", "isced-f"]);

/** Derived label -> URI lookup; an empty URI is a label the derivation could not resolve. */
export const SKILL_LABELS = file(
  "skills_uri_label.csv",
  { uri: "skillUri", name: "preferredLabel" },
  { uri: z.union([z.literal(""), uri(["skill"])]), name: label },
);

const collection = (name: string) =>
  file(
    name,
    { uri: "conceptUri", name: "preferredLabel", skillType: "skillType", reuseLevel: "reuseLevel", altLabels: "altLabels", description: "description" },
    { uri: uri(["skill"]), name: label, skillType: z.string().trim(), reuseLevel: z.string().trim(), altLabels: labels, description: text },
  );
export const TRANSVERSAL_SKILLS = collection("transversalSkillsCollection_en.csv");
export const DIGITAL_SKILLS = collection("digitalSkillsCollection_en.csv");

/** Derived: one row per occupation, its essential and optional skills as preferred labels joined with "|". */
const skillList = z.string().transform((v) => v.split("|").map((l) => l.trim()).filter(Boolean));
export const OCCUPATION_SKILLS = file(
  "occupation_skills_derived.csv",
  { uri: "occupationUri", essential: "essentialSkills", optional: "optionalSkills" },
  { uri: uri(["occupation"]), essential: skillList, optional: skillList },
);

export type RowOf<F extends Readonly<{ row: z.ZodType }>> = z.output<F["row"]>;
