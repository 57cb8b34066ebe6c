/** One log line and the metrics for every GraphQL request: request id, principal, operation, outcome, duration. */
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { Logger } from "../config/logger.js";
import { metrics, operationLabel } from "../observability/metrics.js";
import type { Context } from "./context.js";

/** Refused before execution (parse, validation, limits): the operation never ran. */
const REFUSED = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND"]);

const selectsDecomposition = (operation: OperationDefinitionNode) =>
  operation.operation === "query" &&
  operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === "decomposeNeed");

export function observabilityPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async executionDidStart({ operation }) {
          // A willResolveField hook makes Apollo call into the plugin for every field of the response:
          // only an operation that asks for a decomposition pays for it.
          // Apollo may start execution without a parsed operation (a hostile document): keep the hook then.
          if (operation && !selectsDecomposition(operation)) return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== "Query" || info.fieldName !== "decomposeNeed") return;
              const stop = metrics.decomposition.startTimer();
              return () => stop();
            },
          };
        },
        async willSendResponse({ response, operationName, operation }) {
          const seconds = (performance.now() - started) / 1000;
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          const codes = (body?.errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const outcome = codes.length === 0 ? "ok" : codes.every((c) => REFUSED.has(c)) ? "refused" : "error";
          const label = operationLabel(operationName ?? operation?.name?.value);
          metrics.requests.inc({ operation: label, outcome });
          metrics.duration.observe({ operation: label, outcome }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          // Logging must never fail a response: a context built elsewhere (tests, tools) may lack a principal.
          const { principal, requestId } = contextValue ?? {};
          logger.info("graphql request", {
            requestId,
            principal: principal && { kind: principal.kind, id: principal.id, role: principal.role, tenant: principal.tenant },
            operation: label,
            operationType: operation?.operation,
            outcome,
            codes: codes.length > 0 ? [...new Set(codes)] : undefined,
            status: response.http.status ?? 200,
            durationMs: Math.round(seconds * 1000),
          });
        },
      };
    },
  };
}
