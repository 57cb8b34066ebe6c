/** The API: Apollo with its limits and error formatting, behind the HTTP server. */
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { Config } from "./config/env.js";
import type { Logger } from "./config/logger.js";
import type { Embedder } from "./embedding/embedder.js";
import type { Executor } from "./graph/executor.js";
import type { Context } from "./graphql/context.js";
import { createFormatError } from "./graphql/errors.js";
import { apolloQueryLimits } from "./graphql/limits.js";
import { toSubgraphSchema } from "./graphql/federation.js";
import { observabilityPlugin } from "./graphql/observability.js";
import { buildWorkgraphSchema } from "./graphql/schema.js";
import { unavailableStatusPlugin } from "./graphql/unavailable.js";
import { type RunningHttpServer, startHttpServer } from "./http/server.js";
import { timedEmbedder } from "./observability/metrics.js";

export type App = Readonly<{ apollo: ApolloServer<Context>; http: RunningHttpServer; stop: () => Promise<void> }>;

export async function createApollo(config: Config, logger: Logger): Promise<ApolloServer<Context>> {
  const production = config.nodeEnv === "production";
  // Served as a Federation 2 subgraph, so a supergraph can join it as is (README: Federation).
  const schema = toSubgraphSchema(await buildWorkgraphSchema());
  const { costPlugin, ...limits } = apolloQueryLimits(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(production, logger),
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    introspection: config.introspection,
    // main.ts owns SIGINT/SIGTERM: it stops the HTTP server, Apollo, the driver and the embedded Neo4j in order.
    stopOnTerminationSignals: false,
    ...limits,
    // No "Did you mean ...?" in production: it would map the schema for a client without introspection.
    hideSchemaDetailsFromClientErrors: production,
    // The default landing page loads Apollo Sandbox from a CDN, which shows nothing offline.
    // No Apollo Studio: a subgraph would otherwise return timing traces to anyone who asks with a header.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints in the schema, and its willResolveField hook would run on every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      costPlugin,
      unavailableStatusPlugin(),
      observabilityPlugin(logger),
    ],
  });
  await apollo.start();
  return apollo;
}

/** The API on an already migrated database; the caller owns the executor and closes the driver. */
export async function startApp(config: Config, executor: Executor, logger: Logger, embedder: Embedder, port = config.port): Promise<App> {
  const apollo = await createApollo(config, logger);
  // Every API transaction has a server-side deadline; the CLI's imports keep the executor they were given.
  const deps = { executor: executor.withTransactionTimeout(config.neo4j.transactionTimeoutMs), config, logger, embedder: timedEmbedder(embedder) };
  const http = await startHttpServer({ apollo, deps, logger, host: config.host, port });
  return {
    apollo,
    http,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
