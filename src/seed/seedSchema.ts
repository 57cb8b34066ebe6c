import { z } from "zod";
import {
  CONDITION_OPS,
  messageFields,
  RULE_EFFECTS,
  RULE_SEVERITIES,
  ruleFieldKind,
  type RuleCondition,
} from "../services/recommend/rules.js";

/**
 * The shape of the seed files in `seed/`. Every file is validated before anything is written,
 * so a typo in a steward's file fails with the file name and the JSON path, not half a graph.
 */

const id = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `must look like "${prefix}:lower-case-words"`);

export const traitId = id("trait");
export const skillId = id("skill");
export const outcomeId = id("outcome");
export const occupationId = id("occ");
export const taskId = id("task");
export const workerTypeId = id("wt");
export const channelId = id("ch");
export const precedentId = id("prec");
export const ruleId = id("rule");

const text = z.string().trim().min(1);
const describable = {
  name: text.max(200),
  description: text.max(2000),
};
/** A weight a steward curates: how strongly a task shows a trait, or how well a worker type suits it. */
const signedWeight = z.number().min(-1).max(1);
const unitWeight = z.number().min(0).max(1);

export const BUSINESS_FUNCTIONS = [
  "finance",
  "hr",
  "it",
  "data",
  "marketing",
  "sales",
  "operations",
  "customer-service",
  "legal",
  "engineering",
  "procurement",
  "facilities",
] as const;
export const businessFunction = z.enum(BUSINESS_FUNCTIONS);

export const traitSeed = z.strictObject({ id: traitId, ...describable });

export const skillSeed = z.strictObject({
  id: skillId,
  ...describable,
  altLabels: z.array(text).default([]),
  broader: z.array(skillId).default([]),
});

export const outcomeSeed = z.strictObject({ id: outcomeId, ...describable });

export const occupationSeed = z.strictObject({
  id: occupationId,
  ...describable,
  businessFunction,
  altLabels: z.array(text).default([]),
});

export const taskSeed = z.strictObject({
  id: taskId,
  ...describable,
  businessFunction,
  keywords: z.array(text).default([]),
  altLabels: z.array(text).default([]),
  occupations: z.array(occupationId).min(1),
  skills: z.array(z.strictObject({ skill: skillId, importance: unitWeight })).min(1),
  outcomes: z.array(outcomeId).min(1),
  traits: z.array(z.strictObject({ trait: traitId, weight: unitWeight })).min(1),
});

export const channelSeed = z.strictObject({
  id: channelId,
  ...describable,
  /** Typical calendar days from request to a worker (or bot) starting. */
  typicalDaysToStart: z.number().int().min(0).max(365),
  /** Cost of a unit of work relative to an onshore employee (1.0). */
  relativeCost: z.number().positive().max(10),
  /** Shortest engagement the channel sensibly serves, in weeks. */
  minEngagementWeeks: z.number().min(0).max(520),
  /** Longest engagement before the channel becomes a poor fit (null: no limit). */
  maxEngagementWeeks: z.number().min(1).max(520).nullable(),
  /** True when the work is done outside the requesting country. */
  offshore: z.boolean(),
});

export const workerTypeSeed = z.strictObject({
  id: workerTypeId,
  ...describable,
  /** Fit to each trait: positive where the worker type suits work with the trait, negative where it fits badly. */
  suits: z.array(z.strictObject({ trait: traitId, weight: signedWeight })).min(3),
  channels: z.array(channelId).min(1),
});

export const DATA_SENSITIVITY = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;

export const needFactsSeed = z.strictObject({
  durationWeeks: z.number().min(0).max(520).nullable(),
  ongoing: z.boolean(),
  hoursPerWeek: z.number().min(1).max(80).nullable(),
  headcount: z.number().int().min(1).max(500),
  location: text.max(100).nullable(),
  remoteAllowed: z.boolean(),
  budget: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  dataSensitivity: z.enum(DATA_SENSITIVITY),
  regulated: z.boolean(),
});

export const precedentOutcomeSeed = z.strictObject({
  /** 1 (poor) to 5 (excellent), as rated by the hiring manager after the work. */
  rating: z.number().int().min(1).max(5),
  /** Actual cost against plan, in percent (+25 means 25% over budget). */
  costVariancePct: z.number().min(-100).max(1000),
  daysToStart: z.number().int().min(0).max(730),
  needChanged: z.boolean(),
  issues: z.array(text).default([]),
  notes: text.max(2000),
});

export const precedentSeed = z.strictObject({
  id: precedentId,
  ...describable,
  businessFunction,
  tasks: z.array(taskId).min(1),
  requestedWorkerType: workerTypeId.nullable(),
  workerType: workerTypeId,
  channel: channelId,
  facts: needFactsSeed,
  outcome: precedentOutcomeSeed,
  decidedAt: z.iso.date(),
});

const ruleField = z.string().refine((field) => ruleFieldKind(field) !== null, {
  message: 'must be a known field: fact.*, channel.*, workerType.id, derived.* or "trait.<trait id>"',
});

/**
 * One test of a rule: a field against a literal `value`, or against another field (`valueFrom`)
 * times `multiplier`. Kinds must match, so a typo cannot make a rule silently never fire.
 */
export const ruleCondition = z
  .strictObject({
    field: ruleField,
    op: z.enum(CONDITION_OPS),
    value: z.union([z.number(), z.boolean(), z.string().min(1)]).optional(),
    valueFrom: ruleField.optional(),
    multiplier: z.number().positive().max(1_000_000).optional(),
  })
  .superRefine((c, ctx) => {
    const problem = (message: string, path: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if ((c.value === undefined) === (c.valueFrom === undefined)) {
      problem("give exactly one of value and valueFrom", "value");
      return;
    }
    const kind = ruleFieldKind(c.field);
    if (kind === null) return;
    if (kind !== "number" && !["eq", "neq"].includes(c.op)) problem(`${c.op} compares numbers; ${c.field} is a ${kind}`, "op");
    if (c.value !== undefined && typeof c.value !== kind) problem(`must be a ${kind}, as ${c.field} is`, "value");
    if (c.valueFrom !== undefined) {
      const otherKind = ruleFieldKind(c.valueFrom);
      if (otherKind !== null && otherKind !== kind) problem(`is a ${otherKind}, but ${c.field} is a ${kind}`, "valueFrom");
    }
    if (c.multiplier !== undefined && (c.valueFrom === undefined || kind !== "number")) {
      problem("only applies to a numeric valueFrom", "multiplier");
    }
  }) satisfies z.ZodType<RuleCondition>;

/** A compliance or policy rule, in the spirit of a decision table row. */
export const ruleSeed = z
  .strictObject({
    id: ruleId,
    ...describable,
    effect: z.enum(RULE_EFFECTS),
    severity: z.enum(RULE_SEVERITIES),
    /** How much a PENALISE rule lowers an option's score; 0 for WARN and EXCLUDE. */
    penalty: unitWeight.default(0),
    /** Empty: the rule applies to every worker type (or channel). */
    workerTypes: z.array(workerTypeId).default([]),
    channels: z.array(channelId).default([]),
    conditions: z.array(ruleCondition).min(1),
    message: text
      .max(500)
      .refine((m) => messageFields(m).every((f) => ruleFieldKind(f) !== null), "has a {placeholder} that is not a known field"),
  })
  .superRefine((r, ctx) => {
    if (r.effect === "PENALISE" ? r.penalty <= 0 : r.penalty !== 0) {
      ctx.addIssue({ code: "custom", path: ["penalty"], message: r.effect === "PENALISE" ? "must be above 0 for PENALISE" : `must be 0 for ${r.effect}` });
    }
  });

export type TraitSeed = z.infer<typeof traitSeed>;
export type SkillSeed = z.infer<typeof skillSeed>;
export type OutcomeSeed = z.infer<typeof outcomeSeed>;
export type OccupationSeed = z.infer<typeof occupationSeed>;
export type TaskSeed = z.infer<typeof taskSeed>;
export type ChannelSeed = z.infer<typeof channelSeed>;
export type WorkerTypeSeed = z.infer<typeof workerTypeSeed>;
export type PrecedentSeed = z.infer<typeof precedentSeed>;
export type RuleSeed = z.infer<typeof ruleSeed>;

/** One file per kind; tasks may be split over several files under `seed/tasks/`. */
export const SEED_FILES = {
  traits: { path: "traits.json", schema: z.array(traitSeed) },
  skills: { path: "skills.json", schema: z.array(skillSeed) },
  outcomes: { path: "outcomes.json", schema: z.array(outcomeSeed) },
  occupations: { path: "occupations.json", schema: z.array(occupationSeed) },
  channels: { path: "channels.json", schema: z.array(channelSeed) },
  workerTypes: { path: "worker-types.json", schema: z.array(workerTypeSeed) },
  precedents: { path: "precedents.json", schema: z.array(precedentSeed) },
  rules: { path: "rules.json", schema: z.array(ruleSeed) },
} as const;
export const TASK_FILES_DIR = "tasks";
export const taskFile = z.array(taskSeed);
