/**
 * The shape of a compliance or policy rule: what it does (effect, severity), the fields of a need and an
 * option it may read, and its conditions. Evaluation is in services/recommend/rules.ts.
 */
import { z } from "zod";

export const RULE_EFFECTS = ["EXCLUDE", "PENALISE", "WARN"] as const;
export type RuleEffect = (typeof RULE_EFFECTS)[number];
export const RULE_SEVERITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export const CONDITION_OPS = ["gt", "gte", "lt", "lte", "eq", "neq"] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export type RuleCondition = Readonly<{
  field: string;
  op: ConditionOp;
  value?: number | boolean | string;
  valueFrom?: string;
  multiplier?: number;
}>;

export type Rule = Readonly<{
  id: string;
  name: string;
  description: string;
  version: number;
  effect: RuleEffect;
  severity: RuleSeverity;
  /** In 0..1; 0 for WARN and EXCLUDE. */
  penalty: number;
  /** Empty: applies to every worker type (or channel). */
  workerTypes: readonly string[];
  channels: readonly string[];
  /** All must hold (AND). */
  conditions: readonly RuleCondition[];
  /** A template: `{field}` placeholders are filled from the subject. */
  message: string;
}>;

export type NeedFactsForRules = Readonly<{
  durationWeeks: number | null;
  ongoing: boolean | null;
  hoursPerWeek: number | null;
  headcount: number | null;
  startBy: string | null;
  remoteAllowed: boolean | null;
  regulated: boolean | null;
  dataSensitivity: "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED" | null;
  budget: { amount: number; currency: string } | null;
  location: string | null;
  /** Facts only the text states; absent where a caller has none to give. */
  tenureWeeks?: number | null;
  control?: readonly string[];
  internalCandidate?: string | null;
}>;

export type ChannelForRules = Readonly<{
  id: string;
  offshore: boolean;
  typicalDaysToStart: number;
  relativeCost: number;
  minEngagementWeeks: number;
  maxEngagementWeeks: number | null;
  availability: number;
}>;

export type RuleFinding = Readonly<{
  ruleId: string;
  ruleName: string;
  version: number;
  effect: RuleEffect;
  severity: RuleSeverity;
  penalty: number;
  message: string;
}>;

export type FieldKind = "number" | "boolean" | "string";

/** Every field a rule may read, with its kind; `trait.<trait id>` fields are numbers (0..1). */
export const RULE_FIELDS = {
  "fact.durationWeeks": "number",
  "fact.ongoing": "boolean",
  "fact.hoursPerWeek": "number",
  "fact.headcount": "number",
  "fact.remoteAllowed": "boolean",
  "fact.regulated": "boolean",
  "fact.dataSensitivityLevel": "number",
  "fact.budgetAmount": "number",
  /** Weeks the current arrangement has already run, as the text states it. */
  "fact.tenureWeeks": "number",
  /** True when the text says the client directs the worker as staff (hours, tasks, reporting line). */
  "fact.clientDirected": "boolean",
  /** True when the text names an internal candidate; false when it does not (absence is the point). */
  "fact.internalCandidate": "boolean",
  "channel.id": "string",
  "channel.offshore": "boolean",
  "channel.typicalDaysToStart": "number",
  "channel.relativeCost": "number",
  "channel.minEngagementWeeks": "number",
  "channel.maxEngagementWeeks": "number",
  /** 0..1: how readily the organisation gets a worker through the channel; 0: it has no such channel. */
  "channel.availability": "number",
  "workerType.id": "string",
  "derived.engagementWeeks": "number",
  /** For messages: "ongoing work" or "<n> weeks", so a manager never reads the ten-year stand-in. */
  "derived.engagement": "string",
  "derived.daysUntilStart": "number",
  "derived.budgetPerHeadWeek": "number",
  /** Similar past cases (the tenant's and the shared pool) that went to this option's worker type and turned out well. */
  "derived.similarCases": "number",
} as const satisfies Record<string, FieldKind>;

export const TRAIT_FIELD_PREFIX = "trait.";
const TRAIT_FIELD = /^trait\.trait:[a-z0-9][a-z0-9-]*$/;

export const DATA_SENSITIVITY_LEVEL = { PUBLIC: 0, INTERNAL: 1, CONFIDENTIAL: 2, RESTRICTED: 3 } as const;

/** Ongoing work with no stated duration counts as ten years: longer than any channel's limit. */
export const ONGOING_ENGAGEMENT_WEEKS = 520;

/** The kind of a known field, or null when no rule may read it. */
export function ruleFieldKind(field: string): FieldKind | null {
  if (Object.hasOwn(RULE_FIELDS, field)) return RULE_FIELDS[field as keyof typeof RULE_FIELDS];
  return TRAIT_FIELD.test(field) ? "number" : null;
}

/** The `{field}` placeholders of a message template, in order. */
export function messageFields(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

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
