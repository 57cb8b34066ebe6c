/** The HTTP server in front of Apollo: /graphql, /healthz, /readyz, body limits, deadline and authentication before GraphQL. */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { Logger } from "../config/logger.js";
import type { Principal } from "../domain/principal.js";
import { AppError } from "../errors.js";
import { type Context, type ContextDeps, createContext } from "../graphql/context.js";
import { createJwtVerifier } from "../services/auth/jwtVerifier.js";
import { RETRY_AFTER_SECONDS } from "../graphql/unavailable.js";
import { registry } from "../observability/metrics.js";
import { createAuthService } from "../services/index.js";
import { metricsAccessPolicy } from "./metricsAccess.js";
import { createRateLimiter } from "./rateLimit.js";
import { applyCors, corsPolicy } from "./cors.js";
import { createExplorer } from "./explorer/explorer.js";
import { pictureNeedId, servePicture } from "./picture.js";

/** Large enough for any real operation; a bigger body is refused before it is buffered. */
export const MAX_BODY_BYTES = 1_000_000;
export const GRAPHQL_PATH = "/graphql";

export type HttpServerOptions = Readonly<{
  apollo: ApolloServer<Context>;
  deps: ContextDeps;
  logger: Logger;
  host: string;
  port: number;
}>;

export type RunningHttpServer = Readonly<{ url: string; server: Server; close: () => Promise<void> }>;

/**
 * A plain Node HTTP server in front of Apollo: `/graphql` for the API, `/healthz` for liveness (the process
 * answers) and `/readyz` for readiness (Neo4j answers too). Apollo keeps its CSRF prevention: a GET or a simple form POST without a
 * preflight-forcing header is refused, so a page on another site cannot fire mutations.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { apollo, deps, logger } = options;
  const jwt = deps.config.jwt ? await createJwtVerifier(deps.config.jwt) : null;
  const auth = createAuthService(deps.executor, deps.config, jwt);
  const limiter = createRateLimiter(deps.config.rateLimit);
  const cors = corsPolicy(deps.config.corsOrigins, deps.config.nodeEnv);
  const explorer = createExplorer(GRAPHQL_PATH);
  const metricsAccess = metricsAccessPolicy(deps.config.metricsToken, deps.config.nodeEnv);
  const deadlineMs = deps.config.requestTimeoutMs;
  const server = createServer((req, res) => {
    // Past the deadline the client gets UNAVAILABLE; whatever still runs finds the response sent and writes nothing.
    const deadline = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      send(res, 503, { errors: [{ message: `The request took longer than ${deadlineMs} ms`, extensions: { code: "UNAVAILABLE" } }] });
    }, deadlineMs);
    res.once("close", () => clearTimeout(deadline));
    handle(req, res).catch((error: unknown) => {
      logger.error("request failed", { message: (error as Error).message });
      if (!res.headersSent) send(res, 500, { error: "Internal server error" });
      else res.end();
    });
  });
  // Receiving a request (headers and body) gets the same deadline, so a slow sender cannot hold a socket.
  server.requestTimeout = deadlineMs;
  server.headersTimeout = Math.min(deadlineMs, 60_000);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}${GRAPHQL_PATH}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = URL.parse(req.url ?? "/", "http://localhost");
    if (!url) {
      send(res, 400, { error: "The request target is not a valid URL" });
      return;
    }
    if (url.pathname === "/healthz") {
      send(res, 200, { status: "ok" });
      return;
    }
    if (url.pathname === "/metrics") {
      const access = metricsAccess(req);
      if (access !== "granted") {
        if (access === "unauthenticated") res.setHeader("www-authenticate", 'Bearer realm="metrics"');
        send(res, access === "off" ? 404 : 401, { error: access === "off" ? "Metrics are off (set METRICS_TOKEN)" : "Metrics need the bearer token" });
        return;
      }
      res.setHeader("content-type", registry.contentType);
      res.end(await registry.metrics());
      return;
    }
    if (url.pathname === "/readyz") {
      try {
        await deps.executor.verifyConnectivity();
        send(res, 200, { status: "ok" });
      } catch {
        send(res, 503, { status: "unavailable", reason: "Neo4j is not reachable" });
      }
      return;
    }
    if (applyCors(cors, req, res)) return;
    if (explorer(req, res, url)) return;
    const pictureOf = pictureNeedId(url.pathname);
    if (url.pathname !== GRAPHQL_PATH && pictureOf === null) {
      send(res, 404, { error: `Not found; the API is at ${GRAPHQL_PATH}` });
      return;
    }
    // The picture is a read for an <img>: nothing else may reach it, so no other method can be made to look like one.
    if (pictureOf !== null && req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      send(res, 405, { error: "The picture is read with GET" });
      return;
    }
    // Before the body is read or a key looked up: a flood costs a counter, not a database round trip.
    if (await limiter.refuse("address", req.socket.remoteAddress ?? "unknown", res)) return;
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      // Discard the rest without buffering it, and close the connection so its leftover bytes
      // cannot be read as the next request.
      res.setHeader("connection", "close");
      req.resume();
      send(res, 413, { error: `Request body over ${MAX_BODY_BYTES} bytes` });
      return;
    }
    let parsed: unknown;
    if (body.length > 0 && /json/i.test(req.headers["content-type"] ?? "")) {
      try {
        parsed = JSON.parse(body);
      } catch {
        send(res, 400, { errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const requestId = headerValue(req, "x-request-id") ?? randomUUID();
    // A header sent empty is a client that meant to authenticate and lost its credentials: refuse, never anonymous.
    if (req.headers.authorization?.trim() === "" || (req.headers["x-api-key"] !== undefined && String(req.headers["x-api-key"]).trim() === "")) {
      res.setHeader("www-authenticate", 'Bearer realm="workgraph"');
      send(res, 401, { errors: [{ message: "The credentials header is empty", extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    let principal: Principal;
    try {
      const apiKey = req.headers["x-api-key"];
      principal = await auth.authenticate({
        authorization: req.headers.authorization,
        apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey,
      });
    } catch (error) {
      // Bad credentials are refused before any GraphQL runs, with the status HTTP clients expect.
      if (!(error instanceof AppError)) throw error;
      res.setHeader("www-authenticate", 'Bearer realm="workgraph"');
      if (error.code !== "UNAUTHENTICATED") res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      send(res, error.code === "UNAUTHENTICATED" ? 401 : 503, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    if (principal.kind !== "anonymous" && (await limiter.refuse("key", principal.id, res))) return;
    if (pictureOf !== null) {
      res.setHeader("x-request-id", requestId);
      await servePicture(apollo, createContext(deps, requestId, principal), pictureOf, res);
      return;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body: parsed ?? body },
      context: async () => createContext(deps, requestId, principal),
    });
    if (res.headersSent) return; // the deadline has answered
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader("x-request-id", requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

const TOO_LARGE = Symbol("too large");

async function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^[\w.-]{1,128}$/.test(first) ? first : undefined;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}
