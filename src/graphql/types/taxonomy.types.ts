/**
 * The GraphQL object types of the taxonomy: occupations, tasks, skills, outcomes, traits, worker types,
 * channels, activities, precedents.
 */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { WorkActivityLevel } from "./enums.types.js";
import { CuratedNode, type Kinded, Node } from "./node.types.js";

const curated = { implements: [Node, CuratedNode] };

@ObjectType({ ...curated, description: "A job as a body of work: the tasks it includes." })
export class Occupation extends CuratedNode implements Kinded {
  readonly kind = "Occupation" as const;

  @Field(() => String, { nullable: true, description: "finance, hr, it, data, ... (null for imported occupations)." })
  businessFunction!: string | null;

  @Field(() => [String], { description: "Other titles people use for it." })
  altLabels!: string[];
}

@ObjectType({ ...curated, description: "A unit of work: what somebody (or something) does." })
export class Task extends CuratedNode implements Kinded {
  readonly kind = "Task" as const;

  @Field(() => String, { nullable: true })
  businessFunction!: string | null;

  @Field(() => [String], { description: "Words and artefacts managers use for the task; searched during intake." })
  keywords!: string[];

  @Field(() => [String])
  altLabels!: string[];
}

@ObjectType({ ...curated, description: "A capability a task requires." })
export class Skill extends CuratedNode implements Kinded {
  readonly kind = "Skill" as const;

  @Field(() => [String])
  altLabels!: string[];

  @Field(() => String, { nullable: true, description: "For imported O*NET skills: skill, knowledge or technology." })
  skillType!: string | null;
}

@ObjectType({ ...curated, description: "A result the business wants; tasks contribute to it." })
export class Outcome extends CuratedNode implements Kinded {
  readonly kind = "Outcome" as const;
}

@ObjectType({
  ...curated,
  description: "A characteristic of work (repetitive, time-bound, confidential, ...) that decides which way of working fits.",
})
export class Trait extends CuratedNode implements Kinded {
  readonly kind = "Trait" as const;
}

@ObjectType({ ...curated, description: "A way of getting work done: employee, contractor, offshore team, automation, AI agent, ..." })
export class WorkerType extends CuratedNode implements Kinded {
  readonly kind = "WorkerType" as const;
}

@ObjectType({ ...curated, description: "A route to a worker type: direct hire, staffing supplier, statement of work, ..." })
export class Channel extends CuratedNode implements Kinded {
  readonly kind = "Channel" as const;

  @Field(() => Int, { description: "Typical calendar days from request to start." })
  typicalDaysToStart!: number;

  @Field(() => Float, { description: "Cost of a unit of work relative to an onshore employee (1.0)." })
  relativeCost!: number;

  @Field(() => Float, { description: "Shortest engagement the channel sensibly serves, in weeks." })
  minEngagementWeeks!: number;

  @Field(() => Float, { nullable: true, description: "Longest engagement before the channel becomes a poor fit; null for no limit." })
  maxEngagementWeeks!: number | null;

  @Field(() => Boolean, { description: "True when the work is done outside the requesting country." })
  offshore!: boolean;

  @Field(() => Float, { description: "How readily the organisation gets a worker through this channel, 0..1 (0: it has no such channel)." })
  availability!: number;

  @Field(() => String, { nullable: true, description: "Where each number of the channel comes from: a cited source, the article, or a stated judgement." })
  basis!: string | null;
}

@ObjectType({ description: "The facts of a need, as stated when it was raised." })
export class NeedFacts {
  @Field(() => Float, { nullable: true })
  durationWeeks!: number | null;

  @Field(() => Boolean)
  ongoing!: boolean;

  @Field(() => Float, { nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => Int)
  headcount!: number;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Boolean)
  remoteAllowed!: boolean;

  @Field(() => Float, { nullable: true })
  budget!: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the budget." })
  currency!: string | null;

  @Field(() => String, { description: "PUBLIC, INTERNAL, CONFIDENTIAL or RESTRICTED." })
  dataSensitivity!: string;

  @Field(() => Boolean)
  regulated!: boolean;
}

@ObjectType({ description: "How a past engagement turned out." })
export class PrecedentOutcome {
  @Field(() => Int, { description: "1 (poor) to 5 (excellent), rated by the hiring manager." })
  rating!: number;

  @Field(() => Float, { description: "Actual cost against plan, in percent (+25: 25% over)." })
  costVariancePct!: number;

  @Field(() => Int)
  daysToStart!: number;

  @Field(() => Boolean, { description: "Whether the need changed while the work was under way." })
  needChanged!: boolean;

  @Field(() => [String])
  issues!: string[];

  @Field(() => String)
  notes!: string;
}

@ObjectType({ ...curated, description: "A past need, the route chosen for it and how it turned out." })
export class PrecedentCase extends CuratedNode implements Kinded {
  readonly kind = "PrecedentCase" as const;

  @Field(() => String, { nullable: true })
  businessFunction!: string | null;

  @Field(() => NeedFacts)
  facts!: NeedFacts;

  @Field(() => PrecedentOutcome)
  outcome!: PrecedentOutcome;

  @Field(() => String, { description: "ISO date of the decision." })
  decidedAt!: string;
}

@ObjectType({
  ...curated,
  description: "An O*NET work activity: what tasks of different occupations have in common (e.g. `onet:dwa:4.A.2.a.4.I09.D03`).",
})
export class WorkActivity extends CuratedNode implements Kinded {
  readonly kind = "WorkActivity" as const;

  @Field(() => WorkActivityLevel)
  level!: WorkActivityLevel;
}

@ObjectType({ description: "A skill, knowledge area or technology an occupation requires, as O*NET rates it." })
export class OccupationSkill {
  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Float, {
    description: "0..1. Skills and knowledge: O*NET importance (1-5) scaled; technology: 0.5, +0.25 if hot, +0.25 if in demand.",
  })
  importance!: number;

  @Field(() => Float, { nullable: true, description: "0..1: O*NET level (0-7) scaled; null for technology or a suppressed rating." })
  level!: number | null;

  @Field(() => Boolean, { nullable: true, description: "Technology only: a hot technology in job postings." })
  hot!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Technology only: in demand in job postings." })
  inDemand!: boolean | null;

  @Field(() => String, { nullable: true, description: "ESCO: `essential` (importance 1) or `optional` (0.5); null for O*NET." })
  relation!: string | null;
}

@ObjectType({ description: "A skill a task requires, with how much it matters to the task (0..1)." })
export class TaskSkill {
  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Float)
  importance!: number;
}

@ObjectType({ description: "A task that requires the skill, with the skill's importance to it (0..1)." })
export class SkillTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => Float)
  importance!: number;
}

@ObjectType({ description: "A trait of a task, with how strongly the task shows it (0..1)." })
export class TaskTrait {
  @Field(() => Trait)
  trait!: Trait;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: "A task that shows the trait, with how strongly (0..1)." })
export class TraitTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: "How well a worker type suits work with a trait (-1 fits badly .. +1 fits well)." })
export class TraitFit {
  @Field(() => Trait)
  trait!: Trait;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: "A worker type's fit to the trait (-1 fits badly .. +1 fits well)." })
export class WorkerTypeFit {
  @Field(() => WorkerType)
  workerType!: WorkerType;

  @Field(() => Float)
  weight!: number;
}
