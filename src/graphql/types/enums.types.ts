/**
 * Every GraphQL enum, made from the domain's own lists of values, so the schema and the domain cannot
 * drift apart. Each is an object of its values (for type-graphql) and a type of the same name.
 */
import { registerEnumType } from "type-graphql";
import { MATCH_TYPES } from "../../domain/crosswalk.js";
import { TASK_BASES, TRAIT_SOURCE_KINDS, WARNING_CODES } from "../../domain/intake.js";
import { DATA_SENSITIVITY, FACT_ORIGINS } from "../../domain/need.js";
import { AUDIT_OUTCOMES, ROLES } from "../../domain/principal.js";
import { FACTOR_KINDS } from "../../domain/recommendation.js";
import { CONDITION_OPS, RULE_EFFECTS, RULE_SEVERITIES } from "../../domain/rules.js";
import { CHANGE_KINDS, CURATED_LABELS, NODE_LABELS, STATUSES, WORK_ACTIVITY_LEVELS } from "../../domain/taxonomy.js";
import { CURATED_TYPES } from "../../services/curation/relations.js";

/** An object of the values (what type-graphql reads), registered under the GraphQL name and description. */
function graphqlEnum<T extends string>(values: readonly T[], config: Parameters<typeof registerEnumType>[1]): { [K in T]: K } {
  const byName = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(byName, config);
  return byName;
}

export const NodeKind = graphqlEnum(NODE_LABELS, { name: "NodeKind", description: "The kinds of node in the work graph." });
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

export const NodeStatus = graphqlEnum(STATUSES, {
  name: "NodeStatus",
  description: "Nothing is hard-deleted: a deprecated node stays, hidden from lists unless asked for.",
});
export type NodeStatus = (typeof NodeStatus)[keyof typeof NodeStatus];

export const RoleName = graphqlEnum(ROLES, {
  name: "Role",
  description: "VIEWER reads the taxonomy; INTEGRATOR also decomposes, recommends and records decisions for its tenant; STEWARD also curates; ADMIN also keys and the audit log.",
});
export type RoleName = (typeof RoleName)[keyof typeof RoleName];

export const AuditOutcome = graphqlEnum(AUDIT_OUTCOMES, { name: "AuditOutcome" });
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

export const DataSensitivity = graphqlEnum(DATA_SENSITIVITY, { name: "DataSensitivity", description: "How sensitive the data the work touches is." });
export type DataSensitivity = (typeof DataSensitivity)[keyof typeof DataSensitivity];

export const TraitSourceKind = graphqlEnum(TRAIT_SOURCE_KINDS, {
  name: "TraitSourceKind",
  description: "Where a trait weight came from: the matched tasks, a stated fact, or a cue read from the text.",
});
export type TraitSourceKind = (typeof TraitSourceKind)[keyof typeof TraitSourceKind];

export const TaskBasis = graphqlEnum(TASK_BASES, {
  name: "TaskBasis",
  description:
    "Why a task is in a decomposition: TEXT, the need describes it; OCCUPATION, usual work of the occupation the need reads as, not stated (shown for the reader; recommendations use TEXT tasks only).",
});
export type TaskBasis = (typeof TaskBasis)[keyof typeof TaskBasis];

export const IntakeWarningCode = graphqlEnum(WARNING_CODES, { name: "IntakeWarningCode" });
export type IntakeWarningCode = (typeof IntakeWarningCode)[keyof typeof IntakeWarningCode];

export const FactorKind = graphqlEnum(FACTOR_KINDS, {
  name: "FactorKind",
  description:
    "TRAIT_FIT: a trait of the need against the worker type's fit to it; PRECEDENTS: how similar past cases with the " +
    "worker type turned out; TIME_TO_START, COST and AVAILABILITY: channel properties; RULE: a policy rule's penalty.",
});
export type FactorKind = (typeof FactorKind)[keyof typeof FactorKind];

export const RuleEffect = graphqlEnum(RULE_EFFECTS, { name: "RuleEffect", description: "What a rule does to an option it fires on." });
export type RuleEffect = (typeof RuleEffect)[keyof typeof RuleEffect];

export const RuleSeverity = graphqlEnum(RULE_SEVERITIES, { name: "RuleSeverity" });
export type RuleSeverity = (typeof RuleSeverity)[keyof typeof RuleSeverity];

export const ConditionOp = graphqlEnum(CONDITION_OPS, {
  name: "ConditionOp",
  description: "How a condition compares its field: gt, gte, lt, lte (numbers only), eq, neq. Spelt as in the stored rule.",
});
export type ConditionOp = (typeof ConditionOp)[keyof typeof ConditionOp];

export const WorkActivityLevel = graphqlEnum(WORK_ACTIVITY_LEVELS, {
  name: "WorkActivityLevel",
  description: "O*NET's work activity hierarchy: a detailed activity (DWA) is under an intermediate one (IWA), under a generalised one (GWA).",
});
export type WorkActivityLevel = (typeof WorkActivityLevel)[keyof typeof WorkActivityLevel];

export const CuratedKind = graphqlEnum(CURATED_LABELS, { name: "CuratedKind", description: "The kinds of node stewards curate: the taxonomy and the rules." });
export type CuratedKind = (typeof CuratedKind)[keyof typeof CuratedKind];

export const RelationType = graphqlEnum(CURATED_TYPES, {
  name: "RelationType",
  description:
    "A relationship stewards curate. INCLUDES_TASK Occupation -> Task; REQUIRES_SKILL Task or Occupation -> Skill " +
    "(importance 0..1); CONTRIBUTES_TO Task -> Outcome; HAS_TRAIT Task -> Trait (weight 0..1); SUITS WorkerType -> " +
    "Trait (weight -1..1); SOURCED_VIA WorkerType -> Channel; BROADER Skill -> Skill or WorkActivity -> WorkActivity " +
    "(no cycles); PERFORMS Task -> WorkActivity; APPLIES_TO Rule -> WorkerType or Channel.",
});
export type RelationType = (typeof RelationType)[keyof typeof RelationType];

export const ChangeKind = graphqlEnum(CHANGE_KINDS, {
  name: "ChangeKind",
  description: "RELATED means the relationship now exists with the entry's weight (added or re-weighted); UNRELATED, that it is gone.",
});
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

export const FactOrigin = graphqlEnum(FACT_ORIGINS, { name: "FactOrigin", description: "INPUT: stated in the need's facts; TEXT: read from its text." });
export type FactOrigin = (typeof FactOrigin)[keyof typeof FactOrigin];

export const MatchType = graphqlEnum(MATCH_TYPES, {
  name: "MatchType",
  description: "How a matching occupation of the other taxonomy relates to this one (SKOS): BROAD means it is broader, NARROW narrower.",
});
export type MatchType = (typeof MatchType)[keyof typeof MatchType];
