/** The GraphQL inputs and results of taxonomy curation, the change feed and releases. */
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { ChangeKind, ConditionOp, CuratedKind, RelationType, RuleEffect, RuleSeverity, WorkActivityLevel } from "./enums.types.js";
import { CuratedNode } from "./node.types.js";

@InputType({ description: "One condition of a rule, as `Rule.conditions` reads it." })
export class RuleConditionInput {
  @Field(() => String)
  field!: string;

  @Field(() => ConditionOp)
  op!: ConditionOp;

  @Field(() => String, { nullable: true, description: 'The literal, JSON-encoded (`78`, `true`, `"wt:contractor"`); or give valueFrom.' })
  value?: string | null;

  @Field(() => String, { nullable: true })
  valueFrom?: string | null;

  @Field(() => Float, { nullable: true, description: "Only with a numeric valueFrom." })
  multiplier?: number | null;
}

/** The fields only some kinds have; each names its kinds, and any other kind refuses it. (A base class only: not in the schema.) */
@InputType()
export abstract class KindFieldsInput {
  @Field(() => String, { nullable: true, description: "Occupation, Task: finance, hr, it, ... (null: none)." })
  businessFunction?: string | null;

  @Field(() => [String], { nullable: true, description: "Occupation, Task, Skill, WorkActivity." })
  altLabels?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Task, WorkActivity: words managers use for it." })
  keywords?: string[] | null;

  @Field(() => String, { nullable: true, description: "Skill: skill, knowledge or technology (null: unspecified)." })
  skillType?: string | null;

  @Field(() => WorkActivityLevel, { nullable: true, description: "WorkActivity." })
  level?: WorkActivityLevel | null;

  @Field(() => Int, { nullable: true, description: "Channel: typical calendar days from request to start (0..365)." })
  typicalDaysToStart?: number | null;

  @Field(() => Float, { nullable: true, description: "Channel: cost relative to an onshore employee (above 0, at most 10)." })
  relativeCost?: number | null;

  @Field(() => Float, { nullable: true, description: "Channel: shortest sensible engagement, in weeks." })
  minEngagementWeeks?: number | null;

  @Field(() => Float, { nullable: true, description: "Channel: longest engagement before it is a poor fit; null for no limit." })
  maxEngagementWeeks?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Channel: the work is done outside the requesting country." })
  offshore?: boolean | null;

  @Field(() => Float, { nullable: true, description: "Channel: how readily the organisation gets a worker through it, 0..1 (default 1; 0: it has none)." })
  availability?: number | null;

  @Field(() => String, { nullable: true, description: "Channel: where each of its numbers comes from (a source, the article, or a stated judgement)." })
  basis?: string | null;

  @Field(() => RuleEffect, { nullable: true, description: "Rule." })
  effect?: RuleEffect | null;

  @Field(() => RuleSeverity, { nullable: true, description: "Rule." })
  severity?: RuleSeverity | null;

  @Field(() => Float, { nullable: true, description: "Rule: above 0 for PENALISE, 0 (the default) otherwise." })
  penalty?: number | null;

  @Field(() => String, { nullable: true, description: "Rule: the finding's text, with {field} placeholders." })
  message?: string | null;

  @Field(() => [RuleConditionInput], { nullable: true, description: "Rule: all must hold for it to fire." })
  conditions?: RuleConditionInput[] | null;
}

@InputType({ description: "An outgoing relationship of a new node." })
export class NewRelationInput {
  @Field(() => RelationType)
  type!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Float, { nullable: true, description: "Required for REQUIRES_SKILL (importance), HAS_TRAIT and SUITS; refused for the others." })
  weight?: number | null;
}

@InputType({
  description:
    "A new node of any curated kind. Fields that do not apply to the kind are refused; a Channel needs its " +
    "channel fields, a Rule its rule fields, a WorkActivity its level.",
})
export class CreateNodeInput extends KindFieldsInput {
  @Field(() => CuratedKind)
  kind!: CuratedKind;

  @Field(() => ID, {
    nullable: true,
    description: "`<prefix>:lower-case-words` (occ, task, skill, outcome, trait, wt, ch, wa, rule); made from the name when absent.",
  })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [NewRelationInput], {
    nullable: true,
    description: "Outgoing relationships created with the node (a Rule's APPLIES_TO scope belongs here: without one it applies to all).",
  })
  relations?: NewRelationInput[] | null;
}

@InputType({ description: "The fields to change; absent fields keep their value, null clears a nullable one." })
export class NodePatchInput extends KindFieldsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: "A relationship to remove, from the `from` node at the version the steward read." })
export class UnrelateInput {
  @Field(() => ID)
  from!: string;

  @Field(() => Int, { description: "The `from` node's version as read; CONFLICT when it has changed since." })
  version!: number;

  @Field(() => RelationType)
  type!: string;

  @Field(() => ID)
  to!: string;
}

@InputType({ description: "A relationship to add, or whose weight to change." })
export class RelateInput extends UnrelateInput {
  @Field(() => Float, { nullable: true, description: "Required for REQUIRES_SKILL (importance 0..1), HAS_TRAIT (0..1) and SUITS (-1..1)." })
  weight?: number | null;
}

@ObjectType({ description: "A relationship as a curation mutation left it." })
export class CuratedRelationship {
  @Field(() => CuratedNode, { description: "The `from` node after the change: its version counts relationship changes too." })
  from!: CuratedNode;

  @Field(() => RelationType)
  type!: string;

  /** The other end's id; the `to` field resolves it. */
  toId!: string;

  @Field(() => Float, { nullable: true, description: "The weight now (relate) or before removal (unrelate); null for unweighted types." })
  weight!: number | null;
}

@ObjectType({ description: "One committed change to the taxonomy." })
export class TaxonomyChange {
  @Field(() => Int, { description: "Increases by one per entry, in commit order: poll with `changes(since: <last seen>)`." })
  sequence!: number;

  @Field(() => ChangeKind)
  kind!: ChangeKind;

  @Field(() => ID)
  nodeId!: string;

  @Field(() => CuratedKind)
  nodeKind!: CuratedKind;

  @Field(() => Int, { description: "The node's version after the change." })
  version!: number;

  @Field(() => GraphQLISODateTime)
  at!: string;

  @Field(() => String, { description: "Who made it: an API key id, a JWT subject or `cli:<user>`." })
  actorId!: string;

  @Field(() => String, { description: "The mutation (or `importTaxonomy`) that made it." })
  operation!: string;

  @Field(() => [String], { nullable: true, description: "UPDATED: the fields that changed." })
  fields!: string[] | null;

  @Field(() => RelationType, { nullable: true, description: "RELATED, UNRELATED." })
  relationType!: string | null;

  @Field(() => ID, { nullable: true, description: "RELATED, UNRELATED: the other end; DEPRECATED: the successor, if any." })
  relatedId!: string | null;

  @Field(() => Float, { nullable: true, description: "RELATED: the relationship's weight, for weighted types." })
  weight!: number | null;
}

@ObjectType({ description: "A page of the change feed." })
export class ChangeFeed {
  @Field(() => [TaxonomyChange])
  entries!: TaxonomyChange[];

  @Field(() => Int, { description: "Pass this as `since` next time: the last entry's sequence, or `since` when nothing is new." })
  lastSequence!: number;

  @Field(() => Boolean, { description: "More entries wait: ask again at once." })
  hasMore!: boolean;
}

@ObjectType()
export class KindCount {
  @Field(() => CuratedKind)
  kind!: CuratedKind;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  deprecated!: number;
}

@ObjectType({ description: "A published state of the taxonomy: everything in the change feed up to `changeSequence`." })
export class Release {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  notes!: string;

  @Field(() => GraphQLISODateTime)
  publishedAt!: string;

  @Field(() => String)
  publishedBy!: string;

  @Field(() => Int, { description: "The last change-feed sequence in the release." })
  changeSequence!: number;

  @Field(() => Int, { description: "The previous release's changeSequence: `changes(since: previousSequence)` lists what is new in this one." })
  previousSequence!: number;

  @Field(() => [KindCount], { description: "Nodes per kind at publication." })
  counts!: KindCount[];
}
