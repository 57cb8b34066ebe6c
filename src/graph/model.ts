/**
 * The labels and relationship types of the work graph. Cypher cannot take labels or types as
 * parameters, so queries interpolate only these constants, never a value from a request.
 */
import type { NodeLabel } from "../domain/taxonomy.js";

/** Every node with an `id` also carries this label, so `node(id)` is one index lookup. */
export const ENTITY_LABEL = "Entity";

/** The taxonomy change feed, the counter that numbers it, and published releases. */
export const CHANGE_LABEL = "TaxonomyChange";
export const CHANGE_COUNTER_LABEL = "ChangeCounter";
export const RELEASE_LABEL = "Release";

/** Tenant data of the decision loop: a stored need, and a person's decision on it. */
export const NEED_LABEL = "Need";
export const DECISION_LABEL = "Decision";
export const DECISION_RELATIONS = {
  /** (Need)-[:MATCHED {rank, score, confidence}]->(Task), written by submitNeed. */
  needTask: "MATCHED",
  /** (Need)-[:REQUESTED]->(WorkerType): what the manager asked for. */
  needRequested: "REQUESTED",
  forNeed: "FOR_NEED",
  chose: "CHOSE",
  through: "THROUGH",
  /** (PrecedentCase)-[:FROM_DECISION]->(Decision): the case a decision's outcome became. */
  fromDecision: "FROM_DECISION",
} as const;

export type Relation = Readonly<{
  from: NodeLabel;
  type: string;
  to: NodeLabel;
  /** Relationship properties that carry meaning, returned beside the related node. */
  properties: readonly string[];
}>;

export const RELATIONS = {
  includesTask: { from: "Occupation", type: "INCLUDES_TASK", to: "Task", properties: [] },
  requiresSkill: { from: "Task", type: "REQUIRES_SKILL", to: "Skill", properties: ["importance"] },
  contributesTo: { from: "Task", type: "CONTRIBUTES_TO", to: "Outcome", properties: [] },
  hasTrait: { from: "Task", type: "HAS_TRAIT", to: "Trait", properties: ["weight"] },
  suits: { from: "WorkerType", type: "SUITS", to: "Trait", properties: ["weight"] },
  sourcedVia: { from: "WorkerType", type: "SOURCED_VIA", to: "Channel", properties: [] },
  broader: { from: "Skill", type: "BROADER", to: "Skill", properties: [] },
  precedentTask: { from: "PrecedentCase", type: "INVOLVED_TASK", to: "Task", properties: [] },
  precedentWorkerType: { from: "PrecedentCase", type: "ENGAGED", to: "WorkerType", properties: [] },
  precedentRequested: { from: "PrecedentCase", type: "REQUESTED", to: "WorkerType", properties: [] },
  precedentChannel: { from: "PrecedentCase", type: "SOURCED_THROUGH", to: "Channel", properties: [] },
  // O*NET: tasks perform detailed work activities (DWA -> IWA -> GWA); occupations rate skills.
  performs: { from: "Task", type: "PERFORMS", to: "WorkActivity", properties: [] },
  activityBroader: { from: "WorkActivity", type: "BROADER", to: "WorkActivity", properties: [] },
  occupationSkill: { from: "Occupation", type: "REQUIRES_SKILL", to: "Skill", properties: ["importance", "level", "hot", "inDemand", "relation"] },
  // ESCO: occupations under ISCO-08 groups (and broader occupations); (ESCO)-[:MATCHES {matchType}]->(O*NET),
  // matchType read as SKOS from the ESCO side: BROAD means the O*NET occupation is the broader one.
  occupationBroader: { from: "Occupation", type: "BROADER", to: "Occupation", properties: [] },
  occupationMatch: { from: "Occupation", type: "MATCHES", to: "Occupation", properties: [] },
  // A compliance rule is scoped to worker types and channels; no link means it applies to all.
  ruleWorkerType: { from: "Rule", type: "APPLIES_TO", to: "WorkerType", properties: [] },
  ruleChannel: { from: "Rule", type: "APPLIES_TO", to: "Channel", properties: [] },
} as const satisfies Record<string, Relation>;
export type RelationName = keyof typeof RELATIONS;

/** Full-text indexes (Lucene), created by the migrations. */
export const FULLTEXT = {
  entities: "entity_text",
  tasks: "task_text",
  skills: "skill_text",
  occupationTitles: "occupation_titles",
  outcomes: "outcome_text",
} as const;
