/** A hash of every node and relationship with its properties: what a test that must change nothing compares. */
import { createHash } from "node:crypto";
import stableStringify from "fast-json-stable-stringify";
import type { Executor } from "../../src/graph/executor.js";

/**
 * Every node (labels, properties) and relationship (type, ends, properties), hashed in a stable order.
 * `exceptLabel`: nodes left out with their relationships (the audit log, which refusals are meant to add to).
 */
export async function graphFingerprint(executor: Executor, exceptLabel = "AuditEvent"): Promise<{ hash: string; nodes: number; relationships: number }> {
  const nodes = await executor.read(
    `MATCH (n) WHERE NOT n:${exceptLabel}
     RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
  );
  const relationships = await executor.read(
    `MATCH (a)-[r]->(b) WHERE NOT a:${exceptLabel} AND NOT b:${exceptLabel}
     RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props ORDER BY id`,
  );
  const hash = createHash("sha256");
  for (const row of [...nodes, ...relationships]) hash.update(stableStringify(row)).update("\n");
  return { hash: hash.digest("hex"), nodes: nodes.length, relationships: relationships.length };
}
