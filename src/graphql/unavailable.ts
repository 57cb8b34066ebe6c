/** One HTTP status for UNAVAILABLE, whoever asks: 503 with Retry-After, as the HTTP layer answers it too. */
import type { ApolloServerPlugin } from "@apollo/server";

/** Seconds a client should wait before trying again: about the time the API takes to notice Neo4j is back. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Keyed requests that cannot be authenticated because Neo4j is down get 503 from the HTTP layer; without
 * this, an anonymous request failing in a resolver for the same reason would get 200 with an error.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === "UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
