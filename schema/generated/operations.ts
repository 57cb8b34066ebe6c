/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export const CuratedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deprecatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"minEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CuratedFieldsFragment, unknown>;
export const ReleaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changeSequence"}},{"kind":"Field","name":{"kind":"Name","value":"previousSequence"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}}]}}]} as unknown as DocumentNode<ReleaseFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedRank"}},{"kind":"Field","name":{"kind":"Name","value":"decidedScore"}},{"kind":"Field","name":{"kind":"Name","value":"decidedExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"rulesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"}},{"kind":"Field","name":{"kind":"Name","value":"decompositionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"workerTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"daysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"needChanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedentId"}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const RuleDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RuleDetailsFragment, unknown>;
export const TasksWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksWithDetailsQuery, TasksWithDetailsQueryVariables>;
export const TaskByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskByIdQuery, TaskByIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const SkillTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillTreeQuery, SkillTreeQueryVariables>;
export const WorkerTypesWithFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerTypesWithFit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkerTypesWithFitQuery, WorkerTypesWithFitQueryVariables>;
export const PrecedentCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrecedentCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precedentCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"dataSensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"regulated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrecedentCasesQuery, PrecedentCasesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const OccupationsWithMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupationsWithMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OccupationsWithMatchesQuery, OccupationsWithMatchesQueryVariables>;
export const OccupationMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupationMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OccupationMatchesQuery, OccupationMatchesQueryVariables>;
export const CreateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNodeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deprecatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"minEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodePatchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deprecatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"minEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeprecateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeprecateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replacedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"replacedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replacedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deprecatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"minEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeprecateNodeMutation, DeprecateNodeMutationVariables>;
export const RelateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Relate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RelateMutation, RelateMutationVariables>;
export const UnrelateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unrelate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnrelateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrelate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnrelateMutation, UnrelateMutationVariables>;
export const PublishReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changeSequence"}},{"kind":"Field","name":{"kind":"Name","value":"previousSequence"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}}]}}]} as unknown as DocumentNode<PublishReleaseMutation, PublishReleaseMutationVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastSequence"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"relationType"}},{"kind":"Field","name":{"kind":"Name","value":"relatedId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const ReleasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Releases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changeSequence"}},{"kind":"Field","name":{"kind":"Name","value":"previousSequence"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}}]}}]} as unknown as DocumentNode<ReleasesQuery, ReleasesQueryVariables>;
export const ReleaseByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleaseByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changeSequence"}},{"kind":"Field","name":{"kind":"Name","value":"previousSequence"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}}]}}]} as unknown as DocumentNode<ReleaseByNumberQuery, ReleaseByNumberQueryVariables>;
export const CuratedTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CuratedTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedFields"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CuratedNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}},{"kind":"Field","name":{"kind":"Name","value":"deprecatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalDaysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"relativeCost"}},{"kind":"Field","name":{"kind":"Name","value":"minEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxEngagementWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"offshore"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CuratedTaskQuery, CuratedTaskQueryVariables>;
export const CuratedTraitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CuratedTraits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"}},{"kind":"Field","name":{"kind":"Name","value":"suitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CuratedTraitsQuery, CuratedTraitsQueryVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedRank"}},{"kind":"Field","name":{"kind":"Name","value":"decidedScore"}},{"kind":"Field","name":{"kind":"Name","value":"decidedExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"rulesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"}},{"kind":"Field","name":{"kind":"Name","value":"decompositionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"workerTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"daysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"needChanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedentId"}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precedentId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"precedent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedRank"}},{"kind":"Field","name":{"kind":"Name","value":"decidedScore"}},{"kind":"Field","name":{"kind":"Name","value":"decidedExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"rulesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"}},{"kind":"Field","name":{"kind":"Name","value":"decompositionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"workerTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"daysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"needChanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedentId"}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const DecisionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedRank"}},{"kind":"Field","name":{"kind":"Name","value":"decidedScore"}},{"kind":"Field","name":{"kind":"Name","value":"decidedExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"rulesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"}},{"kind":"Field","name":{"kind":"Name","value":"decompositionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"workerTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"daysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"needChanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedentId"}}]}}]} as unknown as DocumentNode<DecisionByIdQuery, DecisionByIdQueryVariables>;
export const DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionsQuery, DecisionsQueryVariables>;
export const DecisionStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"followed"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"followRate"}},{"kind":"Field","name":{"kind":"Name","value":"withOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"whenFollowed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"withOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"meanRating"}},{"kind":"Field","name":{"kind":"Name","value":"meanCostVariancePct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whenOverridden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"withOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"meanRating"}},{"kind":"Field","name":{"kind":"Name","value":"meanCostVariancePct"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionStatsQuery, DecisionStatsQueryVariables>;
export const NeedDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedDecisionQuery, NeedDecisionQueryVariables>;
export const PrecedentCaseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrecedentCaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precedentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessFunction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"regulated"}},{"kind":"Field","name":{"kind":"Name","value":"dataSensitivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"costVariancePct"}},{"kind":"Field","name":{"kind":"Name","value":"daysToStart"}},{"kind":"Field","name":{"kind":"Name","value":"needChanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedWorkerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PrecedentCaseByIdQuery, PrecedentCaseByIdQueryVariables>;
export const TaskPrecedentIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskPrecedentIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"precedents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskPrecedentIdsQuery, TaskPrecedentIdsQueryVariables>;
export const RelatedCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelatedCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relatedTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"relatedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relatedTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"relatedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relatedTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"relatedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relatedTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RelatedCountsQuery, RelatedCountsQueryVariables>;
export const DecomposeNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecomposeNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decomposeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"durationSource"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"regulated"}},{"kind":"Field","name":{"kind":"Name","value":"dataSensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"tenureWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"per"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"}},{"kind":"Field","name":{"kind":"Name","value":"regulatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"phrase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruledOut"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"lexicalScore"}},{"kind":"Field","name":{"kind":"Name","value":"graphSupport"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"phrases"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graphEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"ruledOutBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"mentioned"}},{"kind":"Field","name":{"kind":"Name","value":"fromTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"titleMatch"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedWorkerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DecomposeNeedQuery, DecomposeNeedQueryVariables>;
export const SubmitNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decompositionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"requestedWorkerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decomposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitNeedMutation, SubmitNeedMutationVariables>;
export const NeedByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedByIdQuery, NeedByIdQueryVariables>;
export const RecommendationPictureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationPicture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}}]}}]}}]} as unknown as DocumentNode<RecommendationPictureQuery, RecommendationPictureQueryVariables>;
export const RecommendChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"rulesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"trait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"precedents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"sameChannel"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"precedent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedWorkerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedScore"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedWorkerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedScore"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whatWouldChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"swapped"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendChannelsQuery, RecommendChannelsQueryVariables>;
export const RulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RulesQuery, RulesQueryVariables>;
export const RuleByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RuleByIdQuery, RuleByIdQueryVariables>;