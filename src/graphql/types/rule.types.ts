/** The GraphQL types of compliance and policy rules. */
import { Field, Float, ObjectType } from "type-graphql";
import { ConditionOp, RuleEffect, RuleSeverity } from "./enums.types.js";
import { CuratedNode, type Kinded, Node } from "./node.types.js";

@ObjectType({
  description:
    "One test of a rule: a field of the option against a literal value, or against another field times a multiplier. " +
    "A condition on a value that is not known does not hold: rules never fire on missing facts.",
})
export class RuleCondition {
  @Field(() => String, {
    description:
      "What the condition reads: fact.* (durationWeeks, ongoing, hoursPerWeek, headcount, remoteAllowed, regulated, " +
      "dataSensitivityLevel 0-3, budgetAmount), trait.<trait id> (0 when the need lacks it), channel.* (id, offshore, " +
      "typicalDaysToStart, relativeCost, minEngagementWeeks, maxEngagementWeeks, availability), workerType.id, derived.* " +
      "(engagementWeeks, daysUntilStart, budgetPerHeadWeek).",
  })
  field!: string;

  @Field(() => ConditionOp)
  op!: ConditionOp;

  @Field(() => String, { nullable: true, description: 'The literal compared against, JSON-encoded (`78`, `true`, `"wt:contractor"`); null when valueFrom is set.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: "The field compared against, instead of a literal." })
  valueFrom!: string | null;

  @Field(() => Float, { nullable: true, description: "The factor valueFrom's value is multiplied by (1 unless set); null with a literal value." })
  multiplier!: number | null;
}

@ObjectType({
  implements: [Node, CuratedNode],
  description:
    "A compliance or policy rule, kept as data stewards can read: when all its conditions hold for an option " +
    "(a worker type through a channel) it excludes, penalises or warns. Findings cite the rule's id and version.",
})
export class Rule extends CuratedNode implements Kinded {
  readonly kind = "Rule" as const;

  @Field(() => RuleEffect)
  effect!: RuleEffect;

  @Field(() => RuleSeverity)
  severity!: RuleSeverity;

  @Field(() => Float, { description: "How much the rule lowers an option's score (0..1); 0 unless the effect is PENALISE." })
  penalty!: number;

  @Field(() => String, { description: "The finding's text, with {field} placeholders filled from the option when it fires." })
  message!: string;

  /** As stored: JSON text, decoded by the `conditions` field resolver. */
  conditions!: string;
}
