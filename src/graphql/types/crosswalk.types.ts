/** An occupation of the other taxonomy that the ESCO <-> O*NET crosswalk matches to an occupation. */
import { Field, ObjectType } from "type-graphql";
import { MatchType } from "./enums.types.js";
import { Occupation } from "./taxonomy.types.js";

@ObjectType({ description: "An occupation of the other taxonomy (ESCO or O*NET) that the official crosswalk matches." })
export class CrosswalkMatch {
  @Field(() => Occupation)
  occupation!: Occupation;

  @Field(() => MatchType, { description: "How `occupation` relates to the occupation that lists it." })
  matchType!: MatchType;
}
