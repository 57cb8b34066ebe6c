/** What a steward may set on each kind of node, validated with the seed's own field rules. */
import { z } from "zod";
import { badInput, parseInput } from "../../domain/input.js";
import { messageFields, type RuleCondition, TRAIT_FIELD_PREFIX } from "../../domain/rules.js";
import {
  businessFunction,
  channelId,
  type CuratedLabel,
  occupationId,
  outcomeId,
  ruleId,
  skillId,
  taskId,
  traitId,
  WORK_ACTIVITY_LEVELS,
  workerTypeId,
} from "../../domain/taxonomy.js";
import { channelSeed, ruleSeed, skillSeed, traitSeed } from "../../seed/seedSchema.js";

/**
 * What a steward may set on each kind of node, as zod schemas built from the seed's own field rules,
 * so a node written through the API or the bulk import obeys what a seed file would. Pure: no I/O.
 */

/** The prefix of the ids stewards give (or are given) per kind: `task:lower-case-words`. */
export const ID_PREFIX: Readonly<Record<CuratedLabel, string>> = {
  Occupation: "occ",
  Task: "task",
  Skill: "skill",
  Outcome: "outcome",
  Trait: "trait",
  WorkerType: "wt",
  Channel: "ch",
  WorkActivity: "wa",
  Rule: "rule",
};

const NEW_ID: Readonly<Record<CuratedLabel, z.ZodString>> = {
  Occupation: occupationId,
  Task: taskId,
  Skill: skillId,
  Outcome: outcomeId,
  Trait: traitId,
  WorkerType: workerTypeId,
  Channel: channelId,
  // The seed has no work activities (O*NET's are `onet:dwa:...`); stewards' own get `wa:`.
  WorkActivity: z.string().regex(/^wa:[a-z0-9][a-z0-9-]*$/, 'must look like "wa:lower-case-words"'),
  Rule: ruleId,
};

const { name, description } = traitSeed.shape;
const { altLabels } = skillSeed.shape;
/** Imported O*NET occupations and tasks have no business function. */
const optionalFunction = businessFunction.nullable().default(null);

export const SKILL_TYPES = ["skill", "knowledge", "technology"] as const;

const { id: _id, name: _name, description: _description, ...channelShape } = channelSeed.shape;
const { effect, severity, penalty, conditions, message } = ruleSeed.shape;

/** The fields of each kind (besides id, status and the bookkeeping the writer owns). */
export const KIND_FIELDS = {
  Occupation: z.strictObject({ name, description, businessFunction: optionalFunction, altLabels }),
  Task: z.strictObject({ name, description, businessFunction: optionalFunction, keywords: altLabels, altLabels }),
  Skill: z.strictObject({ name, description, altLabels, skillType: z.enum(SKILL_TYPES).nullable().default(null) }),
  Outcome: z.strictObject({ name, description }),
  Trait: z.strictObject({ name, description }),
  WorkerType: z.strictObject({ name, description }),
  Channel: z.strictObject({ name, description, ...channelShape, maxEngagementWeeks: channelShape.maxEngagementWeeks.default(null), availability: channelShape.availability.default(1), basis: channelShape.basis.nullable().default(null) }).refine(
    (c) => c.maxEngagementWeeks === null || c.maxEngagementWeeks >= c.minEngagementWeeks,
    { path: ["maxEngagementWeeks"], message: "must not be below minEngagementWeeks" },
  ),
  WorkActivity: z.strictObject({ name, description, level: z.enum(WORK_ACTIVITY_LEVELS), altLabels, keywords: altLabels }),
  Rule: z.strictObject({ name, description, effect, severity, penalty, conditions, message }),
} as const satisfies Record<CuratedLabel, z.ZodType>;

export type Fields = Record<string, unknown>;

/** The names of the fields a kind has, in a stable order (the export writes them in it). */
export function fieldNames(kind: CuratedLabel): string[] {
  return Object.keys(KIND_FIELDS[kind].shape);
}

/**
 * A node's fields as they would be stored, validated as a whole: an update is checked on the node it
 * would leave behind, so a patch cannot break a rule that ties two fields together (a PENALISE rule
 * with no penalty, a channel whose longest engagement is shorter than its shortest).
 * `at` is the argument the fields came in, for error paths (`input`, `patch`).
 */
export function validateFields(kind: CuratedLabel, id: string, fields: Fields, at: string): Fields {
  const parsed = KIND_FIELDS[kind].safeParse(fields);
  if (!parsed.success) throw badInput(parsed.error.issues, at, `a ${kind}`);
  if (kind === "Rule") {
    // The seed's rule schema holds the rules across fields (penalty against effect); rule ids are
    // always `rule:...`, as it expects.
    const whole = ruleSeed.safeParse({ ...parsed.data, id });
    if (!whole.success) throw badInput(whole.error.issues.filter((i) => i.path[0] !== "id"), at, `a ${kind}`);
  }
  return parsed.data;
}

/** A new node's id: the one given, checked against the kind's prefix, or one made from its name. */
export function newId(kind: CuratedLabel, given: string | null | undefined, nodeName: string, at = "input"): string {
  if (given !== null && given !== undefined) {
    return parseInput(NEW_ID[kind], given, `${at}.id`);
  }
  return `${ID_PREFIX[kind]}:${slug(nodeName)}`;
}

/** Lower-case words joined by hyphens, at most 60 characters: "Reconcile bank accounts" -> "reconcile-bank-accounts". */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return words || "node";
}

/** The trait ids a rule's conditions and message read (`trait.<id>`): they must name existing traits. */
export function ruleTraitIds(fields: Fields): string[] {
  const ids = new Set<string>();
  for (const c of (fields.conditions as RuleCondition[] | undefined) ?? []) {
    for (const field of [c.field, c.valueFrom]) if (field?.startsWith(TRAIT_FIELD_PREFIX)) ids.add(field.slice(TRAIT_FIELD_PREFIX.length));
  }
  for (const field of messageFields(String(fields.message ?? ""))) {
    if (field.startsWith(TRAIT_FIELD_PREFIX)) ids.add(field.slice(TRAIT_FIELD_PREFIX.length));
  }
  return [...ids].sort();
}

/** The fields whose values differ, compared as JSON (both sides validated, so key order agrees). */
export function changedFields(before: Fields, after: Fields): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

/** A reason for deprecation, as a steward writes it. */
export const deprecationReason = traitSeed.shape.description;

/** Release notes. */
export const releaseNotes = traitSeed.shape.description;
