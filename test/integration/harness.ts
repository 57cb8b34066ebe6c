import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type GraphQLFormattedError, print } from "graphql";
import { inject } from "vitest";
import { type App, startApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/config/logger.js";
import { createDriver } from "../../src/graph/driver.js";
import { Executor } from "../../src/graph/executor.js";
import { createContext } from "../../src/graphql/context.js";

export type GraphQLResult<T> = { status: number; data: T | null | undefined; errors: readonly GraphQLFormattedError[] | undefined };

export type TestApi = Readonly<{
  config: Config;
  executor: Executor;
  url: string;
  /** Sends an operation over HTTP, as a client would. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  /** Runs an operation in process and counts the Cypher statements it sent. */
  countQueries<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<{ result: GraphQLResult<T>; queries: number }>;
  stop(): Promise<void>;
}>;

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, NEO4J_URI: inject("neo4jUri"), NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const logger = createLogger(config.logLevel);
  const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
  const executor = new Executor(driver, config.neo4j.database);
  const app: App = await startApp(config, executor, logger, 0);
  return {
    config,
    executor,
    url: app.http.url,
    async request(document, variables, headers = {}) {
      const response = await fetch(app.http.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: GraphQLFormattedError[] };
      return { status: response.status, data: body.data, errors: body.errors };
    },
    async countQueries(document, variables) {
      const contextValue = createContext({ executor, config, logger }, randomUUID());
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
    },
  };
}
