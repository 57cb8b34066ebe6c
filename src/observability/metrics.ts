/** Prometheus metrics (prom-client): what /metrics serves. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Embedder } from "../embedding/embedder.js";

/** One registry per process, so tests and the API never mix their numbers with another library's defaults. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "workgraph_" });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

export const metrics = {
  requests: new Counter({
    name: "workgraph_graphql_requests_total",
    help: "GraphQL requests by operation and outcome (ok, error, refused)",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  }),
  duration: new Histogram({
    name: "workgraph_graphql_request_duration_seconds",
    help: "GraphQL request latency by operation and outcome",
    labelNames: ["operation", "outcome"] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  errors: new Counter({
    name: "workgraph_graphql_errors_total",
    help: "GraphQL errors by extension code",
    labelNames: ["code"] as const,
    registers: [registry],
  }),
  neo4jSessions: new Gauge({
    name: "workgraph_neo4j_sessions_in_use",
    help: "Neo4j sessions open now (each holds a pooled connection while it runs)",
    registers: [registry],
  }),
  neo4jSessionsMax: new Gauge({
    name: "workgraph_neo4j_pool_max_size",
    help: "The Neo4j connection pool's maximum size",
    registers: [registry],
  }),
  embedding: new Histogram({
    name: "workgraph_embedding_duration_seconds",
    help: "Time to embed one batch of texts with the sentence model",
    buckets: SECONDS,
    registers: [registry],
  }),
  decomposition: new Histogram({
    name: "workgraph_decomposition_duration_seconds",
    help: "Time to decompose one need (the decomposeNeed field)",
    buckets: SECONDS,
    registers: [registry],
  }),
};

/**
 * Operation names come from clients: past this many distinct names the rest count as "other", so a client
 * cannot grow the metrics without bound.
 */
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();

export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATIONS || !/^[A-Za-z_]\w{0,63}$/.test(name)) return "other";
  seenOperations.add(name);
  return name;
}

/** The same embedder, each batch timed. */
export function timedEmbedder(embedder: Embedder): Embedder {
  return {
    modelId: embedder.modelId,
    dimension: embedder.dimension,
    embed: async (texts) => {
      const stop = metrics.embedding.startTimer();
      try {
        return await embedder.embed(texts);
      } finally {
        stop();
      }
    },
    close: () => embedder.close(),
  };
}
