import type { Config } from "../config/env.js";
import type { Logger } from "../config/logger.js";
import type { Executor } from "../graph/executor.js";
import { IntakeRepository } from "../graph/repositories/intakeRepository.js";
import { NeedRepository } from "../graph/repositories/needRepository.js";
import { NodeRepository } from "../graph/repositories/nodeRepository.js";
import { RecommendRepository } from "../graph/repositories/recommendRepository.js";
import { RuleRepository } from "../graph/repositories/ruleRepository.js";
import { IntakeService } from "../services/intake/intakeService.js";
import { RecommendService } from "../services/recommend/recommendService.js";
import { RuleService } from "../services/recommend/ruleService.js";
import { TaxonomyService } from "../services/taxonomyService.js";

export type Context = Readonly<{
  requestId: string;
  logger: Logger;
  services: Readonly<{ taxonomy: TaxonomyService; intake: IntakeService; recommend: RecommendService; rules: RuleService }>;
  /** Cypher statements sent while serving this request: the round-trip budget is tested on it. */
  stats: { queries: number };
}>;

export type ContextDeps = Readonly<{ executor: Executor; config: Config; logger: Logger }>;

/** Everything request-scoped is built here, so no loader or cache outlives its request. */
export function createContext({ executor, config, logger }: ContextDeps, requestId: string): Context {
  const stats = { queries: 0 };
  const observed = executor.observed(() => {
    stats.queries++;
  });
  const intakeGraph = new IntakeRepository(observed);
  const needs = new NeedRepository(observed);
  const intake = new IntakeService(intakeGraph, needs);
  const rules = new RuleRepository(observed);
  return {
    requestId,
    logger,
    stats,
    services: {
      taxonomy: new TaxonomyService(new NodeRepository(observed), config.maxPageSize),
      intake,
      recommend: new RecommendService(intake, intakeGraph, needs, new RecommendRepository(observed), rules),
      rules: new RuleService(rules),
    },
  };
}
