/** A mutation and its audit event in one transaction, with idempotency keys replayed; refusals recorded too. */
import type { Principal } from "../domain/principal.js";
import { ConflictError } from "../errors.js";
import type { Executor, Transaction } from "./executor.js";
import type { AuditRepository, Replay } from "./repositories/auditRepository.js";

export type Actor = Readonly<{ principal: Principal; requestId: string }>;

/** What a unit of work changed: its answer, and what the audit log keeps of it. */
export type Change<T> = Readonly<{ result: T; targetIds: readonly string[]; before?: unknown; after?: unknown }>;

/**
 * Every mutation runs here: the change and its AuditEvent in one transaction, so neither can exist
 * without the other. The driver retries a transaction on transient errors, which is safe because a
 * rolled-back attempt leaves nothing behind; an idempotency key makes a retried *request* safe too:
 * the second run finds the first one's event and answers what it answered, changing nothing.
 */
export class UnitOfWork {
  constructor(
    private readonly executor: Executor,
    private readonly audit: AuditRepository,
    private readonly actor: Actor,
  ) {}

  async run<T>(operation: string, idempotencyKey: string | null | undefined, work: (tx: Transaction) => Promise<Change<T>>): Promise<T> {
    const { principal, requestId } = this.actor;
    try {
      return await this.executor.writeTransaction(async (tx) => {
        if (idempotencyKey) {
          const earlier = await this.audit.replay(tx, principal.id, idempotencyKey);
          if (earlier) return answer<T>(earlier, operation);
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
          idempotencyKey: idempotencyKey ?? null,
          result: change.result,
          message: null,
        });
        return change.result;
      });
    } catch (error) {
      // Two requests with the same key at once: the second commit hits the unique key; answer as the first did.
      if (idempotencyKey && error instanceof ConflictError) {
        const earlier = await this.executor.readTransaction((tx) => this.audit.replay(tx, principal.id, idempotencyKey));
        if (earlier) return answer<T>(earlier, operation);
      }
      throw error;
    }
  }

  /** Records an attempt that was refused; nothing else is written. */
  async denied(operation: string, message: string): Promise<void> {
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
      result: null,
      message,
    });
  }
}

function answer<T>(earlier: NonNullable<Replay>, operation: string): T {
  if (earlier.operation !== operation) {
    throw new ConflictError(`The idempotency key was already used for ${earlier.operation}`, { field: "idempotencyKey" });
  }
  return earlier.result as T;
}
