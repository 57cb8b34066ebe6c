/** A mutation and its audit event in one transaction, with idempotency keys replayed; refusals recorded too. */
import type { Principal } from "../domain/principal.js";
import { ConflictError } from "../errors.js";
import type { Executor, Transaction } from "./executor.js";
import { type Idempotency, idempotencyScope, requestHash } from "./idempotency.js";
import type { AuditRepository, Replay } from "./repositories/auditRepository.js";

export type Actor = Readonly<{ principal: Principal; requestId: string }>;

/** What a unit of work changed: its answer, and what the audit log keeps of it. */
export type Change<T> = Readonly<{ result: T; targetIds: readonly string[]; before?: unknown; after?: unknown }>;

/**
 * Every mutation runs here: the change and its AuditEvent in one transaction, so neither can exist
 * without the other. The driver retries a transaction on transient errors, which is safe because a
 * rolled-back attempt leaves nothing behind; an idempotency key makes a retried *request* safe too:
 * the second run finds the first one's event and answers what it answered, changing nothing. The
 * event keeps a hash of the request, so the same key sent with different input is a CONFLICT, not a
 * silent replay of another request's answer.
 */
export class UnitOfWork {
  /** The refusal recorded for this request, if any: later refused fields share it. */
  private refusal: Promise<void> | null = null;

  constructor(
    private readonly executor: Executor,
    private readonly audit: AuditRepository,
    private readonly actor: Actor,
  ) {}

  async run<T>(operation: string, idempotency: Idempotency, work: (tx: Transaction) => Promise<Change<T>>): Promise<T> {
    const { principal, requestId } = this.actor;
    const scope = idempotencyScope(principal, idempotency.key);
    const idempotencyKey = scope === null ? null : idempotency.key!.trim();
    const hash = scope === null ? null : requestHash(operation, idempotency.request);
    try {
      return await this.executor.writeTransaction(async (tx) => {
        if (scope) {
          const earlier = await this.audit.replay(tx, scope);
          if (earlier) return answer<T>(earlier, operation, hash);
        }
        const change = await work(tx);
        await this.audit.record(tx, {
          actorId: principal.id,
          actorKind: principal.kind,
          role: principal.role,
          tenant: principal.tenant,
          operation,
          targetIds: change.targetIds,
          before: change.before,
          after: change.after,
          requestId,
          outcome: "OK",
          idempotencyKey,
          idempotencyScope: scope,
          requestHash: hash,
          result: change.result,
          message: null,
        });
        return change.result;
      });
    } catch (error) {
      // Two requests with the same key at once: the second commit hits the unique key; answer as the first did.
      if (scope && error instanceof ConflictError) {
        const earlier = await this.executor.readTransaction((tx) => this.audit.replay(tx, scope));
        if (earlier) return answer<T>(earlier, operation, hash);
      }
      throw error;
    }
  }

  /**
   * Records an attempt that was refused; nothing else is written. One event per refused request, not
   * per field: a request naming 40 forbidden fields must not cost 40 writes (this is per request).
   */
  denied(operation: string, message: string): Promise<void> {
    this.refusal ??= this.recordRefusal(operation, message);
    return this.refusal;
  }

  private async recordRefusal(operation: string, message: string): Promise<void> {
    const { principal, requestId } = this.actor;
    await this.audit.recordDenied({
      actorId: principal.id,
      actorKind: principal.kind,
      role: principal.role,
      tenant: principal.tenant,
      operation,
      targetIds: [],
      before: null,
      after: null,
      requestId,
      outcome: "DENIED",
      idempotencyKey: null,
      idempotencyScope: null,
      requestHash: null,
      result: null,
      message,
    });
  }
}

function answer<T>(earlier: NonNullable<Replay>, operation: string, hash: string | null): T {
  if (earlier.operation !== operation) {
    throw new ConflictError(`The idempotency key was already used for ${earlier.operation}`, { field: "idempotencyKey" });
  }
  if (earlier.requestHash !== hash) {
    throw new ConflictError("The idempotency key was already used with a different request; use a new key for a new request", {
      field: "idempotencyKey",
    });
  }
  return earlier.result as T;
}
