/** The per-request GraphQL context: who is asking, and the services wired for them by the composition root. */
import type { Config } from "../config/env.js";
import type { Logger } from "../config/logger.js";
import type { Principal } from "../domain/principal.js";
import type { Embedder } from "../embedding/embedder.js";
import type { Executor } from "../graph/executor.js";
import { createServices, type Services, serviceSettings } from "../services/index.js";

export type Context = Readonly<{
  requestId: string;
  principal: Principal;
  logger: Logger;
  /** Built for this request only, so no loader or cache outlives it or serves another principal. */
  services: Services;
  /** Cypher statements sent while serving this request: the round-trip budget is tested on it. */
  stats: { queries: number };
}>;

/** `embedder`: loaded once per process (loadEmbedder), shared by every request. */
export type ContextDeps = Readonly<{ executor: Executor; config: Config; logger: Logger; embedder: Embedder }>;

export function createContext({ executor, config, logger, embedder }: ContextDeps, requestId: string, principal: Principal): Context {
  const stats = { queries: 0 };
  const observed = executor.observed(() => {
    stats.queries++;
  });
  const services = createServices(observed, serviceSettings(config, embedder), { principal, requestId });
  return { requestId, principal, logger, stats, services };
}
