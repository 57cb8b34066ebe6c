/**
 * The composition root: the one file that constructs repositories and wires services on them. The
 * HTTP server, every CLI, the benchmarks and the test harness take what they need from here.
 */
import type { Config } from "../config/env.js";
import { type Principal, visibleTenants } from "../domain/principal.js";
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
import { OnetRepository } from "../graph/repositories/onetRepository.js";
import { RecommendRepository } from "../graph/repositories/recommendRepository.js";
import { ReleaseRepository } from "../graph/repositories/releaseRepository.js";
import { RuleRepository } from "../graph/repositories/ruleRepository.js";
import { SeedRepository } from "../graph/repositories/seedRepository.js";
import { StatsRepository } from "../graph/repositories/statsRepository.js";
import { UnitOfWork } from "../graph/unitOfWork.js";
import { type EscoImportReport, importEsco } from "../importers/esco/importEsco.js";
import type { EscoImportOptions } from "../importers/esco/options.js";
import { type ImportHooks, importOnet, type ImportReport } from "../importers/onet/importOnet.js";
import type { ImportOptions } from "../importers/onet/options.js";
import { seedDatabase } from "../seed/seedDatabase.js";
import { DEFAULT_SEED_DIR } from "../seed/seedLoader.js";
import { AuditService } from "./audit/auditService.js";
import { AuthService } from "./auth/authService.js";
import type { JwtVerifier } from "./auth/jwtVerifier.js";
import { KeyService } from "./auth/keyService.js";
import { TaxonomyBulkService } from "./curation/bulkService.js";
import { ChangeFeedService } from "./curation/changeFeedService.js";
import { CuratedWork } from "./curation/curatedWork.js";
import { CurationService } from "./curation/curationService.js";
import { TaxonomyWriter } from "./curation/taxonomyWriter.js";
import { DecisionService } from "./decisions/decisionService.js";
import { VectorSync } from "./embedding/vectorSync.js";
import { IntakeService } from "./intake/intakeService.js";
import { RecommendService } from "./recommend/recommendService.js";
import { RuleService } from "./recommend/ruleService.js";
import { TaxonomyService } from "./taxonomyService.js";

/** Who a set of services acts for: every write is audited under this principal and request id. */
export type RequestScope = Readonly<{ principal: Principal; requestId: string }>;

export type ServiceSettings = Readonly<
  Pick<Config, "maxPageSize" | "intakeRetrieval" | "intakeOccupationSources"> & {
    /** Loaded once per process (loadEmbedder) and shared: the model is the expensive part. */
    embedder: Embedder;
  }
>;

/** The settings of services from the process's configuration and its one embedder. */
export function serviceSettings(config: Pick<Config, "maxPageSize" | "intakeRetrieval" | "intakeOccupationSources">, embedder: Embedder): ServiceSettings {
  return {
    maxPageSize: config.maxPageSize,
    intakeRetrieval: config.intakeRetrieval,
    intakeOccupationSources: config.intakeOccupationSources,
    embedder,
  };
}

export type Services = Readonly<{
  taxonomy: TaxonomyService;
  intake: IntakeService;
  recommend: RecommendService;
  rules: RuleService;
  keys: KeyService;
  audit: AuditService;
  curation: CurationService;
  taxonomyBulk: TaxonomyBulkService;
  changeFeed: ChangeFeedService;
  decisions: DecisionService;
  /** Runs a mutation and its audit event in one transaction; records refused attempts. */
  unitOfWork: UnitOfWork;
}>;

/**
 * The services of one request (or one CLI run). Every repository that reads tenant data is bound to
 * the tenants the principal may see, and every DataLoader lives as long as these services.
 */
export function createServices(executor: Executor, settings: ServiceSettings, { principal, requestId }: RequestScope): Services {
  const tenants = visibleTenants(principal);
  const intakeGraph = new IntakeRepository(executor, tenants);
  const needs = new NeedRepository(executor, principal.tenant);
  const ruleGraph = new RuleRepository(executor);
  const audit = new AuditRepository(executor);
  const unitOfWork = new UnitOfWork(executor, audit, { principal, requestId });
  const feed = new ChangeFeedRepository(executor);
  const curatedWork = new CuratedWork(unitOfWork, feed, principal.id);
  const curationGraph = new CurationRepository(executor);
  const writer = new TaxonomyWriter(curationGraph, new VectorSync(settings.embedder, new EmbeddingRepository(executor)));
  const intake = new IntakeService(
    intakeGraph,
    needs,
    principal.tenant,
    {
      embedder: settings.intakeRetrieval === "hybrid" ? settings.embedder : null,
      occupationSources: settings.intakeOccupationSources,
    },
    unitOfWork,
  );
  const recommend = new RecommendService(intake, new RecommendRepository(executor, tenants), ruleGraph);
  return {
    taxonomy: new TaxonomyService(new NodeRepository(executor, tenants), settings.maxPageSize),
    intake,
    recommend,
    rules: new RuleService(ruleGraph),
    keys: new KeyService(new ApiKeyRepository(executor), unitOfWork, principal),
    audit: new AuditService(audit, principal, settings.maxPageSize),
    curation: new CurationService(writer, curatedWork),
    taxonomyBulk: new TaxonomyBulkService(curationGraph, writer, curatedWork),
    changeFeed: new ChangeFeedService(feed, new ReleaseRepository(executor), curatedWork, principal.id),
    decisions: new DecisionService(new DecisionRepository(executor, principal.tenant), needs, recommend, unitOfWork, principal, settings.maxPageSize),
    unitOfWork,
  };
}

/** Who is calling, from an API key or a bearer token; one per process. */
export function createAuthService(executor: Executor, settings: Pick<Config, "anonymous">, jwt: JwtVerifier | null): AuthService {
  return new AuthService(new ApiKeyRepository(executor), settings.anonymous, jwt);
}

/**
 * Upkeep of the graph outside any request: the seed and the O*NET and ESCO imports (each followed by the
 * vectors of what changed), and what a graph holds.
 */
export type Maintenance = Readonly<{
  seed: (dir?: string) => ReturnType<typeof seedDatabase>;
  importOnet: (options: ImportOptions, hooks?: ImportHooks) => Promise<ImportReport>;
  /** ESCO beside O*NET, linked to it through the crosswalk; the same repository and vector cache. */
  importEsco: (options: EscoImportOptions, hooks?: ImportHooks) => Promise<EscoImportReport>;
  hasTaxonomy: () => Promise<boolean>;
  /** Imported nodes by source: counted and removed (with their vectors) by the import's tests and benchmark. */
  importedSource: Pick<OnetRepository, "countsBySource" | "deleteSource">;
  /** The rules exactly as the recommendation reads them. */
  activeRules: RuleRepository["activeRules"];
  /** Nearest neighbours by sentence vector, and removal of vectors whose node is gone (tests and tools). */
  vectors: Pick<EmbeddingRepository, "nearest" | "pruneOrphans">;
}>;

export function createMaintenance(executor: Executor, embedder: Embedder): Maintenance {
  const onet = new OnetRepository(executor);
  const rules = new RuleRepository(executor);
  const embeddings = new EmbeddingRepository(executor);
  const vectors = new VectorSync(embedder, embeddings);
  return {
    seed: async (dir = DEFAULT_SEED_DIR) => {
      const counts = await seedDatabase(new SeedRepository(executor), dir);
      await vectors.refresh();
      return counts;
    },
    importOnet: (options, hooks) => importOnet((batchSize) => new OnetRepository(executor, batchSize), vectors, options, hooks),
    importEsco: (options, hooks) => importEsco((batchSize) => new OnetRepository(executor, batchSize), vectors, options, hooks),
    hasTaxonomy: () => new StatsRepository(executor).hasTaxonomy(),
    importedSource: {
      countsBySource: (source) => onet.countsBySource(source),
      deleteSource: async (source, batch) => {
        const deleted = await onet.deleteSource(source, batch);
        await embeddings.pruneOrphans();
        return deleted;
      },
    },
    activeRules: () => rules.activeRules(),
    vectors: { nearest: (owner, vector, k) => embeddings.nearest(owner, vector, k), pruneOrphans: (owners) => embeddings.pruneOrphans(owners) },
  };
}
