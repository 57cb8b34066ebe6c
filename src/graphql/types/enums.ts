/**
 * Every GraphQL enum, made from the domain's own lists of values, so the schema and the domain cannot
 * drift apart. Each is an object of its values (for type-graphql) and a type of the same name.
 */
import { registerEnumType } from "type-graphql";
import { TRAIT_SOURCE_KINDS, WARNING_CODES } from "../../domain/intake.js";
import { DATA_SENSITIVITY } from "../../domain/need.js";
import { AUDIT_OUTCOMES, ROLES } from "../../domain/principal.js";
import { FACTOR_KINDS } from "../../domain/recommendation.js";
import { CONDITION_OPS, RULE_EFFECTS, RULE_SEVERITIES } from "../../domain/rules.js";
import { CHANGE_KINDS, CURATED_LABELS, NODE_LABELS, STATUSES, WORK_ACTIVITY_LEVELS } from "../../domain/taxonomy.js";
import { CURATED_TYPES } from "../../services/curation/relations.js";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NodeKind = enumOf(NODE_LABELS);
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
registerEnumType(NodeKind, { name: "NodeKind", description: "The kinds of node in the work graph." });

export const NodeStatus = enumOf(STATUSES);
export type NodeStatus = (typeof NodeStatus)[keyof typeof NodeStatus];
registerEnumType(NodeStatus, {
  name: "NodeStatus",
  description: "Nothing is hard-deleted: a deprecated node stays, hidden from lists unless asked for.",
});

export const RoleName = enumOf(ROLES);
export type RoleName = (typeof RoleName)[keyof typeof RoleName];
registerEnumType(RoleName, {
  name: "Role",
  description: "VIEWER reads the taxonomy; INTEGRATOR also decomposes, recommends and records decisions for its tenant; STEWARD also curates; ADMIN also keys and the audit log.",
});

export const AuditOutcome = enumOf(AUDIT_OUTCOMES);
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];
registerEnumType(AuditOutcome, { name: "AuditOutcome" });

export const DataSensitivity = enumOf(DATA_SENSITIVITY);
export type DataSensitivity = (typeof DataSensitivity)[keyof typeof DataSensitivity];
registerEnumType(DataSensitivity, { name: "DataSensitivity", description: "How sensitive the data the work touches is." });

export const TraitSourceKind = enumOf(TRAIT_SOURCE_KINDS);
export type TraitSourceKind = (typeof TraitSourceKind)[keyof typeof TraitSourceKind];
registerEnumType(TraitSourceKind, {
  name: "TraitSourceKind",
  description: "Where a trait weight came from: the matched tasks, a stated fact, or a cue read from the text.",
});

export const IntakeWarningCode = enumOf(WARNING_CODES);
export type IntakeWarningCode = (typeof IntakeWarningCode)[keyof typeof IntakeWarningCode];
registerEnumType(IntakeWarningCode, { name: "IntakeWarningCode" });

export const FactorKind = enumOf(FACTOR_KINDS);
export type FactorKind = (typeof FactorKind)[keyof typeof FactorKind];
registerEnumType(FactorKind, {
  name: "FactorKind",
  description:
    "TRAIT_FIT: a trait of the need against the worker type's fit to it; PRECEDENTS: how similar past cases with the " +
    "worker type turned out; TIME_TO_START and COST: channel properties; RULE: a policy rule's penalty.",
});

export const RuleEffect = enumOf(RULE_EFFECTS);
export type RuleEffect = (typeof RuleEffect)[keyof typeof RuleEffect];
registerEnumType(RuleEffect, { name: "RuleEffect", description: "What a rule does to an option it fires on." });

export const RuleSeverity = enumOf(RULE_SEVERITIES);
export type RuleSeverity = (typeof RuleSeverity)[keyof typeof RuleSeverity];
registerEnumType(RuleSeverity, { name: "RuleSeverity" });

export const ConditionOp = enumOf(CONDITION_OPS);
export type ConditionOp = (typeof ConditionOp)[keyof typeof ConditionOp];
registerEnumType(ConditionOp, {
  name: "ConditionOp",
  description: "How a condition compares its field: gt, gte, lt, lte (numbers only), eq, neq. Spelt as in the stored rule.",
});

export const WorkActivityLevel = enumOf(WORK_ACTIVITY_LEVELS);
export type WorkActivityLevel = (typeof WorkActivityLevel)[keyof typeof WorkActivityLevel];
registerEnumType(WorkActivityLevel, {
  name: "WorkActivityLevel",
  description: "O*NET's work activity hierarchy: a detailed activity (DWA) is under an intermediate one (IWA), under a generalised one (GWA).",
});

export const CuratedKind = enumOf(CURATED_LABELS);
export type CuratedKind = (typeof CuratedKind)[keyof typeof CuratedKind];
registerEnumType(CuratedKind, { name: "CuratedKind", description: "The kinds of node stewards curate: the taxonomy and the rules." });

export const RelationType = enumOf(CURATED_TYPES);
export type RelationType = (typeof RelationType)[keyof typeof RelationType];
registerEnumType(RelationType, {
  name: "RelationType",
  description:
    "A relationship stewards curate. INCLUDES_TASK Occupation -> Task; REQUIRES_SKILL Task or Occupation -> Skill " +
    "(importance 0..1); CONTRIBUTES_TO Task -> Outcome; HAS_TRAIT Task -> Trait (weight 0..1); SUITS WorkerType -> " +
    "Trait (weight -1..1); SOURCED_VIA WorkerType -> Channel; BROADER Skill -> Skill or WorkActivity -> WorkActivity " +
    "(no cycles); PERFORMS Task -> WorkActivity; APPLIES_TO Rule -> WorkerType or Channel.",
});

export const ChangeKind = enumOf(CHANGE_KINDS);
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];
registerEnumType(ChangeKind, {
  name: "ChangeKind",
  description: "RELATED means the relationship now exists with the entry's weight (added or re-weighted); UNRELATED, that it is gone.",
});
