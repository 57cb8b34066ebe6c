import type { Config } from "../config/env.js";
import type { Logger } from "../config/logger.js";
import type { Embedder } from "../embedding/embedder.js";
import type { Executor } from "../graph/executor.js";
import { ApiKeyRepository } from "../graph/repositories/apiKeyRepository.js";
import { AuditRepository } from "../graph/repositories/auditRepository.js";
import { ChangeFeedRepository } from "../graph/repositories/changeFeedRepository.js";
import { CurationRepository } from "../graph/repositories/curationRepository.js";
import { DecisionRepository } from "../graph/repositories/decisionRepository.js";
import { EmbeddingRepository } from "../graph/repositories/embeddingRepository.js";
import { IntakeRepository } from "../graph/repositories/intakeRepository.js";
import { NeedRepository } from "../graph/repositories/needRepository.js";
import { NodeRepository } from "../graph/repositories/nodeRepository.js";
import { RecommendRepository } from "../graph/repositories/recommendRepository.js";
import { ReleaseRepository } from "../graph/repositories/releaseRepository.js";
import { RuleRepository } from "../graph/repositories/ruleRepository.js";
import { UnitOfWork } from "../graph/unitOfWork.js";
import { AuditService } from "../services/audit/auditService.js";
import { KeyService } from "../services/auth/keyService.js";
import { type Principal, visibleTenants } from "../services/auth/principal.js";
import { ChangeFeedService } from "../services/curation/changeFeedService.js";
import { CuratedWork } from "../services/curation/curatedWork.js";
import { CurationService } from "../services/curation/curationService.js";
import { TaxonomyWriter } from "../services/curation/taxonomyWriter.js";
import { DecisionService } from "../services/decisions/decisionService.js";
import { VectorSync } from "../services/embedding/vectorSync.js";
import { IntakeService } from "../services/intake/intakeService.js";
import { RecommendService } from "../services/recommend/recommendService.js";
import { RuleService } from "../services/recommend/ruleService.js";
import { TaxonomyService } from "../services/taxonomyService.js";

export type Services = Readonly<{
  taxonomy: TaxonomyService;
  intake: IntakeService;
  recommend: RecommendService;
  rules: RuleService;
  keys: KeyService;
  audit: AuditService;
  curation: CurationService;
  changeFeed: ChangeFeedService;
  decisions: DecisionService;
}>;

export type Context = Readonly<{
  requestId: string;
  principal: Principal;
  logger: Logger;
  services: Services;
  /** Runs a mutation and its audit event in one transaction; records refused attempts. */
  unitOfWork: UnitOfWork;
  /** Cypher statements sent while serving this request: the round-trip budget is tested on it. */
  stats: { queries: number };
}>;

/** `embedder`: loaded once per process (loadEmbedder), shared by every request. */
export type ContextDeps = Readonly<{ executor: Executor; config: Config; logger: Logger; embedder: Embedder }>;

/**
 * Everything request-scoped is built here, so no loader or cache outlives its request, and every
 * repository that reads tenant data is bound to the tenants this principal may see.
 */
export function createContext({ executor, config, logger, embedder }: ContextDeps, requestId: string, principal: Principal): Context {
  const stats = { queries: 0 };
  const observed = executor.observed(() => {
    stats.queries++;
  });
  const tenants = visibleTenants(principal);
  const intakeGraph = new IntakeRepository(observed, tenants);
  const needs = new NeedRepository(observed, principal.tenant);
  const intake = new IntakeService(intakeGraph, needs, principal.tenant);
  const rules = new RuleRepository(observed);
  const audit = new AuditRepository(observed);
  const unitOfWork = new UnitOfWork(observed, audit, { principal, requestId });
  const feed = new ChangeFeedRepository(observed);
  const curatedWork = new CuratedWork(unitOfWork, feed, principal.id);
  const recommend = new RecommendService(intake, intakeGraph, needs, new RecommendRepository(observed, tenants), rules);
  return {
    requestId,
    principal,
    logger,
    stats,
    unitOfWork,
    services: {
      taxonomy: new TaxonomyService(new NodeRepository(observed, tenants), config.maxPageSize),
      intake,
      recommend,
      rules: new RuleService(rules),
      keys: new KeyService(new ApiKeyRepository(observed), unitOfWork),
      audit: new AuditService(audit, config.maxPageSize),
      curation: new CurationService(
        new TaxonomyWriter(new CurationRepository(observed), new VectorSync(embedder, new EmbeddingRepository(observed))),
        curatedWork,
      ),
      changeFeed: new ChangeFeedService(feed, new ReleaseRepository(observed), curatedWork, principal.id),
      decisions: new DecisionService(
        new DecisionRepository(observed, principal.tenant),
        needs,
        recommend,
        unitOfWork,
        principal,
        config.maxPageSize,
      ),
    },
  };
}
