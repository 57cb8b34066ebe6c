/** Who may read /metrics: a bearer token when METRICS_TOKEN is set; otherwise anyone outside production, nobody in it. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export type MetricsAccess = "granted" | "unauthenticated" | "off";

/**
 * The metrics name every operation clients send and count errors by code: a map of the API that is not for
 * everyone. With a token, a scraper must send `Authorization: Bearer <token>`. Both sides are hashed before
 * the comparison, so it takes the same time whatever the length or the first wrong byte of a guess. Without
 * a token, production serves no metrics at all (404): an address check would let a reverse proxy on the same
 * host, which makes every client look local, hand them out.
 */
export function metricsAccessPolicy(token: string | undefined, nodeEnv: string): (req: IncomingMessage) => MetricsAccess {
  if (token === undefined) return () => (nodeEnv === "production" ? "off" : "granted");
  const expected = digest(token);
  return (req) => {
    const presented = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    return presented !== undefined && timingSafeEqual(digest(presented), expected) ? "granted" : "unauthenticated";
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
