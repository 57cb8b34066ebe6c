import type { GraphQLFormattedError } from "graphql";
import { expect } from "vitest";
import { createMaintenance } from "../../src/services/index.js";
import type { GraphQLResult, TestApi } from "./harness.js";

/** A tag for a test file's own ids (`trait:<tag>-a`), unique per process so runs never collide. */
export const testTag = (name: string) => `${name}-${process.pid}`;

/** The node's stored properties, straight from the graph (null when absent). */
export async function stored(api: TestApi, id: string): Promise<Record<string, unknown> | null> {
  const rows = await api.executor.read("MATCH (n:Entity {id: $id}) RETURN n {.*} AS props", { id });
  return (rows[0]?.props as Record<string, unknown> | undefined) ?? null;
}

/** The last change-feed sequence handed out (0 before the first change). */
export async function feedHead(api: TestApi): Promise<number> {
  const rows = await api.executor.read("MATCH (c:ChangeCounter {name: 'taxonomy'}) RETURN c.sequence AS sequence");
  return (rows[0]?.sequence as number | undefined) ?? 0;
}

/** OK audit events of one actor, oldest first. */
export async function okEvents(api: TestApi, actorId: string): Promise<Array<Record<string, unknown>>> {
  const rows = await api.executor.read(
    `MATCH (e:AuditEvent {actorId: $actorId, outcome: 'OK'})
     RETURN e {.operation, .targetIds, .idempotencyKey, .before, .after, at: e.at} AS event ORDER BY e.at, e.id`,
    { actorId },
  );
  return rows.map((row) => row.event as Record<string, unknown>);
}

/** Exactly one error, with this code (and field), and no data. */
export function expectError(result: GraphQLResult<unknown>, code: string, details: Record<string, unknown> = {}): GraphQLFormattedError {
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions).toMatchObject({ code, ...details });
  expect(result.data ?? null).toBeNull();
  return error;
}

/**
 * Removes what a test file made: its nodes (ids containing `tag`), the change-feed entries and
 * releases of its actors. Audit events stay: the log is append-only, and tests filter it by actor.
 */
export async function cleanUpCuration(api: TestApi, tag: string, actorIds: readonly string[]): Promise<void> {
  await api.executor.write("MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n", { tag });
  await createMaintenance(api.executor, api.embedder).vectors.pruneOrphans();
  await api.executor.write("MATCH (x:TaxonomyChange) WHERE x.actorId IN $actorIds DELETE x", { actorIds });
  await api.executor.write("MATCH (r:Release) WHERE r.publishedBy IN $actorIds DELETE r", { actorIds });
}
