/** The GraphQL types of the decision loop: decisions, advised options, outcomes and statistics. */
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { DECISION_LIMITS } from "../../services/decisions/decisionInput.js";
import { connection } from "./connection.types.js";

@InputType({ description: "A person's decision on a stored need of the caller's tenant: the worker type and the channel chosen." })
export class RecordDecisionInput {
  @Field(() => ID, { description: "A need from submitNeed." })
  needId!: string;

  @Field(() => ID)
  workerTypeId!: string;

  @Field(() => ID, { description: "A channel that sources the worker type (SOURCED_VIA)." })
  channelId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      `Why. Required, at least ${DECISION_LIMITS.rationaleMin} characters, when the decision differs from the top ` +
      `recommendation (an override); at most ${DECISION_LIMITS.rationaleMax}.`,
  })
  rationale?: string | null;

  @Field(() => String, { nullable: true, description: "A retry with the same key answers what the first request answered and changes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "How a decision turned out. It becomes a precedent case of the caller's tenant." })
export class RecordOutcomeInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => Int, { description: "1 (poor) to 5 (excellent), as the hiring manager rates it." })
  rating!: number;

  @Field(() => Float, { description: "Actual cost against plan, in percent (+25: 25% over), -100 to 1000." })
  costVariancePct!: number;

  @Field(() => Int, { description: "Calendar days from the decision to the start of the work, 0 to 730." })
  daysToStart!: number;

  @Field(() => Boolean, { description: "Whether the need changed while the work was under way." })
  needChanged!: boolean;

  @Field(() => [String], { nullable: true, description: `What went wrong, in a few words each (at most ${DECISION_LIMITS.issues}).` })
  issues?: string[] | null;

  @Field(() => String, { nullable: true, description: `At most ${DECISION_LIMITS.notesMax} characters.` })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: "All given filters must hold." })
export class DecisionFilterInput {
  @Field(() => ID, { nullable: true })
  needId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only overrides of the advice; false: only decisions that followed it." })
  override?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasOutcome?: boolean | null;
}

@ObjectType({ description: "An option of the recommendation shown when the decision was taken." })
export class AdvisedOption {
  @Field(() => Int, { nullable: true, description: "1 for the top recommendation; null for an option a rule excluded." })
  rank!: number | null;

  @Field(() => ID)
  workerTypeId!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Boolean, { description: "A rule excluded the option." })
  excluded!: boolean;
}

@ObjectType({ description: "How the work went, as recorded by recordOutcome." })
export class DecisionOutcome {
  @Field(() => Int)
  rating!: number;

  @Field(() => Float)
  costVariancePct!: number;

  @Field(() => Int)
  daysToStart!: number;

  @Field(() => Boolean)
  needChanged!: boolean;

  @Field(() => [String])
  issues!: string[];

  @Field(() => String)
  notes!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: string;

  @Field(() => String, { description: "The API key id or JWT subject that recorded it." })
  recordedBy!: string;
}

@ObjectType({ description: "A person's decision on a need, beside what was advised at the time. The system advises; people decide." })
export class Decision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  workerTypeId!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => String, { nullable: true })
  rationale!: string | null;

  @Field(() => Boolean, { description: "The decision differs from the top recommendation (or every option was excluded)." })
  override!: boolean;

  @Field(() => String, { description: "The API key id or JWT subject that decided." })
  decidedBy!: string;

  @Field(() => GraphQLISODateTime)
  decidedAt!: string;

  @Field(() => AdvisedOption, { nullable: true, description: "The top recommendation when the decision was taken; null when every option was excluded." })
  advised!: AdvisedOption | null;

  @Field(() => Int, { nullable: true, description: "The decided route's rank in that recommendation; null when a rule excluded it." })
  decidedRank!: number | null;

  @Field(() => Float, { nullable: true })
  decidedScore!: number | null;

  @Field(() => Boolean, { description: "A rule excluded the decided route." })
  decidedExcluded!: boolean;

  @Field(() => Int, { description: "Rules evaluated by that recommendation." })
  rulesEvaluated!: number;

  @Field(() => [String], { description: "`ruleId@version` of every rule with a finding in that recommendation." })
  firedRules!: string[];

  @Field(() => String, { nullable: true, description: "Version of the decomposition method that matched the need's tasks." })
  decompositionVersion!: string | null;

  @Field(() => [AdvisedOption], { description: "The recommendation as shown: ranked options best first, then excluded ones." })
  options!: AdvisedOption[];

  @Field(() => DecisionOutcome, { nullable: true, description: "Null until recordOutcome." })
  outcome!: DecisionOutcome | null;

  @Field(() => ID, { nullable: true, description: "The precedent case the outcome became." })
  precedentId!: string | null;
}

export const DecisionConnection = connection(Decision, "Decision");

@ObjectType({ description: "Decisions of one kind (followed or overridden) and how they turned out." })
export class OutcomeSummary {
  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  withOutcome!: number;

  @Field(() => Float, { nullable: true, description: "Null when none has an outcome yet." })
  meanRating!: number | null;

  @Field(() => Float, { nullable: true, description: "Null when none has an outcome yet." })
  meanCostVariancePct!: number | null;
}

@ObjectType({ description: "Misallocation measured for the caller's tenant: how often the advice was followed, and how it went." })
export class DecisionStats {
  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  followed!: number;

  @Field(() => Int)
  overridden!: number;

  @Field(() => Float, { nullable: true, description: "followed / decisions; null with no decisions." })
  followRate!: number | null;

  @Field(() => Int)
  withOutcome!: number;

  @Field(() => OutcomeSummary)
  whenFollowed!: OutcomeSummary;

  @Field(() => OutcomeSummary)
  whenOverridden!: OutcomeSummary;
}

@ObjectType()
export class RecordedOutcome {
  @Field(() => Decision)
  decision!: Decision;

  @Field(() => ID, { description: "The new precedent case of the tenant (source `decision`)." })
  precedentId!: string;
}
