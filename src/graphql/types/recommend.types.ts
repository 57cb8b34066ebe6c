/** The GraphQL types of a recommendation: options, factors, paths, precedents, risks, portfolio, challenge. */
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { FactorKind, RuleEffect, RuleSeverity } from "./enums.types.js";
import { IntakeWarning, NeedInput, NeedTrait } from "./intake.types.js";
import { Channel, PrecedentCase, Task, Trait, WorkerType } from "./taxonomy.types.js";

@InputType({ description: "A correction of the decomposition: a task the need is made of, and its weight (0..1]." })
export class TaskOverrideInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Float, { nullable: true, description: "Default 1." })
  weight?: number | null;
}

@InputType({ description: "Exactly one of needId (a submitted need) and need (decomposed on the fly)." })
export class RecommendInput {
  @Field(() => ID, { nullable: true })
  needId?: string | null;

  @Field(() => NeedInput, { nullable: true })
  need?: NeedInput | null;

  @Field(() => Int, { nullable: true, description: "Options to return, 1 to 20 (default 5)." })
  limit?: number | null;

  @Field(() => [TaskOverrideInput], { nullable: true, description: "Replaces the decomposition's tasks (1 to 50)." })
  tasks?: TaskOverrideInput[] | null;
}

@ObjectType({ description: "One contribution to an option's score; an option's factors add up to its score." })
export class Factor {
  @Field(() => FactorKind)
  kind!: FactorKind;

  @Field(() => String)
  label!: string;

  @Field(() => Float, { description: "What the factor read: a trait's weight in the need, an outcome, days, a relative cost, a penalty." })
  value!: number;

  @Field(() => Float, { description: "What it was weighed with: a SUITS weight, a tuning weight, -1 for a rule penalty." })
  weight!: number;

  @Field(() => Float)
  contribution!: number;

  @Field(() => String, { description: "The factor in a sentence a manager understands." })
  explanation!: string;

  @Field(() => Trait, { nullable: true })
  trait!: Trait | null;

  @Field(() => ID, { nullable: true })
  ruleId!: string | null;
}

@ObjectType()
export class PathNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Need, Task, Trait, WorkerType or Channel." })
  kind!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class PathStep {
  @Field(() => String, { description: "MATCHED, HAS_TRAIT, STATES (a stated fact), MENTIONS (a cue in the text), SUITS, SOURCED_VIA." })
  type!: string;

  @Field(() => Float, { nullable: true })
  weight!: number | null;
}

@ObjectType({ description: "A graph path behind an option: need -> task -> trait <- worker type -> channel." })
export class GraphPath {
  @Field(() => [PathNode])
  nodes!: PathNode[];

  @Field(() => [PathStep], { description: "relationships[i] joins nodes[i] and nodes[i + 1]." })
  relationships!: PathStep[];

  @Field(() => Float, { description: "The trait factor this path carries." })
  contribution!: number;
}

@ObjectType({ description: "A similar past case and how it moved the option's score." })
export class PrecedentEvidence {
  @Field(() => PrecedentCase)
  precedent!: PrecedentCase;

  @Field(() => Float, { description: "0..1, from shared tasks and agreeing facts." })
  similarity!: number;

  @Field(() => Boolean, { description: "The case came through this option's channel too." })
  sameChannel!: boolean;

  @Field(() => Float, { description: "What the case added to (or took from) the score." })
  effect!: number;
}

@ObjectType({ description: "A rule that fired on an option." })
export class RiskFinding {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => String)
  ruleName!: string;

  @Field(() => Int)
  ruleVersion!: number;

  @Field(() => RuleEffect)
  effect!: RuleEffect;

  @Field(() => RuleSeverity)
  severity!: RuleSeverity;

  @Field(() => Float)
  penalty!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "A way to get the work done, ranked." })
export class RecommendationOption {
  @Field(() => Int, { description: "1 is the best (excluded options carry the rank they would have had)." })
  rank!: number;

  @Field(() => WorkerType)
  workerType!: WorkerType;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Float, { description: "The sum of the factors' contributions." })
  score!: number;

  @Field(() => Float, { description: "0..1: how sure the decomposition was of the tasks, and how much precedent evidence there is." })
  confidence!: number;

  @Field(() => [Factor], { description: "Largest contributions first." })
  factors!: Factor[];

  @Field(() => [GraphPath])
  paths!: GraphPath[];

  @Field(() => [PrecedentEvidence], { description: "The most similar past cases with this worker type, good and bad." })
  precedents!: PrecedentEvidence[];

  @Field(() => [RiskFinding])
  risks!: RiskFinding[];
}

@ObjectType({ description: "Part of the work that fits a route of its own." })
export class PortfolioPart {
  @Field(() => WorkerType)
  workerType!: WorkerType;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Float, { description: "Share of the need's work (task weights), 0..1." })
  share!: number;

  @Field(() => [Task])
  tasks!: Task[];

  @Field(() => Float)
  score!: number;
}

@ObjectType({ description: "The manager asked for one worker type; the work points to another by a clear margin." })
export class Challenge {
  @Field(() => WorkerType)
  requestedWorkerType!: WorkerType;

  @Field(() => Float, { nullable: true, description: "Null when every route to the requested worker type is excluded by a rule." })
  requestedScore!: number | null;

  @Field(() => WorkerType)
  recommendedWorkerType!: WorkerType;

  @Field(() => Channel)
  recommendedChannel!: Channel;

  @Field(() => Float)
  recommendedScore!: number;

  @Field(() => Float)
  margin!: number;

  @Field(() => [String], { description: "Why, in plain words." })
  reasons!: string[];
}

@ObjectType({ description: "The smallest change of one fact that would swap the top two options." })
export class WhatWouldChange {
  @Field(() => String, { description: "The fact changed, or `none` when no single change swaps them." })
  fact!: string;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Boolean)
  swapped!: boolean;

  @Field(() => String)
  explanation!: string;
}

@ObjectType({ description: "A task the recommendation weighed." })
export class WeightedTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({ description: "Advice, not a decision: ranked routes with the evidence for each." })
export class Recommendation {
  @Field(() => ID, { nullable: true })
  needId!: string | null;

  @Field(() => [WeightedTask])
  tasks!: WeightedTask[];

  @Field(() => [NeedTrait], { description: "The trait profile the options were scored on." })
  traits!: NeedTrait[];

  @Field(() => [RecommendationOption], { description: "Best first." })
  options!: RecommendationOption[];

  @Field(() => [RecommendationOption], { description: "Options a rule excludes, with the finding." })
  excluded!: RecommendationOption[];

  @Field(() => [PortfolioPart], { description: "How the work splits across routes when its tasks fit different ones." })
  portfolio!: PortfolioPart[];

  @Field(() => Challenge, { nullable: true })
  challenge!: Challenge | null;

  @Field(() => [WhatWouldChange])
  whatWouldChange!: WhatWouldChange[];

  @Field(() => [IntakeWarning])
  warnings!: IntakeWarning[];

  @Field(() => Int, { description: "Active rules evaluated against every option." })
  rulesEvaluated!: number;

  @Field(() => String, {
    description:
      "The recommendation as an SVG picture, 1200 px wide: need -> tasks -> traits -> worker types -> channels along the best " +
      "options' paths with their weights, the precedents cited, excluded options greyed with their rule, and the challenge. " +
      "Drawn only when asked for.",
  })
  svg!: string;
}
