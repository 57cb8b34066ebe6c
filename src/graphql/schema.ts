/** The executable schema built from the resolvers, and its printed SDL. */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth.js";
import { AdminResolver } from "./resolvers/admin.resolver.js";
import { ChangeFeedResolver, ReleaseResolver } from "./resolvers/changeFeed.resolver.js";
import { ChannelResolver } from "./resolvers/channel.resolver.js";
import { CuratedRelationshipResolver, CurationResolver } from "./resolvers/curation.resolver.js";
import { AdvisedOptionResolver, DecisionResolver, NeedDecisionResolver } from "./resolvers/decision.resolver.js";
import { IntakeResolver } from "./resolvers/intake.resolver.js";
import { NodeResolver } from "./resolvers/node.resolver.js";
import { OccupationResolver } from "./resolvers/occupation.resolver.js";
import { OutcomeResolver } from "./resolvers/outcome.resolver.js";
import { PrecedentCaseResolver } from "./resolvers/precedentCase.resolver.js";
import { RecommendResolver } from "./resolvers/recommend.resolver.js";
import { RuleResolver } from "./resolvers/rule.resolver.js";
import { SkillResolver } from "./resolvers/skill.resolver.js";
import { TaskResolver } from "./resolvers/task.resolver.js";
import { TraitResolver } from "./resolvers/trait.resolver.js";
import { WorkActivityResolver } from "./resolvers/workActivity.resolver.js";
import { WorkerTypeResolver } from "./resolvers/workerType.resolver.js";

const RESOLVERS = [
  NodeResolver,
  OccupationResolver,
  TaskResolver,
  SkillResolver,
  OutcomeResolver,
  TraitResolver,
  WorkerTypeResolver,
  ChannelResolver,
  PrecedentCaseResolver,
  WorkActivityResolver,
  IntakeResolver,
  RecommendResolver,
  AdminResolver,
  RuleResolver,
  CurationResolver,
  CuratedRelationshipResolver,
  ChangeFeedResolver,
  ReleaseResolver,
  DecisionResolver,
  AdvisedOptionResolver,
  NeedDecisionResolver,
] as const;

/** Input is validated with zod in the services, so type-graphql's class-validator hook stays off. */
export function buildWorkgraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: "error" });
}

/** The committed SDL: sorted, so the file changes only when the schema does. */
export function printWorkgraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
