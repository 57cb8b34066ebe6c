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
   * A page of events (in `scopeTenant`, unless null: every tenant) and how many match. The count and
   * the page are two subqueries: the count never holds the events, and the page reads from the
   * `at` index down to the page size, however long the log grows.
   */
  async list(
    filter: AuditFilter,
    scopeTenant: string | null,
    first: number,
    afterAt: string | null,
    afterId: string | null,
  ): Promise<{ events: AuditEvent[]; total: number }> {
    const matching = `MATCH (e:AuditEvent)
       WHERE ($scopeTenant IS NULL OR e.tenant = $scopeTenant)
         AND ($actorId IS NULL OR e.actorId = $actorId)
         AND ($operation IS NULL OR e.operation = $operation)
         AND ($targetId IS NULL OR $targetId IN e.targetIds)
         AND ($outcome IS NULL OR e.outcome = $outcome)
         AND ($tenant IS NULL OR e.tenant = $tenant)
         AND ($since IS NULL OR e.at >= datetime($since))
         AND ($until IS NULL OR e.at < datetime($until))`;
    const rows = await this.executor.read(
      `CALL () { ${matching} RETURN count(e) AS total }
       CALL () {
         ${matching}
           AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
         WITH e ORDER BY e.at DESC, e.id DESC LIMIT toInteger($limit)
         RETURN collect(${FIELDS.replace(" AS event", "")}) AS events
       }
       RETURN total, events`,
      {
        scopeTenant,
        actorId: filter.actorId ?? null,
        operation: filter.operation ?? null,
        targetId: filter.targetId ?? null,
        outcome: filter.outcome ?? null,
        tenant: filter.tenant ?? null,
        since: filter.since ?? null,
        until: filter.until ?? null,
        afterAt,
        afterId,
        limit: first,
      },
    );
    const row = rows[0]!;
    return { events: row.events as AuditEvent[], total: row.total as number };
  }
}
