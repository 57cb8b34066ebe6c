/** CORS for browser apps on other origins: which origins may call the API, and the preflight answer. */
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The headers a browser app may send. Credentials travel in `Authorization` or `x-api-key`, never in
 * cookies, so `Access-Control-Allow-Credentials` is never sent: a page on an allowed origin can call
 * the API only with a key it holds itself, and no origin can ride on a user's ambient session.
 */
const ALLOWED_HEADERS = ["authorization", "content-type", "x-api-key", "x-request-id", "apollo-require-preflight"];
const EXPOSED_HEADERS = ["x-request-id"];
const ALLOWED_METHODS = ["GET", "POST", "OPTIONS"];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** A dev server on this machine (Vite, webpack, Storybook ...) on any port. */
const LOCAL_DEV_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/;

export type CorsPolicy = Readonly<{ origins: readonly string[]; allowLocalDevServers: boolean }>;

/** Configured origins, plus local dev servers outside production. */
export function corsPolicy(origins: readonly string[], nodeEnv: string): CorsPolicy {
  return { origins, allowLocalDevServers: nodeEnv !== "production" };
}

export function isAllowedOrigin(policy: CorsPolicy, origin: string): boolean {
  return policy.origins.includes(origin) || (policy.allowLocalDevServers && LOCAL_DEV_ORIGIN.test(origin));
}

/**
 * Adds the CORS headers a request from an allowed origin needs, and answers a preflight. Returns true
 * when the response is complete (a preflight). A refused origin gets no CORS headers at all, so the
 * browser withholds the answer from its page; the request itself still meets Apollo's CSRF prevention,
 * which refuses the simple requests a browser sends without asking first.
 */
export function applyCors(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  // Every answer may differ by Origin, so caches must key on it even when it is refused.
  res.setHeader("vary", "Origin");
  const allowed = origin !== undefined && isAllowedOrigin(policy, origin);
  if (allowed) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS.join(", "));
  }
  const preflight = req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
  if (!preflight) return false;
  if (allowed) {
    res.setHeader("access-control-allow-methods", ALLOWED_METHODS.join(", "));
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS.join(", "));
    res.setHeader("access-control-max-age", String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  res.statusCode = allowed ? 204 : 403;
  res.end();
  return true;
}
