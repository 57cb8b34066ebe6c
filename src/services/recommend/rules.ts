/**
 * Compliance and policy rules as data, and their evaluation. A rule reads a flat map of values about
 * one option (a worker type through a channel for a need) and, when all its conditions hold, yields a
 * finding: the option is excluded, penalised or only warned about. Pure code over plain data.
 */

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
}>;

export type ChannelForRules = Readonly<{
  id: string;
  offshore: boolean;
  typicalDaysToStart: number;
  relativeCost: number;
  minEngagementWeeks: number;
  maxEngagementWeeks: number | null;
}>;

export type SubjectValue = number | boolean | string | null;
export type RuleSubject = Readonly<{ values: Readonly<Record<string, SubjectValue>> }>;

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
  "channel.id": "string",
  "channel.offshore": "boolean",
  "channel.typicalDaysToStart": "number",
  "channel.relativeCost": "number",
  "channel.minEngagementWeeks": "number",
  "channel.maxEngagementWeeks": "number",
  "workerType.id": "string",
  "derived.engagementWeeks": "number",
  /** For messages: "ongoing work" or "<n> weeks", so a manager never reads the ten-year stand-in. */
  "derived.engagement": "string",
  "derived.daysUntilStart": "number",
  "derived.budgetPerHeadWeek": "number",
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

/** Builds the flat value map rules read. `today` is injected (ISO date) so evaluation is deterministic. */
export function ruleSubject(
  facts: NeedFactsForRules,
  traits: Readonly<Record<string, number>>,
  workerTypeId: string,
  channel: ChannelForRules,
  today: string,
): RuleSubject {
  const engagementWeeks = facts.durationWeeks ?? (facts.ongoing === true ? ONGOING_ENGAGEMENT_WEEKS : null);
  const values: Record<string, SubjectValue> = {
    "fact.durationWeeks": facts.durationWeeks,
    "fact.ongoing": facts.ongoing,
    "fact.hoursPerWeek": facts.hoursPerWeek,
    "fact.headcount": facts.headcount,
    "fact.remoteAllowed": facts.remoteAllowed,
    "fact.regulated": facts.regulated,
    "fact.dataSensitivityLevel": facts.dataSensitivity === null ? null : DATA_SENSITIVITY_LEVEL[facts.dataSensitivity],
    "fact.budgetAmount": facts.budget?.amount ?? null,
    "channel.id": channel.id,
    "channel.offshore": channel.offshore,
    "channel.typicalDaysToStart": channel.typicalDaysToStart,
    "channel.relativeCost": channel.relativeCost,
    "channel.minEngagementWeeks": channel.minEngagementWeeks,
    "channel.maxEngagementWeeks": channel.maxEngagementWeeks,
    "workerType.id": workerTypeId,
    "derived.engagementWeeks": engagementWeeks,
    "derived.engagement":
      facts.durationWeeks !== null ? `${facts.durationWeeks} weeks` : facts.ongoing === true ? "ongoing work" : null,
    "derived.daysUntilStart": facts.startBy === null ? null : daysBetween(today, facts.startBy),
    // A budget for ongoing work with no stated duration covers an unknown period, so the
    // ten-year stand-in would understate it: only a stated duration divides the budget.
    "derived.budgetPerHeadWeek":
      facts.budget && facts.durationWeeks && facts.headcount ? facts.budget.amount / (facts.durationWeeks * facts.headcount) : null,
  };
  for (const [traitId, weight] of Object.entries(traits)) values[`${TRAIT_FIELD_PREFIX}${traitId}`] = weight;
  return { values };
}

const SEVERITY_ORDER: Readonly<Record<RuleSeverity, number>> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** The findings of every rule that applies to the subject's option and whose conditions all hold. */
export function evaluateRules(rules: readonly Rule[], subject: RuleSubject): RuleFinding[] {
  const workerTypeId = subject.values["workerType.id"];
  const channelId = subject.values["channel.id"];
  return rules
    .filter((rule) => applies(rule.workerTypes, workerTypeId) && applies(rule.channels, channelId))
    .filter((rule) => rule.conditions.every((condition) => holds(condition, subject)))
    .map((rule) => ({
      ruleId: rule.id,
      ruleName: rule.name,
      version: rule.version,
      effect: rule.effect,
      severity: rule.severity,
      penalty: rule.effect === "PENALISE" ? rule.penalty : 0,
      message: renderMessage(rule.message, subject),
    }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.ruleId, b.ruleId));
}

/** A condition holds only when both sides are known and of the same kind: we never flag on missing facts. */
export function holds(condition: RuleCondition, subject: RuleSubject): boolean {
  const left = valueOf(subject, condition.field);
  let right: SubjectValue;
  if (condition.valueFrom !== undefined) {
    right = valueOf(subject, condition.valueFrom);
    if (typeof right === "number") right *= condition.multiplier ?? 1;
  } else {
    right = condition.value ?? null;
  }
  if (left === null || right === null || typeof left !== typeof right) return false;
  switch (condition.op) {
    case "eq":
      return equal(left, right);
    case "neq":
      return !equal(left, right);
    case "gt":
      return typeof left === "number" && left > (right as number) && !equal(left, right);
    case "gte":
      return typeof left === "number" && (left > (right as number) || equal(left, right));
    case "lt":
      return typeof left === "number" && left < (right as number) && !equal(left, right);
    case "lte":
      return typeof left === "number" && (left < (right as number) || equal(left, right));
    default:
      return false;
  }
}

/** Fills `{field}` placeholders; an unknown value reads "unknown". */
export function renderMessage(template: string, subject: RuleSubject): string {
  return template.replace(/\{([^{}]+)\}/g, (_, field: string) => formatValue(valueOf(subject, field)));
}

export function formatValue(value: SubjectValue): string {
  if (value === null) return "unknown";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  // Whole numbers for amounts and weeks, two decimals at most for weights and ratios.
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function valueOf(subject: RuleSubject, field: string): SubjectValue {
  const value = subject.values[field];
  if (value !== undefined) return value;
  // A trait the need does not show has weight 0; any other absent field is unknown.
  return field.startsWith(TRAIT_FIELD_PREFIX) ? 0 : null;
}

function applies(scope: readonly string[], id: SubjectValue | undefined): boolean {
  return scope.length === 0 || (typeof id === "string" && scope.includes(id));
}

/** Numbers compare with a tolerance, so 0.1 * 3 equals 0.3 and a multiplier does not flip a boundary. */
function equal(a: number | boolean | string, b: number | boolean | string): boolean {
  return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole calendar days from `from` to `to` (ISO dates or date-times; only the date part counts). */
function daysBetween(from: string, to: string): number | null {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === null || b === null ? null : Math.round((b - a) / 86_400_000);
}

function utcDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time;
}
