import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type GraphQLFormattedError, print } from "graphql";
import { afterAll, beforeAll, inject } from "vitest";
import { type App, startApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/config/logger.js";
import type { Principal, Role } from "../../src/domain/principal.js";
import type { Embedder } from "../../src/embedding/embedder.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { createDriver } from "../../src/graph/driver.js";
import { Executor } from "../../src/graph/executor.js";
import { createContext } from "../../src/graphql/context.js";
import { createServices, serviceSettings } from "../../src/services/index.js";

export type GraphQLResult<T> = { status: number; data: T | null | undefined; errors: readonly GraphQLFormattedError[] | undefined };

export type Client = Readonly<{
  /** Sends an operation over HTTP, as a client would. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
}>;

export type TestApi = Client &
  Readonly<{
    config: Config;
    executor: Executor;
    /** The embedding model, loaded once per test API, as the API process loads it once. */
    embedder: Embedder;
    url: string;
    /** A client with an API key of this role (and tenant), created once per test API. */
    as(role: Role, tenant?: string | null): Promise<Client & { keyId: string; token: string }>;
    /** Runs an operation in process, as `principal`, and counts the Cypher statements it sent. */
    countQueries<T, V>(
      document: TypedDocumentNode<T, V>,
      variables?: V,
      principal?: Principal,
    ): Promise<{ result: GraphQLResult<T>; queries: number }>;
    stop(): Promise<void>;
  }>;

/** How many nodes and relationships the whole graph holds: what a refused import must leave as it was. */
export async function graphTotals(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
}

/** The principal in-process operations run as, unless a test says otherwise. */
export const TEST_INTEGRATOR: Principal = { kind: "apiKey", id: "key:test-integrator", role: "INTEGRATOR", tenant: "test-tenant" };

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, NEO4J_URI: inject("neo4jUri"), NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const logger = createLogger(config.logLevel);
  const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.timeouts);
  const executor = new Executor(driver, config.neo4j.database);
  const embedder = await loadEmbedder(config.embedding);
  const app: App = await startApp(config, executor, logger, embedder, 0);
  const request: Client["request"] = async (document, variables, headers = {}) => {
    const response = await fetch(app.http.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: GraphQLFormattedError[] };
    return { status: response.status, data: body.data, errors: body.errors };
  };
  const operator: Principal = { kind: "cli", id: "cli:test-harness", role: "ADMIN", tenant: null };
  const { keys } = createServices(executor, serviceSettings(config, embedder), { principal: operator, requestId: "test-harness" });
  const clients = new Map<string, Promise<Client & { keyId: string; token: string }>>();
  return {
    config,
    executor,
    embedder,
    url: app.http.url,
    request,
    as(role, tenant = role === "INTEGRATOR" || role === "ADMIN" ? "test-tenant" : null) {
      const cacheKey = `${role}|${tenant}`;
      let client = clients.get(cacheKey);
      if (!client) {
        client = keys.create({ role, tenant, name: `test ${role}` }).then(({ key, token }) => ({
          keyId: key.id,
          token,
          request: (document, variables, headers = {}) => request(document, variables, { authorization: `Bearer ${token}`, ...headers }),
        }));
        clients.set(cacheKey, client);
      }
      return client;
    },
    async countQueries(document, variables, principal = TEST_INTEGRATOR) {
      const contextValue = createContext({ executor, config, logger, embedder }, randomUUID(), principal);
      const response = await app.apollo.executeOperation(
        { query: print(document), variables: variables as Record<string, unknown> },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { result: { status: 200, data: data as never, errors }, queries: contextValue.stats.queries };
    },
    async stop() {
      await app.stop();
      await driver.close();
      await embedder.close();
    },
  };
}

/** A test file's API and integrator client; the needs it stores (ids pushed to `created`) go afterwards. */
export class IntegratorSession {
  api!: TestApi;
  client!: Client;
  readonly created: string[] = [];
}

/** Starts the API before the file's tests and cleans up after them. */
export function integratorSession(): IntegratorSession {
  const session = new IntegratorSession();
  beforeAll(async () => {
    session.api = await startTestApi();
    session.client = await session.api.as("INTEGRATOR");
  });
  afterAll(async () => {
    await session.api.executor.write("MATCH (n:Need) WHERE n.id IN $ids DETACH DELETE n", { ids: session.created });
    await session.api.stop();
  });
  return session;
}
