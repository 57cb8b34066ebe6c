/** The shape of each seed file (zod), one schema per kind of node. */
import { z } from "zod";
import { precedentOutcome } from "../domain/decision.js";
import { DATA_SENSITIVITY } from "../domain/need.js";
import { messageFields, RULE_EFFECTS, RULE_SEVERITIES, ruleCondition, ruleFieldKind } from "../domain/rules.js";
import {
  businessFunction,
  channelId,
  occupationId,
  outcomeId,
  precedentId,
  ruleId,
  signedWeight,
  skillId,
  taskId,
  traitId,
  unitWeight,
  workerTypeId,
} from "../domain/taxonomy.js";

/**
 * The shape of the seed files in `seed/`. Every file is validated before anything is written,
 * so a typo in a steward's file fails with the file name and the JSON path, not half a graph.
 */

const text = z.string().trim().min(1);
/** Where a number comes from: a source, the article, or a stated judgement (required on what judgement work adds). */
const source = text.max(600).optional();
/** Alternative labels and keywords: ESCO's longest list has 89 labels of at most 97 characters. */
export const LABEL_LIMITS = { count: 200, length: 300 } as const;
const labels = z
  .array(text.max(LABEL_LIMITS.length))
  .max(LABEL_LIMITS.count, `must have at most ${LABEL_LIMITS.count} entries`)
  .default([]);
const describable = {
  name: text.max(200),
  description: text.max(2000),
};

export const traitSeed = z.strictObject({ id: traitId, ...describable });

export const skillSeed = z.strictObject({
  id: skillId,
  ...describable,
  altLabels: labels,
  broader: z.array(skillId).default([]),
});

export const outcomeSeed = z.strictObject({ id: outcomeId, ...describable });

export const occupationSeed = z.strictObject({
  id: occupationId,
  ...describable,
  businessFunction,
  altLabels: labels,
});

export const taskSeed = z.strictObject({
  id: taskId,
  ...describable,
  businessFunction,
  keywords: labels,
  altLabels: labels,
  occupations: z.array(occupationId).min(1),
  skills: z.array(z.strictObject({ skill: skillId, importance: unitWeight })).min(1),
  outcomes: z.array(outcomeId).min(1),
  traits: z.array(z.strictObject({ trait: traitId, weight: unitWeight, source })).min(1),
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
  /**
   * How readily the organisation gets a worker (or a bot) through this channel when it asks, 0..1:
   * 1 always, 0 it does not have the channel at all (then rule:channel-not-available excludes it).
   */
  availability: unitWeight,
  /** Where each number of the channel comes from: a cited source, the article, or "stated judgement". */
  basis: text.max(2000),
  source,
});

export const workerTypeSeed = z.strictObject({
  id: workerTypeId,
  ...describable,
  /** Fit to each trait: positive where the worker type suits work with the trait, negative where it fits badly. */
  suits: z.array(z.strictObject({ trait: traitId, weight: signedWeight, source })).min(3),
  channels: z.array(channelId).min(1),
});

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

export const precedentSeed = z.strictObject({
  id: precedentId,
  ...describable,
  businessFunction,
  tasks: z.array(taskId).min(1),
  requestedWorkerType: workerTypeId.nullable(),
  workerType: workerTypeId,
  channel: channelId,
  facts: needFactsSeed,
  outcome: precedentOutcome,
  decidedAt: z.iso.date(),
});

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
    source,
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
