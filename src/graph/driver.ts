/** The Neo4j driver as the API configures it: numbers as JavaScript numbers, pool and timeouts. */
import neo4j, { type Driver } from "neo4j-driver";

export type Neo4jConnection = Readonly<{ uri: string; user: string; password: string }>;

/**
 * Integers come back as JS numbers: every integer we store (counts, versions, days) is far below 2^53.
 * JS numbers go in as floats, so Cypher that needs an integer (LIMIT, list slices) says toInteger().
 * The embedded local Neo4j runs with auth disabled on loopback; it accepts any basic credentials.
 */
export function createDriver({ uri, user, password }: Neo4jConnection): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: "workgraph/0.1",
  });
}
