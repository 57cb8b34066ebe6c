/** The GraphQL types of a need's facts as intake resolved them: the values, and where each came from. */
import { Field, Float, Int, ObjectType } from "type-graphql";
import { DataSensitivity, FactOrigin } from "./enums.types.js";

@ObjectType({ description: "Where a fact came from: the input, or the words of the need's text that state it." })
export class FactSource {
  @Field(() => String, { description: "The fact: durationWeeks, ongoing, remoteAllowed, tenureWeeks, coverage, ..." })
  field!: string;

  @Field(() => FactOrigin)
  origin!: FactOrigin;

  @Field(() => String, { nullable: true, description: "The words of the text, when the text said it." })
  phrase!: string | null;
}

@ObjectType({ description: "An amount of work the text states: 10,000 product photos, 2,000 invoices a month." })
export class StatedVolume {
  @Field(() => Float)
  amount!: number;

  @Field(() => String)
  items!: string;

  @Field(() => String, { nullable: true, description: "HOUR, SHIFT, DAY, WEEK, MONTH, QUARTER or YEAR; null for a total." })
  per!: string | null;
}

@ObjectType({
  description:
    "Every fact of the need as resolved: the input's facts win, the text fills the gaps. A contradiction between them " +
    "is a CONTRADICTORY_FACTS warning naming both.",
})
export class StatedFacts {
  @Field(() => Float, { nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => Int, { nullable: true })
  headcount!: number | null;

  @Field(() => Boolean, { nullable: true })
  remoteAllowed!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  regulated!: boolean | null;

  @Field(() => DataSensitivity, { nullable: true })
  dataSensitivity!: DataSensitivity | null;

  @Field(() => Float, { nullable: true, description: "How long the current arrangement has run so far, in weeks." })
  tenureWeeks!: number | null;

  @Field(() => Int, { nullable: true, description: "How often the arrangement was renewed or extended." })
  renewals!: number | null;

  @Field(() => [String], { description: "Coverage the work needs: ROUND_THE_CLOCK, NIGHTS, EVENINGS, WEEKENDS, HOLIDAYS, ON_CALL, SHIFTS." })
  coverage!: string[];

  @Field(() => [StatedVolume])
  volumes!: StatedVolume[];

  @Field(() => [String], { description: "Signs that the client directs and controls the worker: REPORTS_TO_CLIENT, CLIENT_HOURS, CLIENT_DIRECTS, CLIENT_EQUIPMENT, INTEGRATED_IN_TEAM." })
  control!: string[];

  @Field(() => [String], { description: "Regulated domains the text names (healthcare, financial services, ...)." })
  regulatedDomains!: string[];

  @Field(() => [FactSource])
  sources!: FactSource[];
}
