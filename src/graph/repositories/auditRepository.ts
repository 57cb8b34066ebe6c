/** The Cypher of the audit log: append-only events, idempotency records, and the filtered, paged reading of them. */
import { randomUUID } from "node:crypto";
import type { AuditOutcome } from "../../domain/principal.js";
import type { Executor, Transaction } from "../executor.js";

export type AuditEventInput = Readonly<{
  actorId: string;
  actorKind: string;
  role: string | null;
  tenant: string | null;
  operation: string;
  targetIds: readonly string[];
  before: unknown;
  after: unknown;
  requestId: string;
  outcome: AuditOutcome;
  idempotencyKey: string | null;
  /** The key's scope (principal, tenant, key): unique, so a key is answered once per caller. */
  idempotencyScope: string | null;
  /** Hash of the operation and its input: a replay must carry the same request. */
  requestHash: string | null;
  /** What the operation answered, kept so that a retry with the same idempotency key gets it again. */
  result: unknown;
  message: string | null;
}>;

export type AuditEvent = Readonly<
  Omit<AuditEventInput, "before" | "after" | "result" | "idempotencyScope" | "requestHash"> & { id: string; at: string; before: string | null; after: string | null }
>;

const AUDIT_FILTER = `($scopeTenant IS NULL OR e.tenant = $scopeTenant)
         AND ($actorId IS NULL OR e.actorId = $actorId)
         AND ($operation IS NULL OR e.operation = $operation)
         AND ($targetId IS NULL OR $targetId IN e.targetIds)
         AND ($outcome IS NULL OR e.outcome = $outcome)
         AND ($tenant IS NULL OR e.tenant = $tenant)
         AND ($since IS NULL OR e.at >= datetime($since))
         AND ($until IS NULL OR e.at < datetime($until))`;
const auditFilterParams = (filter: AuditFilter, scopeTenant: string | null) => ({
  scopeTenant,
  actorId: filter.actorId ?? null,
  operation: filter.operation ?? null,
  targetId: filter.targetId ?? null,
  outcome: filter.outcome ?? null,
  tenant: filter.tenant ?? null,
  since: filter.since ?? null,
  until: filter.until ?? null,
});

/** An earlier run of the same idempotency key: its operation and its answer. */
export type Replay = Readonly<{ operation: string; requestHash: string | null; result: unknown }> | null;

export type AuditFilter = Readonly<{
  actorId?: string | null;
  operation?: string | null;
  targetId?: string | null;
  outcome?: AuditOutcome | null;
  tenant?: string | null;
  since?: string | null;
  until?: string | null;
}>;

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
const FIELDS =
  "e {.id, .actorId, .actorKind, .role, .tenant, .operation, .targetIds, .before, .after, .requestId, .outcome, .idempotencyKey, .message, at: e.at} AS event";

/**
 * The audit log is append-only: this repository can add events and read them; nothing in the code
 * base updates or deletes an AuditEvent.
 */
export class AuditRepository {
  constructor(private readonly executor: Executor) {}

  /** Written inside the caller's transaction, so the change and its event commit or fail together. */
  async record(tx: Transaction, event: AuditEventInput): Promise<string> {
    const id = `audit:${randomUUID()}`;
    await tx.run(
      `CREATE (e:AuditEvent {id: $id, at: datetime.truncate('millisecond', datetime()), actorId: $actorId, actorKind: $actorKind, role: $role,
         tenant: $tenant, operation: $operation, targetIds: $targetIds, before: $before, after: $after,
         requestId: $requestId, outcome: $outcome, idempotencyKey: $idempotencyKey,
         idempotencyScope: $idempotencyScope, requestHash: $requestHash, result: $result, message: $message})`,
      {
        ...event,
        id,
        targetIds: [...event.targetIds],
        before: json(event.before),
        after: json(event.after),
        result: json(event.result),
      },
    );
    return id;
  }

  /** A denied attempt changes nothing, so it gets a transaction of its own. */
  recordDenied(event: AuditEventInput): Promise<string> {
    return this.executor.writeTransaction((tx) => this.record(tx, event));
  }

  /** The stored answer of an earlier run in the same idempotency scope, if there was one. */
  async replay(tx: Transaction, scope: string): Promise<Replay> {
    const rows = await tx.run(
      "MATCH (e:AuditEvent {idempotencyScope: $scope}) RETURN e.result AS result, e.operation AS operation, e.requestHash AS requestHash",
      { scope },
    );
    const row = rows[0];
    if (!row) return null;
    return {
      operation: row.operation as string,
      requestHash: (row.requestHash as string | null) ?? null,
      result: row.result === null ? null : JSON.parse(row.result as string),
    };
  }

  /**
   * Newest first (in `scopeTenant`, unless null: every tenant), a keyset page after (at, id), read in
   * order from the `at` index and stopped at `limit`.
   */
  async list(filter: AuditFilter, scopeTenant: string | null, limit: number, afterAt: string | null, afterId: string | null): Promise<AuditEvent[]> {
    const rows = await this.executor.read(
      `MATCH (e:AuditEvent) WHERE e.at IS NOT NULL AND ${AUDIT_FILTER}
         AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
       RETURN ${FIELDS}
       ORDER BY e.at DESC, e.id DESC
       LIMIT toInteger($limit)`,
      { ...auditFilterParams(filter, scopeTenant), afterAt, afterId, limit },
    );
    return rows.map((row) => row.event as AuditEvent);
  }

  /** How many events match the filter, for `totalCount`. */
  async count(filter: AuditFilter, scopeTenant: string | null): Promise<number> {
    const rows = await this.executor.read(`MATCH (e:AuditEvent) WHERE ${AUDIT_FILTER} RETURN count(e) AS total`, auditFilterParams(filter, scopeTenant));
    return rows[0]!.total as number;
  }
}
