/** Per-address and per-key request limits (rate-limiter-flexible, in memory): 429 with Retry-After past them. */
import type { ServerResponse } from "node:http";
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config/env.js";

/** A burst may spend this many seconds' worth of requests on top of the steady rate, once per window. */
const BURST_SECONDS = 5;
const BURST_WINDOW_SECONDS = 60;

/**
 * A steady rate per second, plus a burst allowance refilled once a minute: the token-bucket shape
 * (rate and capacity) built from rate-limiter-flexible's BurstyRateLimiter, so a client that pauses
 * may catch up but a flood is cut off within a second. Counters live in this process's memory: with
 * several API processes each enforces its own share.
 */
function bucket(perSecond: number, prefix: string): BurstyRateLimiter | null {
  if (perSecond === 0) return null;
  return new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: prefix, points: perSecond, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: `${prefix}-burst`, points: perSecond * BURST_SECONDS, duration: BURST_WINDOW_SECONDS }),
  );
}

export type RateLimiter = Readonly<{
  /**
   * Spends one request of `key` (a client address, or a principal id) and answers 429 when there is
   * none left; true when it answered, so the caller stops there.
   */
  refuse(kind: "address" | "key", key: string, res: ServerResponse): Promise<boolean>;
}>;

export function createRateLimiter(limits: Config["rateLimit"]): RateLimiter {
  const buckets = { address: bucket(limits.perAddress, "address"), key: bucket(limits.perKey, "key") };
  return {
    async refuse(kind, key, res) {
      const limiter = buckets[kind];
      if (!limiter) return false;
      try {
        await limiter.consume(key);
        return false;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        // The body, if still unread, is discarded rather than buffered.
        res.req.resume();
        res.statusCode = 429;
        res.setHeader("retry-after", String(seconds));
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(JSON.stringify({ errors: [{ message: `Too many requests; retry in ${seconds} s`, extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds } }] }));
        return true;
      }
    },
  };
}
