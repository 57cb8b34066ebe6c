/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** RELATED means the relationship now exists with the entry's weight (added or re-weighted); UNRELATED, that it is gone. */
export type ChangeKind =
  | 'CREATED'
  | 'DEPRECATED'
  | 'RELATED'
  | 'UNRELATED'
  | 'UPDATED';

/** How a condition compares its field: gt, gte, lt, lte (numbers only), eq, neq. Spelt as in the stored rule. */
export type ConditionOp =
  | 'eq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'neq';

/** A new node of any curated kind. Fields that do not apply to the kind are refused; a Channel needs its channel fields, a Rule its rule fields, a WorkActivity its level. */
export type CreateNodeInput = {
  /** Occupation, Task, Skill, WorkActivity. */
  altLabels?: Array<string> | null | undefined;
  /** Channel: how readily the organisation gets a worker through it, 0..1 (default 1; 0: it has none). */
  availability?: number | null | undefined;
  /** Channel: where each of its numbers comes from (a source, the article, or a stated judgement). */
  basis?: string | null | undefined;
  /** Occupation, Task: finance, hr, it, ... (null: none). */
  businessFunction?: string | null | undefined;
  /** Rule: all must hold for it to fire. */
  conditions?: Array<RuleConditionInput> | null | undefined;
  description: string;
  /** Rule. */
  effect?: RuleEffect | null | undefined;
  /** `<prefix>:lower-case-words` (occ, task, skill, outcome, trait, wt, ch, wa, rule); made from the name when absent. */
  id?: string | number | null | undefined;
  /** Task, WorkActivity: words managers use for it. */
  keywords?: Array<string> | null | undefined;
  kind: CuratedKind;
  /** WorkActivity. */
  level?: WorkActivityLevel | null | undefined;
  /** Channel: longest engagement before it is a poor fit; null for no limit. */
  maxEngagementWeeks?: number | null | undefined;
  /** Rule: the finding's text, with {field} placeholders. */
  message?: string | null | undefined;
  /** Channel: shortest sensible engagement, in weeks. */
  minEngagementWeeks?: number | null | undefined;
  name: string;
  /** Channel: the work is done outside the requesting country. */
  offshore?: boolean | null | undefined;
  /** Rule: above 0 for PENALISE, 0 (the default) otherwise. */
  penalty?: number | null | undefined;
  /** Outgoing relationships created with the node (a Rule's APPLIES_TO scope belongs here: without one it applies to all). */
  relations?: Array<NewRelationInput> | null | undefined;
  /** Channel: cost relative to an onshore employee (above 0, at most 10). */
  relativeCost?: number | null | undefined;
  /** Rule. */
  severity?: RuleSeverity | null | undefined;
  /** Skill: skill, knowledge or technology (null: unspecified). */
  skillType?: string | null | undefined;
  /** Channel: typical calendar days from request to start (0..365). */
  typicalDaysToStart?: number | null | undefined;
};

/** The kinds of node stewards curate: the taxonomy and the rules. */
export type CuratedKind =
  | 'Channel'
  | 'Occupation'
  | 'Outcome'
  | 'Rule'
  | 'Skill'
  | 'Task'
  | 'Trait'
  | 'WorkActivity'
  | 'WorkerType';

/** How sensitive the data the work touches is. */
export type DataSensitivity =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'RESTRICTED';

/** All given filters must hold. */
export type DecisionFilterInput = {
  hasOutcome?: boolean | null | undefined;
  needId?: string | number | null | undefined;
  /** true: only overrides of the advice; false: only decisions that followed it. */
  override?: boolean | null | undefined;
};

/** INPUT: stated in the need's facts; TEXT: read from its text. */
export type FactOrigin =
  | 'INPUT'
  | 'TEXT';

/** TRAIT_FIT: a trait of the need against the worker type's fit to it; PRECEDENTS: how similar past cases with the worker type turned out; TIME_TO_START, COST and AVAILABILITY: channel properties; RULE: a policy rule's penalty. */
export type FactorKind =
  | 'AVAILABILITY'
  | 'COST'
  | 'PRECEDENTS'
  | 'RULE'
  | 'TIME_TO_START'
  | 'TRAIT_FIT';

export type IntakeWarningCode =
  | 'CONTRADICTORY_FACTS'
  | 'LOW_CONFIDENCE'
  | 'NOTHING_MATCHED'
  | 'NOT_ENGLISH'
  | 'TOO_VAGUE'
  | 'UNKNOWN_WORKER_TYPE';

/** Filters shared by every list. All given filters must hold. */
export type ListFilter = {
  /** Only nodes of this business function (tasks, occupations, precedents). */
  businessFunction?: string | null | undefined;
  /** Include deprecated nodes beside the active ones. */
  includeDeprecated?: boolean | null | undefined;
  /** Only nodes directly related to the node with this id (any relationship). */
  relatedTo?: string | null | undefined;
  /** Only nodes from this source (taxonomy): `esco-1.2.0`, `onet-29.3`, `workgraph-seed`, ... */
  source?: string | null | undefined;
  /** Default: ACTIVE only. DEPRECATED lists only deprecated nodes. */
  status?: NodeStatus | null | undefined;
  /** Case-insensitive substring of the name or description. */
  text?: string | null | undefined;
};

/** How a matching occupation of the other taxonomy relates to this one (SKOS): BROAD means it is broader, NARROW narrower. */
export type MatchType =
  | 'BROAD'
  | 'CLOSE'
  | 'EXACT'
  | 'NARROW';

/** An amount of money with its currency. */
export type MoneyInput = {
  /** Non-negative. */
  amount: number;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
};

/** A moment of need: free text in the manager's words plus whatever facts are known. text: 1 to 10000 characters; title up to 200; durationWeeks up to 520; hoursPerWeek up to 80; headcount 1 to 10000; outcomeDescription up to 2000. */
export type NeedInput = {
  budget?: MoneyInput | null | undefined;
  dataSensitivity?: DataSensitivity | null | undefined;
  /** How long the work lasts, in weeks. */
  durationWeeks?: number | null | undefined;
  headcount?: number | null | undefined;
  hoursPerWeek?: number | null | undefined;
  /** Where the work is, e.g. London, UK. */
  location?: string | null | undefined;
  /** True for run-the-business work with no end date. */
  ongoing?: boolean | null | undefined;
  /** The result wanted, in the manager's words. */
  outcomeDescription?: string | null | undefined;
  regulated?: boolean | null | undefined;
  remoteAllowed?: boolean | null | undefined;
  /** The worker type the manager asked for (e.g. wt:employee). */
  requestedWorkerTypeId?: string | number | null | undefined;
  /** ISO date (YYYY-MM-DD) by which the work must start. */
  startBy?: string | null | undefined;
  /** What is needed, in the manager's words (1 to 10000 characters). */
  text: string;
  /** A title for the need, often a job title. */
  title?: string | null | undefined;
};

/** An outgoing relationship of a new node. */
export type NewRelationInput = {
  to: string | number;
  type: RelationType;
  /** Required for REQUIRES_SKILL (importance), HAS_TRAIT and SUITS; refused for the others. */
  weight?: number | null | undefined;
};

/** The kinds of node in the work graph. */
export type NodeKind =
  | 'Channel'
  | 'Occupation'
  | 'Outcome'
  | 'PrecedentCase'
  | 'Rule'
  | 'Skill'
  | 'Task'
  | 'Trait'
  | 'WorkActivity'
  | 'WorkerType';

/** The fields to change; absent fields keep their value, null clears a nullable one. */
export type NodePatchInput = {
  /** Occupation, Task, Skill, WorkActivity. */
  altLabels?: Array<string> | null | undefined;
  /** Channel: how readily the organisation gets a worker through it, 0..1 (default 1; 0: it has none). */
  availability?: number | null | undefined;
  /** Channel: where each of its numbers comes from (a source, the article, or a stated judgement). */
  basis?: string | null | undefined;
  /** Occupation, Task: finance, hr, it, ... (null: none). */
  businessFunction?: string | null | undefined;
  /** Rule: all must hold for it to fire. */
  conditions?: Array<RuleConditionInput> | null | undefined;
  description?: string | null | undefined;
  /** Rule. */
  effect?: RuleEffect | null | undefined;
  /** Task, WorkActivity: words managers use for it. */
  keywords?: Array<string> | null | undefined;
  /** WorkActivity. */
  level?: WorkActivityLevel | null | undefined;
  /** Channel: longest engagement before it is a poor fit; null for no limit. */
  maxEngagementWeeks?: number | null | undefined;
  /** Rule: the finding's text, with {field} placeholders. */
  message?: string | null | undefined;
  /** Channel: shortest sensible engagement, in weeks. */
  minEngagementWeeks?: number | null | undefined;
  name?: string | null | undefined;
  /** Channel: the work is done outside the requesting country. */
  offshore?: boolean | null | undefined;
  /** Rule: above 0 for PENALISE, 0 (the default) otherwise. */
  penalty?: number | null | undefined;
  /** Channel: cost relative to an onshore employee (above 0, at most 10). */
  relativeCost?: number | null | undefined;
  /** Rule. */
  severity?: RuleSeverity | null | undefined;
  /** Skill: skill, knowledge or technology (null: unspecified). */
  skillType?: string | null | undefined;
  /** Channel: typical calendar days from request to start (0..365). */
  typicalDaysToStart?: number | null | undefined;
};

/** Nothing is hard-deleted: a deprecated node stays, hidden from lists unless asked for. */
export type NodeStatus =
  | 'ACTIVE'
  | 'DEPRECATED';

/** Exactly one of needId (a submitted need) and need (decomposed on the fly). */
export type RecommendInput = {
  /** Options to return, 1 to 20 (default 5). */
  limit?: number | null | undefined;
  need?: NeedInput | null | undefined;
  needId?: string | number | null | undefined;
  /** Replaces the decomposition's tasks (1 to 50). */
  tasks?: Array<TaskOverrideInput> | null | undefined;
};

/** A person's decision on a stored need of the caller's tenant: the worker type and the channel chosen. */
export type RecordDecisionInput = {
  /** A channel that sources the worker type (SOURCED_VIA). */
  channelId: string | number;
  /** A retry with the same key answers what the first request answered and changes nothing. */
  idempotencyKey?: string | null | undefined;
  /** A need from submitNeed. */
  needId: string | number;
  /** Why. Required, at least 10 characters, when the decision differs from the top recommendation (an override); at most 2000. */
  rationale?: string | null | undefined;
  workerTypeId: string | number;
};

/** How a decision turned out. It becomes a precedent case of the caller's tenant. */
export type RecordOutcomeInput = {
  /** Actual cost against plan, in percent (+25: 25% over), -100 to 1000. */
  costVariancePct: number;
  /** Calendar days from the decision to the start of the work, 0 to 730. */
  daysToStart: number;
  decisionId: string | number;
  idempotencyKey?: string | null | undefined;
  /** What went wrong, in a few words each (at most 20). */
  issues?: Array<string> | null | undefined;
  /** Whether the need changed while the work was under way. */
  needChanged: boolean;
  /** At most 2000 characters. */
  notes?: string | null | undefined;
  /** 1 (poor) to 5 (excellent), as the hiring manager rates it. */
  rating: number;
};

/** A relationship to add, or whose weight to change. */
export type RelateInput = {
  from: string | number;
  to: string | number;
  type: RelationType;
  /** The `from` node's version as read; CONFLICT when it has changed since. */
  version: number;
  /** Required for REQUIRES_SKILL (importance 0..1), HAS_TRAIT (0..1) and SUITS (-1..1). */
  weight?: number | null | undefined;
};

/** A relationship stewards curate. INCLUDES_TASK Occupation -> Task; REQUIRES_SKILL Task or Occupation -> Skill (importance 0..1); CONTRIBUTES_TO Task -> Outcome; HAS_TRAIT Task -> Trait (weight 0..1); SUITS WorkerType -> Trait (weight -1..1); SOURCED_VIA WorkerType -> Channel; BROADER Skill -> Skill or WorkActivity -> WorkActivity (no cycles); PERFORMS Task -> WorkActivity; APPLIES_TO Rule -> WorkerType or Channel. */
export type RelationType =
  | 'APPLIES_TO'
  | 'BROADER'
  | 'CONTRIBUTES_TO'
  | 'HAS_TRAIT'
  | 'INCLUDES_TASK'
  | 'MATCHES'
  | 'PERFORMS'
  | 'REQUIRES_SKILL'
  | 'SOURCED_VIA'
  | 'SUITS';

/** One condition of a rule, as `Rule.conditions` reads it. */
export type RuleConditionInput = {
  field: string;
  /** Only with a numeric valueFrom. */
  multiplier?: number | null | undefined;
  op: ConditionOp;
  /** The literal, JSON-encoded (`78`, `true`, `"wt:contractor"`); or give valueFrom. */
  value?: string | null | undefined;
  valueFrom?: string | null | undefined;
};

/** What a rule does to an option it fires on. */
export type RuleEffect =
  | 'EXCLUDE'
  | 'PENALISE'
  | 'WARN';

export type RuleSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Why a task is in a decomposition: TEXT, the need describes it; OCCUPATION, usual work of the occupation the need reads as, not stated (shown for the reader; recommendations use TEXT tasks only). */
export type TaskBasis =
  | 'OCCUPATION'
  | 'TEXT';

/** A correction of the decomposition: a task the need is made of, and its weight (0..1]. */
export type TaskOverrideInput = {
  taskId: string | number;
  /** Default 1. */
  weight?: number | null | undefined;
};

/** Where a trait weight came from: the matched tasks, a stated fact, or a cue read from the text. */
export type TraitSourceKind =
  | 'FACT'
  | 'TASKS'
  | 'TEXT';

/** A relationship to remove, from the `from` node at the version the steward read. */
export type UnrelateInput = {
  from: string | number;
  to: string | number;
  type: RelationType;
  /** The `from` node's version as read; CONFLICT when it has changed since. */
  version: number;
};

/** O*NET's work activity hierarchy: a detailed activity (DWA) is under an intermediate one (IWA), under a generalised one (GWA). */
export type WorkActivityLevel =
  | 'DWA'
  | 'GWA'
  | 'IWA';

export type TasksWithDetailsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ListFilter | null | undefined;
}>;


export type TasksWithDetailsQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, businessFunction: string | null, skills: Array<{ importance: number, skill: { id: string, name: string } }>, outcomes: Array<{ id: string, name: string }>, traits: Array<{ weight: number, trait: { id: string, name: string } }> } }> } };

export type TaskByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskByIdQuery = { task: { id: string, name: string, description: string, status: NodeStatus, version: number, keywords: Array<string>, occupations: Array<{ id: string, name: string }>, precedents: Array<{ id: string, name: string, outcome: { rating: number } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Channel', name: string, id: string }
    | { __typename: 'Occupation', name: string, id: string }
    | { __typename: 'Outcome', name: string, id: string }
    | { __typename: 'PrecedentCase', name: string, id: string }
    | { __typename: 'Rule', name: string, id: string }
    | { __typename: 'Skill', name: string, id: string }
    | { __typename: 'Task', name: string, id: string }
    | { __typename: 'Trait', name: string, id: string }
    | { __typename: 'WorkActivity', name: string, id: string }
    | { __typename: 'WorkerType', name: string, id: string }
   | null };

export type SkillTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type SkillTreeQuery = { skill: { id: string, name: string, broader: Array<{ id: string, name: string }>, narrower: Array<{ id: string, name: string }>, tasks: Array<{ importance: number, task: { id: string, name: string } }> } };

export type WorkerTypesWithFitQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerTypesWithFitQuery = { workerTypes: { totalCount: number, edges: Array<{ node: { id: string, name: string, suits: Array<{ weight: number, trait: { id: string, name: string } }>, channels: Array<{ id: string, name: string, typicalDaysToStart: number, relativeCost: number, offshore: boolean }> } }> } };

export type PrecedentCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ListFilter | null | undefined;
}>;


export type PrecedentCasesQuery = { precedentCases: { totalCount: number, edges: Array<{ node: { id: string, name: string, source: string, facts: { durationWeeks: number | null, ongoing: boolean, dataSensitivity: string, regulated: boolean }, outcome: { rating: number, costVariancePct: number, issues: Array<string> }, tasks: Array<{ id: string, name: string }>, workerType: { id: string, name: string } | null, channel: { id: string, name: string } | null } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, kind: NodeKind, node:
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
      | { id: string, name: string, description: string }
     }> };

export type OccupationsWithMatchesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ListFilter | null | undefined;
}>;


export type OccupationsWithMatchesQuery = { occupations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, source: string, altLabels: Array<string>, matches: Array<{ matchType: MatchType, occupation: { id: string, name: string, source: string } }> } }> } };

export type OccupationMatchesQueryVariables = Exact<{
  id: string | number;
}>;


export type OccupationMatchesQuery = { occupation: { id: string, name: string, source: string, matches: Array<{ matchType: MatchType, occupation: { id: string, name: string, source: string, tasks: Array<{ id: string, name: string }> } }>, skills: Array<{ importance: number, relation: string | null, skill: { id: string, name: string } }> } };

type CuratedFields_Channel_Fragment = { __typename: 'Channel', typicalDaysToStart: number, relativeCost: number, minEngagementWeeks: number, maxEngagementWeeks: number | null, offshore: boolean, availability: number, basis: string | null, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_Occupation_Fragment = { __typename: 'Occupation', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_Outcome_Fragment = { __typename: 'Outcome', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_PrecedentCase_Fragment = { __typename: 'PrecedentCase', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_Rule_Fragment = { __typename: 'Rule', effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string }>, channels: Array<{ id: string }> };

type CuratedFields_Skill_Fragment = { __typename: 'Skill', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_Task_Fragment = { __typename: 'Task', businessFunction: string | null, keywords: Array<string>, altLabels: Array<string>, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_Trait_Fragment = { __typename: 'Trait', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_WorkActivity_Fragment = { __typename: 'WorkActivity', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

type CuratedFields_WorkerType_Fragment = { __typename: 'WorkerType', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string };

export type CuratedFieldsFragment =
  | CuratedFields_Channel_Fragment
  | CuratedFields_Occupation_Fragment
  | CuratedFields_Outcome_Fragment
  | CuratedFields_PrecedentCase_Fragment
  | CuratedFields_Rule_Fragment
  | CuratedFields_Skill_Fragment
  | CuratedFields_Task_Fragment
  | CuratedFields_Trait_Fragment
  | CuratedFields_WorkActivity_Fragment
  | CuratedFields_WorkerType_Fragment
;

export type CreateNodeMutationVariables = Exact<{
  input: CreateNodeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateNodeMutation = { createNode:
    | { __typename: 'Channel', typicalDaysToStart: number, relativeCost: number, minEngagementWeeks: number, maxEngagementWeeks: number | null, offshore: boolean, availability: number, basis: string | null, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Occupation', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Outcome', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'PrecedentCase', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Rule', effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string }>, channels: Array<{ id: string }> }
    | { __typename: 'Skill', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Task', businessFunction: string | null, keywords: Array<string>, altLabels: Array<string>, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Trait', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkActivity', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkerType', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
   };

export type UpdateNodeMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: NodePatchInput;
  idempotencyKey?: string | null | undefined;
}>;


export type UpdateNodeMutation = { updateNode:
    | { __typename: 'Channel', typicalDaysToStart: number, relativeCost: number, minEngagementWeeks: number, maxEngagementWeeks: number | null, offshore: boolean, availability: number, basis: string | null, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Occupation', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Outcome', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'PrecedentCase', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Rule', effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string }>, channels: Array<{ id: string }> }
    | { __typename: 'Skill', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Task', businessFunction: string | null, keywords: Array<string>, altLabels: Array<string>, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Trait', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkActivity', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkerType', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
   };

export type DeprecateNodeMutationVariables = Exact<{
  id: string | number;
  version: number;
  replacedBy?: string | number | null | undefined;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type DeprecateNodeMutation = { deprecateNode:
    | { __typename: 'Channel', typicalDaysToStart: number, relativeCost: number, minEngagementWeeks: number, maxEngagementWeeks: number | null, offshore: boolean, availability: number, basis: string | null, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Occupation', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Outcome', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'PrecedentCase', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Rule', effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string }>, channels: Array<{ id: string }> }
    | { __typename: 'Skill', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Task', businessFunction: string | null, keywords: Array<string>, altLabels: Array<string>, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'Trait', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkActivity', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
    | { __typename: 'WorkerType', id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string }
   };

export type RelateMutationVariables = Exact<{
  input: RelateInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RelateMutation = { relate: { type: RelationType, weight: number | null, from:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     } };

export type UnrelateMutationVariables = Exact<{
  input: UnrelateInput;
  idempotencyKey?: string | null | undefined;
}>;


export type UnrelateMutation = { unrelate: { type: RelationType, weight: number | null, from:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
    , to:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type PublishReleaseMutationVariables = Exact<{
  notes: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishReleaseMutation = { publishRelease: { number: number, notes: string, publishedAt: string, publishedBy: string, changeSequence: number, previousSequence: number, counts: Array<{ kind: CuratedKind, active: number, deprecated: number }> } };

export type ChangesQueryVariables = Exact<{
  since?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: { lastSequence: number, hasMore: boolean, entries: Array<{ sequence: number, kind: ChangeKind, nodeId: string, nodeKind: CuratedKind, version: number, at: string, actorId: string, operation: string, fields: Array<string> | null, relationType: RelationType | null, relatedId: string | null, weight: number | null, node:
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
        | { id: string, version: number, status: NodeStatus }
       | null }> } };

export type ReleasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReleasesQuery = { releases: Array<{ number: number, notes: string, publishedAt: string, publishedBy: string, changeSequence: number, previousSequence: number, counts: Array<{ kind: CuratedKind, active: number, deprecated: number }> }> };

export type ReleaseByNumberQueryVariables = Exact<{
  number: number;
}>;


export type ReleaseByNumberQuery = { release: { number: number, notes: string, publishedAt: string, publishedBy: string, changeSequence: number, previousSequence: number, counts: Array<{ kind: CuratedKind, active: number, deprecated: number }> } };

export type ReleaseFieldsFragment = { number: number, notes: string, publishedAt: string, publishedBy: string, changeSequence: number, previousSequence: number, counts: Array<{ kind: CuratedKind, active: number, deprecated: number }> };

export type CuratedTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type CuratedTaskQuery = { task: { __typename: 'Task', businessFunction: string | null, keywords: Array<string>, altLabels: Array<string>, id: string, name: string, description: string, status: NodeStatus, version: number, source: string, replacedBy: string | null, deprecationReason: string | null, deprecatedAt: string | null, updatedAt: string, skills: Array<{ importance: number, skill: { id: string } }>, traits: Array<{ weight: number, trait: { id: string } }>, outcomes: Array<{ id: string }>, occupations: Array<{ id: string }> } };

export type CuratedTraitsQueryVariables = Exact<{
  filter?: ListFilter | null | undefined;
}>;


export type CuratedTraitsQuery = { traits: { totalCount: number, edges: Array<{ node: { id: string, status: NodeStatus, replacedBy: string | null, suitedBy: Array<{ weight: number, workerType: { id: string } }> } }> } };

export type DecisionFieldsFragment = { id: string, needId: string, override: boolean, rationale: string | null, decidedBy: string, decidedAt: string, decidedRank: number | null, decidedScore: number | null, decidedExcluded: boolean, rulesEvaluated: number, firedRules: Array<string>, decompositionVersion: string | null, precedentId: string | null, workerType: { id: string, name: string }, channel: { id: string, name: string }, advised: { rank: number | null, score: number, workerType: { id: string }, channel: { id: string } } | null, options: Array<{ rank: number | null, workerTypeId: string, channelId: string, score: number, excluded: boolean }>, outcome: { rating: number, costVariancePct: number, daysToStart: number, needChanged: boolean, issues: Array<string>, notes: string, recordedAt: string, recordedBy: string } | null };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string, needId: string, override: boolean, rationale: string | null, decidedBy: string, decidedAt: string, decidedRank: number | null, decidedScore: number | null, decidedExcluded: boolean, rulesEvaluated: number, firedRules: Array<string>, decompositionVersion: string | null, precedentId: string | null, workerType: { id: string, name: string }, channel: { id: string, name: string }, advised: { rank: number | null, score: number, workerType: { id: string }, channel: { id: string } } | null, options: Array<{ rank: number | null, workerTypeId: string, channelId: string, score: number, excluded: boolean }>, outcome: { rating: number, costVariancePct: number, daysToStart: number, needChanged: boolean, issues: Array<string>, notes: string, recordedAt: string, recordedBy: string } | null } };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordOutcome: { precedentId: string, decision: { id: string, needId: string, override: boolean, rationale: string | null, decidedBy: string, decidedAt: string, decidedRank: number | null, decidedScore: number | null, decidedExcluded: boolean, rulesEvaluated: number, firedRules: Array<string>, decompositionVersion: string | null, precedentId: string | null, precedent: { id: string, name: string, source: string } | null, workerType: { id: string, name: string }, channel: { id: string, name: string }, advised: { rank: number | null, score: number, workerType: { id: string }, channel: { id: string } } | null, options: Array<{ rank: number | null, workerTypeId: string, channelId: string, score: number, excluded: boolean }>, outcome: { rating: number, costVariancePct: number, daysToStart: number, needChanged: boolean, issues: Array<string>, notes: string, recordedAt: string, recordedBy: string } | null } } };

export type DecisionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionByIdQuery = { decision: { id: string, needId: string, override: boolean, rationale: string | null, decidedBy: string, decidedAt: string, decidedRank: number | null, decidedScore: number | null, decidedExcluded: boolean, rulesEvaluated: number, firedRules: Array<string>, decompositionVersion: string | null, precedentId: string | null, need: { id: string, text: string }, precedent: { id: string, name: string } | null, workerType: { id: string, name: string }, channel: { id: string, name: string }, advised: { rank: number | null, score: number, workerType: { id: string }, channel: { id: string } } | null, options: Array<{ rank: number | null, workerTypeId: string, channelId: string, score: number, excluded: boolean }>, outcome: { rating: number, costVariancePct: number, daysToStart: number, needChanged: boolean, issues: Array<string>, notes: string, recordedAt: string, recordedBy: string } | null } };

export type DecisionsQueryVariables = Exact<{
  filter?: DecisionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DecisionsQuery = { decisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, needId: string, override: boolean, decidedAt: string, outcome: { rating: number } | null } }> } };

export type DecisionStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionStatsQuery = { decisionStats: { decisions: number, followed: number, overridden: number, followRate: number | null, withOutcome: number, whenFollowed: { decisions: number, withOutcome: number, meanRating: number | null, meanCostVariancePct: number | null }, whenOverridden: { decisions: number, withOutcome: number, meanRating: number | null, meanCostVariancePct: number | null } } };

export type NeedDecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedDecisionQuery = { need: { id: string, decision: { id: string, override: boolean, workerType: { id: string } } | null } };

export type PrecedentCaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PrecedentCaseByIdQuery = { precedentCase: { id: string, name: string, description: string, source: string, status: NodeStatus, businessFunction: string | null, decidedAt: string, facts: { durationWeeks: number | null, ongoing: boolean, regulated: boolean, dataSensitivity: string }, outcome: { rating: number, costVariancePct: number, daysToStart: number, needChanged: boolean, issues: Array<string>, notes: string }, tasks: Array<{ id: string }>, workerType: { id: string } | null, requestedWorkerType: { id: string } | null, channel: { id: string } | null } };

export type TaskPrecedentIdsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type TaskPrecedentIdsQuery = { task: { id: string, precedents: Array<{ id: string }> } };

export type RelatedCountsQueryVariables = Exact<{
  relatedTo: string;
}>;


export type RelatedCountsQuery = { tasks: { totalCount: number }, workerTypes: { totalCount: number }, channels: { totalCount: number } };

export type DecomposeNeedQueryVariables = Exact<{
  input: NeedInput;
  limit?: number | null | undefined;
}>;


export type DecomposeNeedQuery = { decomposeNeed: { version: string, ruledOut: Array<string>, warnings: Array<{ code: IntakeWarningCode, message: string }>, facts: { durationWeeks: number | null, durationSource: TraitSourceKind | null, ongoing: boolean | null }, statedFacts: { hoursPerWeek: number | null, headcount: number | null, remoteAllowed: boolean | null, regulated: boolean | null, dataSensitivity: DataSensitivity | null, tenureWeeks: number | null, renewals: number | null, coverage: Array<string>, control: Array<string>, regulatedDomains: Array<string>, volumes: Array<{ amount: number, items: string, per: string | null }>, sources: Array<{ field: string, origin: FactOrigin, phrase: string | null }> }, tasks: Array<{ basis: TaskBasis, score: number, confidence: number, lexicalScore: number, graphSupport: number, graphEvidence: Array<string>, ruledOutBy: string | null, task: { id: string, name: string }, evidence: Array<{ clause: string, phrases: Array<string>, words: Array<string>, strength: number, similarity: number | null }> }>, skills: Array<{ weight: number, mentioned: boolean, fromTaskIds: Array<string>, skill: { id: string, name: string } }>, outcomes: Array<{ weight: number, outcome: { id: string, name: string } }>, traits: Array<{ weight: number, trait: { id: string, name: string }, sources: Array<{ kind: TraitSourceKind, detail: string, weight: number }> }>, occupations: Array<{ weight: number, taskCount: number, titleMatch: boolean, similarity: number | null, occupation: { id: string, name: string } }>, requestedWorkerType: { id: string, name: string } | null } };

export type SubmitNeedMutationVariables = Exact<{
  input: NeedInput;
}>;


export type SubmitNeedMutation = { submitNeed: { need: { id: string, text: string, decompositionVersion: string, requestedWorkerType: { id: string } | null, tasks: Array<{ rank: number, score: number, task: { id: string } }> }, decomposition: { tasks: Array<{ basis: TaskBasis, task: { id: string } }> } } };

export type NeedByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedByIdQuery = { need: { id: string, text: string, durationWeeks: number | null, createdAt: string, tasks: Array<{ rank: number, task: { id: string, name: string } }> } };

export type RecommendationPictureQueryVariables = Exact<{
  input: RecommendInput;
}>;


export type RecommendationPictureQuery = { recommendChannels: { needId: string | null, svg: string } };

export type RecommendChannelsQueryVariables = Exact<{
  input: RecommendInput;
}>;


export type RecommendChannelsQuery = { recommendChannels: { needId: string | null, rulesEvaluated: number, warnings: Array<{ code: IntakeWarningCode, message: string }>, tasks: Array<{ weight: number, task: { id: string, name: string } }>, traits: Array<{ weight: number, trait: { id: string } }>, options: Array<{ rank: number, score: number, confidence: number, workerType: { id: string, name: string }, channel: { id: string, name: string }, factors: Array<{ kind: FactorKind, label: string, value: number, weight: number, contribution: number, explanation: string, ruleId: string | null, trait: { id: string } | null }>, paths: Array<{ contribution: number, nodes: Array<{ id: string, kind: string, name: string }>, relationships: Array<{ type: string, weight: number | null }> }>, precedents: Array<{ similarity: number, sameChannel: boolean, effect: number, precedent: { id: string, name: string, outcome: { rating: number } } }>, risks: Array<{ ruleId: string, ruleVersion: number, effect: RuleEffect, severity: RuleSeverity, message: string }> }>, excluded: Array<{ rank: number, score: number, factors: Array<{ contribution: number, explanation: string }>, workerType: { id: string }, channel: { id: string }, risks: Array<{ ruleId: string, ruleVersion: number, effect: RuleEffect, severity: RuleSeverity, message: string }> }>, portfolio: Array<{ share: number, score: number, workerType: { id: string, name: string }, channel: { id: string }, tasks: Array<{ id: string }> }>, challenge: { requestedScore: number | null, recommendedScore: number, margin: number, reasons: Array<string>, requestedWorkerType: { id: string }, recommendedWorkerType: { id: string }, recommendedChannel: { id: string } } | null, whatWouldChange: Array<{ fact: string, from: string, to: string, swapped: boolean, explanation: string }> } };

export type RulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesQuery = { rules: Array<{ id: string, name: string, description: string, version: number, status: NodeStatus, source: string, effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string, name: string }>, channels: Array<{ id: string, name: string }> }> };

export type RuleByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleByIdQuery = { rule: { id: string, name: string, description: string, version: number, status: NodeStatus, source: string, effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string, name: string }>, channels: Array<{ id: string, name: string }> } };

export type RuleDetailsFragment = { id: string, name: string, description: string, version: number, status: NodeStatus, source: string, effect: RuleEffect, severity: RuleSeverity, penalty: number, message: string, conditions: Array<{ field: string, op: ConditionOp, value: string | null, valueFrom: string | null, multiplier: number | null }>, workerTypes: Array<{ id: string, name: string }>, channels: Array<{ id: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CuratedFieldsFragmentDoc = new TypedDocumentString(`
    fragment CuratedFields on CuratedNode {
  __typename
  id
  name
  description
  status
  version
  source
  replacedBy
  deprecationReason
  deprecatedAt
  updatedAt
  ... on Task {
    businessFunction
    keywords
    altLabels
  }
  ... on Channel {
    typicalDaysToStart
    relativeCost
    minEngagementWeeks
    maxEngagementWeeks
    offshore
    availability
    basis
  }
  ... on Rule {
    effect
    severity
    penalty
    message
    conditions {
      field
      op
      value
      valueFrom
      multiplier
    }
    workerTypes {
      id
    }
    channels {
      id
    }
  }
}
    `, {"fragmentName":"CuratedFields"}) as unknown as TypedDocumentString<CuratedFieldsFragment, unknown>;
export const ReleaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReleaseFields on Release {
  number
  notes
  publishedAt
  publishedBy
  changeSequence
  previousSequence
  counts {
    kind
    active
    deprecated
  }
}
    `, {"fragmentName":"ReleaseFields"}) as unknown as TypedDocumentString<ReleaseFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFields on Decision {
  id
  needId
  override
  rationale
  decidedBy
  decidedAt
  workerType {
    id
    name
  }
  channel {
    id
    name
  }
  advised {
    rank
    score
    workerType {
      id
    }
    channel {
      id
    }
  }
  decidedRank
  decidedScore
  decidedExcluded
  rulesEvaluated
  firedRules
  decompositionVersion
  options {
    rank
    workerTypeId
    channelId
    score
    excluded
  }
  outcome {
    rating
    costVariancePct
    daysToStart
    needChanged
    issues
    notes
    recordedAt
    recordedBy
  }
  precedentId
}
    `, {"fragmentName":"DecisionFields"}) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const RuleDetailsFragmentDoc = new TypedDocumentString(`
    fragment RuleDetails on Rule {
  id
  name
  description
  version
  status
  source
  effect
  severity
  penalty
  message
  conditions {
    field
    op
    value
    valueFrom
    multiplier
  }
  workerTypes {
    id
    name
  }
  channels {
    id
    name
  }
}
    `, {"fragmentName":"RuleDetails"}) as unknown as TypedDocumentString<RuleDetailsFragment, unknown>;
export const TasksWithDetailsDocument = new TypedDocumentString(`
    query TasksWithDetails($first: Int = 50, $after: String, $filter: ListFilter) {
  tasks(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        businessFunction
        skills {
          importance
          skill {
            id
            name
          }
        }
        outcomes {
          id
          name
        }
        traits {
          weight
          trait {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TasksWithDetailsQuery, TasksWithDetailsQueryVariables>;
export const TaskByIdDocument = new TypedDocumentString(`
    query TaskById($id: ID!) {
  task(id: $id) {
    id
    name
    description
    status
    version
    keywords
    occupations {
      id
      name
    }
    precedents(first: 5) {
      id
      name
      outcome {
        rating
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaskByIdQuery, TaskByIdQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on CuratedNode {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const SkillTreeDocument = new TypedDocumentString(`
    query SkillTree($id: ID!) {
  skill(id: $id) {
    id
    name
    broader {
      id
      name
    }
    narrower {
      id
      name
    }
    tasks(first: 10) {
      importance
      task {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SkillTreeQuery, SkillTreeQueryVariables>;
export const WorkerTypesWithFitDocument = new TypedDocumentString(`
    query WorkerTypesWithFit {
  workerTypes(first: 50) {
    totalCount
    edges {
      node {
        id
        name
        suits {
          weight
          trait {
            id
            name
          }
        }
        channels {
          id
          name
          typicalDaysToStart
          relativeCost
          offshore
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerTypesWithFitQuery, WorkerTypesWithFitQueryVariables>;
export const PrecedentCasesDocument = new TypedDocumentString(`
    query PrecedentCases($first: Int = 20, $filter: ListFilter) {
  precedentCases(first: $first, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        source
        facts {
          durationWeeks
          ongoing
          dataSensitivity
          regulated
        }
        outcome {
          rating
          costVariancePct
          issues
        }
        tasks {
          id
          name
        }
        workerType {
          id
          name
        }
        channel {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrecedentCasesQuery, PrecedentCasesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $kinds: [NodeKind!], $first: Int = 10) {
  search(query: $query, kinds: $kinds, first: $first) {
    score
    kind
    node {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const OccupationsWithMatchesDocument = new TypedDocumentString(`
    query OccupationsWithMatches($first: Int = 20, $after: String, $filter: ListFilter) {
  occupations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        source
        altLabels
        matches {
          matchType
          occupation {
            id
            name
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OccupationsWithMatchesQuery, OccupationsWithMatchesQueryVariables>;
export const OccupationMatchesDocument = new TypedDocumentString(`
    query OccupationMatches($id: ID!) {
  occupation(id: $id) {
    id
    name
    source
    matches {
      matchType
      occupation {
        id
        name
        source
        tasks(first: 5) {
          id
          name
        }
      }
    }
    skills(first: 10) {
      importance
      relation
      skill {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OccupationMatchesQuery, OccupationMatchesQueryVariables>;
export const CreateNodeDocument = new TypedDocumentString(`
    mutation CreateNode($input: CreateNodeInput!, $idempotencyKey: String) {
  createNode(input: $input, idempotencyKey: $idempotencyKey) {
    ...CuratedFields
  }
}
    fragment CuratedFields on CuratedNode {
  __typename
  id
  name
  description
  status
  version
  source
  replacedBy
  deprecationReason
  deprecatedAt
  updatedAt
  ... on Task {
    businessFunction
    keywords
    altLabels
  }
  ... on Channel {
    typicalDaysToStart
    relativeCost
    minEngagementWeeks
    maxEngagementWeeks
    offshore
    availability
    basis
  }
  ... on Rule {
    effect
    severity
    penalty
    message
    conditions {
      field
      op
      value
      valueFrom
      multiplier
    }
    workerTypes {
      id
    }
    channels {
      id
    }
  }
}`) as unknown as TypedDocumentString<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = new TypedDocumentString(`
    mutation UpdateNode($id: ID!, $version: Int!, $patch: NodePatchInput!, $idempotencyKey: String) {
  updateNode(
    id: $id
    version: $version
    patch: $patch
    idempotencyKey: $idempotencyKey
  ) {
    ...CuratedFields
  }
}
    fragment CuratedFields on CuratedNode {
  __typename
  id
  name
  description
  status
  version
  source
  replacedBy
  deprecationReason
  deprecatedAt
  updatedAt
  ... on Task {
    businessFunction
    keywords
    altLabels
  }
  ... on Channel {
    typicalDaysToStart
    relativeCost
    minEngagementWeeks
    maxEngagementWeeks
    offshore
    availability
    basis
  }
  ... on Rule {
    effect
    severity
    penalty
    message
    conditions {
      field
      op
      value
      valueFrom
      multiplier
    }
    workerTypes {
      id
    }
    channels {
      id
    }
  }
}`) as unknown as TypedDocumentString<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeprecateNodeDocument = new TypedDocumentString(`
    mutation DeprecateNode($id: ID!, $version: Int!, $replacedBy: ID, $reason: String!, $idempotencyKey: String) {
  deprecateNode(
    id: $id
    version: $version
    replacedBy: $replacedBy
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    ...CuratedFields
  }
}
    fragment CuratedFields on CuratedNode {
  __typename
  id
  name
  description
  status
  version
  source
  replacedBy
  deprecationReason
  deprecatedAt
  updatedAt
  ... on Task {
    businessFunction
    keywords
    altLabels
  }
  ... on Channel {
    typicalDaysToStart
    relativeCost
    minEngagementWeeks
    maxEngagementWeeks
    offshore
    availability
    basis
  }
  ... on Rule {
    effect
    severity
    penalty
    message
    conditions {
      field
      op
      value
      valueFrom
      multiplier
    }
    workerTypes {
      id
    }
    channels {
      id
    }
  }
}`) as unknown as TypedDocumentString<DeprecateNodeMutation, DeprecateNodeMutationVariables>;
export const RelateDocument = new TypedDocumentString(`
    mutation Relate($input: RelateInput!, $idempotencyKey: String) {
  relate(input: $input, idempotencyKey: $idempotencyKey) {
    type
    weight
    from {
      id
      version
    }
    to {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RelateMutation, RelateMutationVariables>;
export const UnrelateDocument = new TypedDocumentString(`
    mutation Unrelate($input: UnrelateInput!, $idempotencyKey: String) {
  unrelate(input: $input, idempotencyKey: $idempotencyKey) {
    type
    weight
    from {
      id
      version
    }
    to {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnrelateMutation, UnrelateMutationVariables>;
export const PublishReleaseDocument = new TypedDocumentString(`
    mutation PublishRelease($notes: String!, $idempotencyKey: String) {
  publishRelease(notes: $notes, idempotencyKey: $idempotencyKey) {
    ...ReleaseFields
  }
}
    fragment ReleaseFields on Release {
  number
  notes
  publishedAt
  publishedBy
  changeSequence
  previousSequence
  counts {
    kind
    active
    deprecated
  }
}`) as unknown as TypedDocumentString<PublishReleaseMutation, PublishReleaseMutationVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($since: Int = 0, $first: Int = 100) {
  changes(since: $since, first: $first) {
    lastSequence
    hasMore
    entries {
      sequence
      kind
      nodeId
      nodeKind
      version
      at
      actorId
      operation
      fields
      relationType
      relatedId
      weight
      node {
        id
        version
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const ReleasesDocument = new TypedDocumentString(`
    query Releases($first: Int = 20) {
  releases(first: $first) {
    ...ReleaseFields
  }
}
    fragment ReleaseFields on Release {
  number
  notes
  publishedAt
  publishedBy
  changeSequence
  previousSequence
  counts {
    kind
    active
    deprecated
  }
}`) as unknown as TypedDocumentString<ReleasesQuery, ReleasesQueryVariables>;
export const ReleaseByNumberDocument = new TypedDocumentString(`
    query ReleaseByNumber($number: Int!) {
  release(number: $number) {
    ...ReleaseFields
  }
}
    fragment ReleaseFields on Release {
  number
  notes
  publishedAt
  publishedBy
  changeSequence
  previousSequence
  counts {
    kind
    active
    deprecated
  }
}`) as unknown as TypedDocumentString<ReleaseByNumberQuery, ReleaseByNumberQueryVariables>;
export const CuratedTaskDocument = new TypedDocumentString(`
    query CuratedTask($id: ID!) {
  task(id: $id) {
    ...CuratedFields
    skills {
      importance
      skill {
        id
      }
    }
    traits {
      weight
      trait {
        id
      }
    }
    outcomes {
      id
    }
    occupations {
      id
    }
  }
}
    fragment CuratedFields on CuratedNode {
  __typename
  id
  name
  description
  status
  version
  source
  replacedBy
  deprecationReason
  deprecatedAt
  updatedAt
  ... on Task {
    businessFunction
    keywords
    altLabels
  }
  ... on Channel {
    typicalDaysToStart
    relativeCost
    minEngagementWeeks
    maxEngagementWeeks
    offshore
    availability
    basis
  }
  ... on Rule {
    effect
    severity
    penalty
    message
    conditions {
      field
      op
      value
      valueFrom
      multiplier
    }
    workerTypes {
      id
    }
    channels {
      id
    }
  }
}`) as unknown as TypedDocumentString<CuratedTaskQuery, CuratedTaskQueryVariables>;
export const CuratedTraitsDocument = new TypedDocumentString(`
    query CuratedTraits($filter: ListFilter) {
  traits(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        status
        replacedBy
        suitedBy {
          weight
          workerType {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CuratedTraitsQuery, CuratedTraitsQueryVariables>;
export const RecordDecisionDocument = new TypedDocumentString(`
    mutation RecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    ...DecisionFields
  }
}
    fragment DecisionFields on Decision {
  id
  needId
  override
  rationale
  decidedBy
  decidedAt
  workerType {
    id
    name
  }
  channel {
    id
    name
  }
  advised {
    rank
    score
    workerType {
      id
    }
    channel {
      id
    }
  }
  decidedRank
  decidedScore
  decidedExcluded
  rulesEvaluated
  firedRules
  decompositionVersion
  options {
    rank
    workerTypeId
    channelId
    score
    excluded
  }
  outcome {
    rating
    costVariancePct
    daysToStart
    needChanged
    issues
    notes
    recordedAt
    recordedBy
  }
  precedentId
}`) as unknown as TypedDocumentString<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const RecordOutcomeDocument = new TypedDocumentString(`
    mutation RecordOutcome($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) {
    precedentId
    decision {
      ...DecisionFields
      precedent {
        id
        name
        source
      }
    }
  }
}
    fragment DecisionFields on Decision {
  id
  needId
  override
  rationale
  decidedBy
  decidedAt
  workerType {
    id
    name
  }
  channel {
    id
    name
  }
  advised {
    rank
    score
    workerType {
      id
    }
    channel {
      id
    }
  }
  decidedRank
  decidedScore
  decidedExcluded
  rulesEvaluated
  firedRules
  decompositionVersion
  options {
    rank
    workerTypeId
    channelId
    score
    excluded
  }
  outcome {
    rating
    costVariancePct
    daysToStart
    needChanged
    issues
    notes
    recordedAt
    recordedBy
  }
  precedentId
}`) as unknown as TypedDocumentString<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const DecisionByIdDocument = new TypedDocumentString(`
    query DecisionById($id: ID!) {
  decision(id: $id) {
    ...DecisionFields
    need {
      id
      text
    }
    precedent {
      id
      name
    }
  }
}
    fragment DecisionFields on Decision {
  id
  needId
  override
  rationale
  decidedBy
  decidedAt
  workerType {
    id
    name
  }
  channel {
    id
    name
  }
  advised {
    rank
    score
    workerType {
      id
    }
    channel {
      id
    }
  }
  decidedRank
  decidedScore
  decidedExcluded
  rulesEvaluated
  firedRules
  decompositionVersion
  options {
    rank
    workerTypeId
    channelId
    score
    excluded
  }
  outcome {
    rating
    costVariancePct
    daysToStart
    needChanged
    issues
    notes
    recordedAt
    recordedBy
  }
  precedentId
}`) as unknown as TypedDocumentString<DecisionByIdQuery, DecisionByIdQueryVariables>;
export const DecisionsDocument = new TypedDocumentString(`
    query Decisions($filter: DecisionFilterInput, $first: Int = 20, $after: String) {
  decisions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        needId
        override
        decidedAt
        outcome {
          rating
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionsQuery, DecisionsQueryVariables>;
export const DecisionStatsDocument = new TypedDocumentString(`
    query DecisionStats {
  decisionStats {
    decisions
    followed
    overridden
    followRate
    withOutcome
    whenFollowed {
      decisions
      withOutcome
      meanRating
      meanCostVariancePct
    }
    whenOverridden {
      decisions
      withOutcome
      meanRating
      meanCostVariancePct
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionStatsQuery, DecisionStatsQueryVariables>;
export const NeedDecisionDocument = new TypedDocumentString(`
    query NeedDecision($id: ID!) {
  need(id: $id) {
    id
    decision {
      id
      override
      workerType {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedDecisionQuery, NeedDecisionQueryVariables>;
export const PrecedentCaseByIdDocument = new TypedDocumentString(`
    query PrecedentCaseById($id: ID!) {
  precedentCase(id: $id) {
    id
    name
    description
    source
    status
    businessFunction
    decidedAt
    facts {
      durationWeeks
      ongoing
      regulated
      dataSensitivity
    }
    outcome {
      rating
      costVariancePct
      daysToStart
      needChanged
      issues
      notes
    }
    tasks {
      id
    }
    workerType {
      id
    }
    requestedWorkerType {
      id
    }
    channel {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PrecedentCaseByIdQuery, PrecedentCaseByIdQueryVariables>;
export const TaskPrecedentIdsDocument = new TypedDocumentString(`
    query TaskPrecedentIds($id: ID!, $first: Int = 500) {
  task(id: $id) {
    id
    precedents(first: $first) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TaskPrecedentIdsQuery, TaskPrecedentIdsQueryVariables>;
export const RelatedCountsDocument = new TypedDocumentString(`
    query RelatedCounts($relatedTo: String!) {
  tasks(first: 100, filter: {relatedTo: $relatedTo}) {
    totalCount
  }
  workerTypes(first: 20, filter: {relatedTo: $relatedTo}) {
    totalCount
  }
  channels(first: 20, filter: {relatedTo: $relatedTo}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RelatedCountsQuery, RelatedCountsQueryVariables>;
export const DecomposeNeedDocument = new TypedDocumentString(`
    query DecomposeNeed($input: NeedInput!, $limit: Int = 10) {
  decomposeNeed(input: $input, limit: $limit) {
    version
    warnings {
      code
      message
    }
    facts {
      durationWeeks
      durationSource
      ongoing
    }
    statedFacts {
      hoursPerWeek
      headcount
      remoteAllowed
      regulated
      dataSensitivity
      tenureWeeks
      renewals
      coverage
      volumes {
        amount
        items
        per
      }
      control
      regulatedDomains
      sources {
        field
        origin
        phrase
      }
    }
    ruledOut
    tasks {
      task {
        id
        name
      }
      basis
      score
      confidence
      lexicalScore
      graphSupport
      evidence {
        clause
        phrases
        words
        strength
        similarity
      }
      graphEvidence
      ruledOutBy
    }
    skills {
      skill {
        id
        name
      }
      weight
      mentioned
      fromTaskIds
    }
    outcomes {
      outcome {
        id
        name
      }
      weight
    }
    traits {
      trait {
        id
        name
      }
      weight
      sources {
        kind
        detail
        weight
      }
    }
    occupations {
      occupation {
        id
        name
      }
      weight
      taskCount
      titleMatch
      similarity
    }
    requestedWorkerType {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DecomposeNeedQuery, DecomposeNeedQueryVariables>;
export const SubmitNeedDocument = new TypedDocumentString(`
    mutation SubmitNeed($input: NeedInput!) {
  submitNeed(input: $input) {
    need {
      id
      text
      decompositionVersion
      requestedWorkerType {
        id
      }
      tasks {
        rank
        score
        task {
          id
        }
      }
    }
    decomposition {
      tasks {
        task {
          id
        }
        basis
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitNeedMutation, SubmitNeedMutationVariables>;
export const NeedByIdDocument = new TypedDocumentString(`
    query NeedById($id: ID!) {
  need(id: $id) {
    id
    text
    durationWeeks
    createdAt
    tasks {
      rank
      task {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedByIdQuery, NeedByIdQueryVariables>;
export const RecommendationPictureDocument = new TypedDocumentString(`
    query RecommendationPicture($input: RecommendInput!) {
  recommendChannels(input: $input) {
    needId
    svg
  }
}
    `) as unknown as TypedDocumentString<RecommendationPictureQuery, RecommendationPictureQueryVariables>;
export const RecommendChannelsDocument = new TypedDocumentString(`
    query RecommendChannels($input: RecommendInput!) {
  recommendChannels(input: $input) {
    needId
    rulesEvaluated
    warnings {
      code
      message
    }
    tasks {
      weight
      task {
        id
        name
      }
    }
    traits {
      weight
      trait {
        id
      }
    }
    options {
      rank
      score
      confidence
      workerType {
        id
        name
      }
      channel {
        id
        name
      }
      factors {
        kind
        label
        value
        weight
        contribution
        explanation
        trait {
          id
        }
        ruleId
      }
      paths {
        contribution
        nodes {
          id
          kind
          name
        }
        relationships {
          type
          weight
        }
      }
      precedents {
        similarity
        sameChannel
        effect
        precedent {
          id
          name
          outcome {
            rating
          }
        }
      }
      risks {
        ruleId
        ruleVersion
        effect
        severity
        message
      }
    }
    excluded {
      rank
      score
      factors {
        contribution
        explanation
      }
      workerType {
        id
      }
      channel {
        id
      }
      risks {
        ruleId
        ruleVersion
        effect
        severity
        message
      }
    }
    portfolio {
      share
      score
      workerType {
        id
        name
      }
      channel {
        id
      }
      tasks {
        id
      }
    }
    challenge {
      requestedWorkerType {
        id
      }
      requestedScore
      recommendedWorkerType {
        id
      }
      recommendedChannel {
        id
      }
      recommendedScore
      margin
      reasons
    }
    whatWouldChange {
      fact
      from
      to
      swapped
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendChannelsQuery, RecommendChannelsQueryVariables>;
export const RulesDocument = new TypedDocumentString(`
    query Rules {
  rules {
    ...RuleDetails
  }
}
    fragment RuleDetails on Rule {
  id
  name
  description
  version
  status
  source
  effect
  severity
  penalty
  message
  conditions {
    field
    op
    value
    valueFrom
    multiplier
  }
  workerTypes {
    id
    name
  }
  channels {
    id
    name
  }
}`) as unknown as TypedDocumentString<RulesQuery, RulesQueryVariables>;
export const RuleByIdDocument = new TypedDocumentString(`
    query RuleById($id: ID!) {
  rule(id: $id) {
    ...RuleDetails
  }
}
    fragment RuleDetails on Rule {
  id
  name
  description
  version
  status
  source
  effect
  severity
  penalty
  message
  conditions {
    field
    op
    value
    valueFrom
    multiplier
  }
  workerTypes {
    id
    name
  }
  channels {
    id
    name
  }
}`) as unknown as TypedDocumentString<RuleByIdQuery, RuleByIdQueryVariables>;