/** A small fetch-based client for the Workgraph API: key, request ids, retries on UNAVAILABLE, idempotency keys, typed errors. */
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** The codes the API answers with, plus NETWORK_ERROR when no answer came at all. */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "UNAVAILABLE",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "INTERNAL_SERVER_ERROR",
  "NETWORK_ERROR",
] as const;
export type WorkgraphErrorCode = (typeof ERROR_CODES)[number];

type GraphQLError = { message: string; path?: ReadonlyArray<string | number>; extensions?: { code?: string; field?: string } };

export class WorkgraphError extends Error {
  override name = "WorkgraphError";
  constructor(
    message: string,
    readonly code: WorkgraphErrorCode,
    readonly requestId: string,
    /** The HTTP status, or 0 when no answer came. */
    readonly status: number,
    /** For BAD_USER_INPUT: the input field at fault. */
    readonly field: string | undefined,
    readonly errors: readonly GraphQLError[],
  ) {
    super(message);
  }
}

export type WorkgraphClientOptions = Readonly<{
  /** The API's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API key (wgk_...) or a JWT; sent as `Authorization: Bearer <key>`. */
  key?: string;
  /** Retries after UNAVAILABLE or a network failure (default 3); other errors are never retried. */
  retries?: number;
  /** The first retry waits about this long (default 250 ms), each next one twice as long, with jitter. */
  backoffMs?: number;
  fetch?: typeof fetch;
}>;

export type RequestOptions = Readonly<{
  /** Sent as x-request-id, the same for every retry; the API logs and audits under it. Default: a new UUID. */
  requestId?: string;
  /** For a mutation: the key that makes retries safe. Default: a new UUID, the same for every retry. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}>;

/** A typed document (from this package's generated operations, or any TypedDocumentString). */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

const isMutation = (source: string) => /^\s*(#[^\n]*\n\s*)*mutation\b/.test(source);
const codeOf = (code: string | undefined): WorkgraphErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code ?? "") ? (code as WorkgraphErrorCode) : "INTERNAL_SERVER_ERROR";

/** The input types of the schema that carry an `idempotencyKey` field (a unit test holds this to schema.graphql). */
export const INPUTS_WITH_IDEMPOTENCY_KEY = ["RecordDecisionInput", "RecordOutcomeInput"] as const;

/**
 * A mutation takes its idempotency key as `$idempotencyKey`, or inside an `$input` of a type that has
 * one; the client fills in the one the operation has room for, unless the caller gave one.
 */
function withIdempotencyKey(source: string, variables: Record<string, unknown>, key: string): Record<string, unknown> {
  if (/\$idempotencyKey\s*:/.test(source)) return { idempotencyKey: key, ...variables };
  const inputType = /\$input\s*:\s*(\w+)/.exec(source)?.[1];
  const input = variables.input;
  const hasRoom = (INPUTS_WITH_IDEMPOTENCY_KEY as readonly string[]).includes(inputType ?? "");
  if (hasRoom && input && typeof input === "object") return { ...variables, input: { idempotencyKey: key, ...input } };
  return variables;
}

export type WorkgraphClient = Readonly<{
  /** Runs a typed operation; resolves to its data, or rejects with a WorkgraphError. */
  request<TResult, TVariables>(document: Document<TResult, TVariables>, variables?: TVariables, options?: RequestOptions): Promise<TResult>;
}>;

export function createWorkgraphClient(options: WorkgraphClientOptions): WorkgraphClient {
  const { url, key, retries = 3, backoffMs = 250 } = options;
  const send = options.fetch ?? globalThis.fetch;
  return {
    async request(document, variables, requestOptions = {}) {
      const query = document.toString();
      const requestId = requestOptions.requestId ?? crypto.randomUUID();
      let vars = (variables ?? {}) as Record<string, unknown>;
      if (isMutation(query)) vars = withIdempotencyKey(query, vars, requestOptions.idempotencyKey ?? crypto.randomUUID());
      const body = JSON.stringify({ query, variables: vars });
      const headers: Record<string, string> = { "content-type": "application/json", "x-request-id": requestId };
      if (key) headers.authorization = `Bearer ${key}`;
      for (let attempt = 0; ; attempt++) {
        let error: WorkgraphError;
        try {
          const response = await send(url, { method: "POST", headers, body, signal: requestOptions.signal });
          const payload = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: GraphQLError[] };
          const first = payload.errors?.[0];
          if (!first && response.ok && payload.data) return payload.data as never;
          const code = first ? codeOf(first.extensions?.code) : response.status === 503 ? "UNAVAILABLE" : "INTERNAL_SERVER_ERROR";
          error = new WorkgraphError(first?.message ?? `HTTP ${response.status}`, code, requestId, response.status, first?.extensions?.field, payload.errors ?? []);
        } catch (thrown) {
          if (requestOptions.signal?.aborted) throw thrown;
          error = new WorkgraphError((thrown as Error).message, "NETWORK_ERROR", requestId, 0, undefined, []);
        }
        const retriable = error.code === "UNAVAILABLE" || error.code === "NETWORK_ERROR";
        if (!retriable || attempt >= retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** attempt * (0.5 + Math.random())));
      }
    },
  };
}
