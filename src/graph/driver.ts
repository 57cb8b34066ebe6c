/** The Neo4j driver as the API configures it: numbers as JavaScript numbers, pool and timeouts. */
import neo4j, { type Driver } from "neo4j-driver";
import { metrics } from "../observability/metrics.js";

const MAX_POOL_SIZE = 50;

export type Neo4jConnection = Readonly<{ uri: string; user: string; password: string }>;

/** How long the driver waits: to connect, for a pooled connection, and retrying a failed transaction. */
export type DriverTimeouts = Readonly<{ connectionTimeoutMs: number; acquisitionTimeoutMs: number; maxRetryTimeMs: number }>;

/**
 * With Neo4j down a connection is refused at once and the driver retries after about 1 s (its fixed first
 * back-off); a retry budget under 1 s means one retry, so a refused call answers in about 1 s, not the 6 to
 * 8 s that a 5 s budget took. A deadlock or other transient error still gets that one retry.
 */
export const DRIVER_TIMEOUTS: DriverTimeouts = { connectionTimeoutMs: 1_000, acquisitionTimeoutMs: 1_500, maxRetryTimeMs: 800 };

/**
 * Integers come back as JS numbers: every integer we store (counts, versions, days) is far below 2^53.
 * JS numbers go in as floats, so Cypher that needs an integer (LIMIT, list slices) says toInteger().
 * The embedded local Neo4j runs with auth disabled on loopback; it accepts any basic credentials.
 */
export function createDriver({ uri, user, password }: Neo4jConnection, timeouts: DriverTimeouts = DRIVER_TIMEOUTS): Driver {
  metrics.neo4jSessionsMax.set(MAX_POOL_SIZE);
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: MAX_POOL_SIZE,
    connectionTimeout: timeouts.connectionTimeoutMs,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs,
    maxTransactionRetryTime: timeouts.maxRetryTimeMs,
    // A connection idle for over a second is checked before use: after Neo4j restarts, the pool's old sockets
    // are dead, and handing one out would fail the first request after recovery. A restart takes seconds, so
    // every socket from before it is checked; one used within the second is not, which saves a round trip
    // (a RESET) on every statement under load.
    connectionLivenessCheckTimeout: 1_000,
    userAgent: "workgraph/0.1",
  });
}
