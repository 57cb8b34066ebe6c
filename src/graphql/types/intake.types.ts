/** The GraphQL types of intake: the need input, its decomposition and a stored need. */
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { NEED_LIMITS } from "../../domain/need.js";
import { DataSensitivity, IntakeWarningCode, TaskBasis, TraitSourceKind } from "./enums.types.js";
import { StatedFacts } from "./facts.types.js";
import { Occupation, Outcome, Skill, Task, Trait, WorkerType } from "./taxonomy.types.js";

@InputType({ description: "An amount of money with its currency." })
export class MoneyInput {
  @Field(() => Float, { description: "Non-negative." })
  amount!: number;

  @Field(() => String, { description: "ISO 4217 code, e.g. EUR." })
  currency!: string;
}

@InputType({
  description:
    `A moment of need: free text in the manager's words plus whatever facts are known. ` +
    `text: 1 to ${NEED_LIMITS.textMax} characters; title up to ${NEED_LIMITS.titleMax}; ` +
    `durationWeeks up to ${NEED_LIMITS.durationWeeksMax}; hoursPerWeek up to ${NEED_LIMITS.hoursPerWeekMax}; ` +
    `headcount 1 to ${NEED_LIMITS.headcountMax}; outcomeDescription up to ${NEED_LIMITS.outcomeMax}.`,
})
export class NeedInput {
  @Field(() => String, { description: `What is needed, in the manager's words (1 to ${NEED_LIMITS.textMax} characters).` })
  text!: string;

  @Field(() => String, { nullable: true, description: "A title for the need, often a job title." })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: "The worker type the manager asked for (e.g. wt:employee)." })
  requestedWorkerTypeId?: string | null;

  @Field(() => Float, { nullable: true, description: "How long the work lasts, in weeks." })
  durationWeeks?: number | null;

  @Field(() => Boolean, { nullable: true, description: "True for run-the-business work with no end date." })
  ongoing?: boolean | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true })
  headcount?: number | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD) by which the work must start." })
  startBy?: string | null;

  @Field(() => String, { nullable: true, description: "Where the work is, e.g. London, UK." })
  location?: string | null;

  @Field(() => Boolean, { nullable: true })
  remoteAllowed?: boolean | null;

  @Field(() => MoneyInput, { nullable: true })
  budget?: MoneyInput | null;

  @Field(() => DataSensitivity, { nullable: true })
  dataSensitivity?: DataSensitivity | null;

  @Field(() => Boolean, { nullable: true })
  regulated?: boolean | null;

  @Field(() => String, { nullable: true, description: "The result wanted, in the manager's words." })
  outcomeDescription?: string | null;
}

@ObjectType({ description: "Why a task matched: the clause of the need and what of the task it mentions." })
export class MatchEvidence {
  @Field(() => String, { description: "The clause of the need text." })
  clause!: string;

  @Field(() => [String], { description: "The task's name, keywords or alternative labels the clause mentions in full." })
  phrases!: string[];

  @Field(() => [String], { description: "Words of the clause found in the task's text." })
  words!: string[];

  @Field(() => Float, { description: "How strongly this clause matches the task (0..1)." })
  strength!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Cosine similarity of the clause and the task's sentence, when the vector search found the task (its semantic neighbour).",
  })
  similarity!: number | null;
}

@ObjectType({ description: "A task the need is made of." })
export class DecomposedTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => TaskBasis, { description: "TEXT: the need describes the task; OCCUPATION: usual work of its occupation, not stated." })
  basis!: TaskBasis;

  @Field(() => Float, { description: "Ranking score (0..1)." })
  score!: number;

  @Field(() => Float, { description: "Probability-like confidence (0..1) that the task is part of the need." })
  confidence!: number;

  @Field(() => Float, { description: "The text match alone (0..1)." })
  lexicalScore!: number;

  @Field(() => Float, { description: "Support from other matched tasks through shared occupations, precedents and skills (0..1)." })
  graphSupport!: number;

  @Field(() => Float, { description: "Support from a job title in the need that names the task's occupation (0..1)." })
  titleMatch!: number;

  @Field(() => [MatchEvidence])
  evidence!: MatchEvidence[];

  @Field(() => [String], { description: "Graph evidence in words (shared occupations, past cases, skills)." })
  graphEvidence!: string[];

  @Field(() => String, { nullable: true, description: "The phrase of the text that rules this task out; its score was lowered." })
  ruledOutBy!: string | null;
}

@ObjectType({ description: "A skill the need requires, inferred through its tasks." })
export class InferredSkill {
  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Float, { description: "Relative weight (the strongest is 1)." })
  weight!: number;

  @Field(() => Boolean, { description: "The need text names the skill." })
  mentioned!: boolean;

  @Field(() => [ID], { description: "The matched tasks that require it." })
  fromTaskIds!: string[];
}

@ObjectType({ description: "An outcome the need serves, through its tasks or as described." })
export class InferredOutcome {
  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Float)
  weight!: number;

  @Field(() => Boolean, { description: "Matched from the outcome the manager described." })
  described!: boolean;

  @Field(() => [ID])
  fromTaskIds!: string[];
}

@ObjectType({ description: "One contribution to a trait weight." })
export class TraitSource {
  @Field(() => TraitSourceKind)
  kind!: TraitSourceKind;

  @Field(() => String)
  detail!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: "How strongly the need shows a trait (0..1), and why." })
export class NeedTrait {
  @Field(() => Trait)
  trait!: Trait;

  @Field(() => Float)
  weight!: number;

  @Field(() => [TraitSource])
  sources!: TraitSource[];
}

@ObjectType({ description: "An occupation of the need: from the matched tasks, the sentence vectors and the title." })
export class OccupationMatch {
  @Field(() => Occupation)
  occupation!: Occupation;

  @Field(() => Float)
  weight!: number;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => Boolean, { description: "The need's title (or short text) names this occupation." })
  titleMatch!: boolean;

  @Field(() => Float, { nullable: true, description: "Cosine similarity of the need's title or work text and the occupation." })
  similarity!: number | null;
}

@ObjectType()
export class IntakeWarning {
  @Field(() => IntakeWarningCode)
  code!: IntakeWarningCode;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "Facts as the recommendation uses them, including those read from the text." })
export class ResolvedFacts {
  @Field(() => Float, { nullable: true })
  durationWeeks!: number | null;

  @Field(() => TraitSourceKind, { nullable: true, description: "FACT when stated, TEXT when read from the text." })
  durationSource!: TraitSourceKind | null;

  @Field(() => Boolean, { nullable: true })
  ongoing!: boolean | null;
}

@ObjectType({ description: "A need decomposed into the work it is made of." })
export class Decomposition {
  @Field(() => String, { description: "Version of the decomposition method." })
  version!: string;

  @Field(() => [DecomposedTask], {
    description:
      "Best first, at most `limit`: the tasks the text describes (basis TEXT) and the usual tasks of the occupations the need reads as (basis OCCUPATION), ranked together by score; a task the text names stays before every implied one.",
  })
  tasks!: DecomposedTask[];

  @Field(() => [InferredSkill])
  skills!: InferredSkill[];

  @Field(() => [InferredOutcome])
  outcomes!: InferredOutcome[];

  @Field(() => [NeedTrait], { description: "The need's trait profile, strongest first." })
  traits!: NeedTrait[];

  @Field(() => [OccupationMatch])
  occupations!: OccupationMatch[];

  @Field(() => [IntakeWarning])
  warnings!: IntakeWarning[];

  @Field(() => ResolvedFacts)
  facts!: ResolvedFacts;

  @Field(() => StatedFacts)
  statedFacts!: StatedFacts;

  @Field(() => [String], { description: "Phrases the text rules out (\"no dealing with clients\"); matching tasks and traits were lowered." })
  ruledOut!: string[];

  @Field(() => WorkerType, { nullable: true, description: "The worker type the manager asked for, if it exists." })
  requestedWorkerType!: WorkerType | null;
}

@ObjectType({ description: "A task matched to a stored need." })
export class NeedTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float)
  score!: number;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({ description: "A stored moment of need." })
export class Need {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Float, { nullable: true })
  durationWeeks!: number | null;

  @Field(() => Boolean, { nullable: true })
  ongoing!: boolean | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Boolean, { nullable: true })
  remoteAllowed!: boolean | null;

  @Field(() => DataSensitivity, { nullable: true })
  dataSensitivity!: DataSensitivity | null;

  @Field(() => Boolean, { nullable: true })
  regulated!: boolean | null;

  @Field(() => WorkerType, { nullable: true })
  requestedWorkerType!: WorkerType | null;

  @Field(() => String, { description: "Version of the decomposition method that matched its tasks." })
  decompositionVersion!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: string;

  @Field(() => [NeedTask])
  tasks!: NeedTask[];
}

@ObjectType()
export class SubmittedNeed {
  @Field(() => Need)
  need!: Need;

  @Field(() => Decomposition)
  decomposition!: Decomposition;
}
