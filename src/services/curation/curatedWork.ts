/** A curation step as one transaction with its audit event and change-feed entries. */
import type { Transaction } from "../../graph/executor.js";
import type { Idempotency } from "../../graph/idempotency.js";
import type { ChangeFeedRepository } from "../../graph/repositories/changeFeedRepository.js";
import type { UnitOfWork } from "../../graph/unitOfWork.js";
import type { Applied } from "./taxonomyWriter.js";

/**
 * A unit of work on the taxonomy: the change, its AuditEvent and its change-feed entries in one
 * transaction. The feed is locked before anything is read (see ChangeFeedRepository), so taxonomy
 * writes run one after another and each reads what the previous one committed.
 */
export class CuratedWork {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly feed: ChangeFeedRepository,
    private readonly actorId: string,
  ) {}

  run<R>(
    operation: string,
    idempotency: Idempotency,
    work: (tx: Transaction, lastSequence: number) => Promise<Applied<R>>,
  ): Promise<R> {
    return this.unitOfWork.run(operation, idempotency, async (tx) => {
      const lastSequence = await this.feed.lock(tx);
      const applied = await work(tx, lastSequence);
      await this.feed.append(tx, applied.changes, this.actorId, operation);
      return { result: applied.result, targetIds: applied.targetIds, before: applied.before, after: applied.after };
    });
  }
}
