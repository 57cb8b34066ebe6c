/**
 * Rule evaluation: a rule reads a flat map of values about one option (a worker type through a
 * channel for a need) and, when all its conditions hold, yields a finding: the option is excluded,
 * penalised or only warned about. Pure code over plain data; the rule shapes live in domain/rules.ts.
 */
import {
  type ChannelForRules,
  DATA_SENSITIVITY_LEVEL,
  type NeedFactsForRules,
  ONGOING_ENGAGEMENT_WEEKS,
  type Rule,
  type RuleCondition,
  type RuleFinding,
  type RuleSeverity,
  TRAIT_FIELD_PREFIX,
} from "../../domain/rules.js";

export type SubjectValue = number | boolean | string | null;
export type RuleSubject = Readonly<{ values: Readonly<Record<string, SubjectValue>> }>;

/** Builds the flat value map rules read. `today` is injected (ISO date) so evaluation is deterministic. */
export function ruleSubject(
  facts: NeedFactsForRules,
  traits: Readonly<Record<string, number>>,
  workerTypeId: string,
  channel: ChannelForRules,
  today: string,
  similarCases: number | null = null,
): RuleSubject {
  const ahead = facts.durationWeeks ?? (facts.ongoing === true ? ONGOING_ENGAGEMENT_WEEKS : null);
  // An arrangement already running counts from its start: a renewal adds to the tenure so far.
  const tenure = facts.tenureWeeks ?? null;
  const engagementWeeks = ahead === null ? tenure : ahead + (tenure ?? 0);
  const engagementAhead =
    facts.durationWeeks !== null ? `${facts.durationWeeks} weeks` : facts.ongoing === true ? "ongoing work" : null;
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
    "channel.availability": channel.availability,
    "workerType.id": workerTypeId,
    "derived.engagementWeeks": engagementWeeks,
    "fact.tenureWeeks": tenure,
    "fact.clientDirected": facts.control === undefined ? null : facts.control.length > 0,
    "fact.internalCandidate": facts.internalCandidate === undefined ? null : facts.internalCandidate !== null,
    "derived.engagement":
      tenure === null ? engagementAhead : `${formatValue(tenure)} weeks so far${engagementAhead ? ` and ${engagementAhead} ahead` : ""}`,
    "derived.similarCases": similarCases,
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
export function daysBetween(from: string, to: string): number | null {
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
