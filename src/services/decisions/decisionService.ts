/** The decision loop: decisions beside the advice shown, outcomes that become precedents, lists and statistics. */
import DataLoader from "dataloader";
import { randomUUID } from "node:crypto";
import { decisionFilterSchema } from "../../domain/decision.js";
import { parseInput } from "../../domain/input.js";
import type { Principal } from "../../domain/principal.js";
import { AppError, BadInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { DecisionRecord, DecisionRepository } from "../../graph/repositories/decisionRepository.js";
import type { NeedRepository } from "../../graph/repositories/needRepository.js";
import type { UnitOfWork } from "../../graph/unitOfWork.js";
import { checkPageSize, decodeDateCursor, encodeCursor } from "../paging.js";
import { MAX_OPTIONS, type RecommendService } from "../recommend/recommendService.js";
import { adviceFor, requireRationale } from "./advice.js";
import { recordDecisionSchema, recordOutcomeSchema } from "./decisionInput.js";
import { precedentProps } from "./precedent.js";
import { type DecisionStats, decisionStats } from "./stats.js";

export type DecisionListPage = Readonly<{ decisions: DecisionRecord[]; totalCount: () => Promise<number>; cursors: string[]; hasNextPage: boolean }>;
export type RecordedOutcome = Readonly<{ decision: DecisionRecord; precedentId: string }>;

/**
 * The decision loop: a person's decision on a need, stored beside the advice shown at that moment,
 * and its outcome, which becomes a precedent of the tenant that the next recommendation cites.
 * One instance per request: its loaders cache that request's reads and are bound to its tenant.
 */
export class DecisionService {
  private readonly byId: DataLoader<string, DecisionRecord | null>;
  private readonly byNeed: DataLoader<string, DecisionRecord | null>;

  constructor(
    private readonly decisions: DecisionRepository,
    private readonly needs: NeedRepository,
    private readonly recommendations: RecommendService,
    private readonly unitOfWork: UnitOfWork,
    private readonly principal: Principal,
    private readonly maxPageSize: number,
  ) {
    this.byId = new DataLoader((ids) => decisions.byIds(ids));
    this.byNeed = new DataLoader((needIds) => decisions.byNeedIds(needIds));
  }

  /**
   * Checks run inside the unit of work, after its idempotency replay: a retried request answers what
   * the first answered even if the advice has moved since (a new precedent can turn a followed
   * decision into an override). Another tenant's need reads as absent: NOT_FOUND, never FORBIDDEN.
   */
  async record(raw: unknown): Promise<DecisionRecord> {
    const { idempotencyKey, ...input } = parseInput(recordDecisionSchema, raw);
    this.requireTenant();
    const work = this.unitOfWork.run("recordDecision", { key: idempotencyKey, request: input }, async (tx) => {
      const check = await this.decisions.check(tx, input.needId, input.workerTypeId, input.channelId);
      if (!check.needFound) throw new NotFoundError("Need", input.needId);
      if (check.existingDecisionId) {
        throw new ConflictError(`Need "${input.needId}" is already decided (decision "${check.existingDecisionId}"); a need is decided once`, {
          field: "input.needId",
          decisionId: check.existingDecisionId,
        });
      }
      if (check.workerTypeStatus !== "ACTIVE") throw unusable("workerTypeId", "worker type", input.workerTypeId, check.workerTypeStatus);
      if (check.channelStatus !== "ACTIVE") throw unusable("channelId", "channel", input.channelId, check.channelStatus);
      if (!check.sources) {
        throw new BadInputError(`input.channelId: worker type "${input.workerTypeId}" is not sourced through channel "${input.channelId}"`, {
          field: "input.channelId",
        });
      }
      // Every option, so the decided one has its rank and score even when it is far down the list.
      const shown = await this.recommendations.recommend({ needId: input.needId, limit: MAX_OPTIONS });
      const advice = adviceFor({ ...shown.recommendation, rulesEvaluated: shown.rulesEvaluated }, input);
      requireRationale(advice.override, input.rationale);
      const { top, ...shownBeside } = advice;
      const decision = await this.decisions.create(tx, `decision:${randomUUID()}`, {
        needId: input.needId,
        workerTypeId: input.workerTypeId,
        channelId: input.channelId,
        rationale: input.rationale,
        decidedBy: this.principal.id,
        decompositionVersion: check.decompositionVersion,
        advised: top,
        ...shownBeside,
      });
      return { result: decision, targetIds: [decision.id, decision.needId], after: decision };
    });
    return raced(work, `Need "${input.needId}" is already decided; a need is decided once`, "input.needId");
  }

  /** One outcome per decision; it becomes a PrecedentCase of the tenant (`source: "decision"`). */
  async recordOutcome(raw: unknown): Promise<RecordedOutcome> {
    const { decisionId, idempotencyKey, ...outcome } = parseInput(recordOutcomeSchema, raw);
    this.requireTenant();
    const work = this.unitOfWork.run("recordOutcome", { key: idempotencyKey, request: { decisionId, ...outcome } }, async (tx) => {
      const context = await this.decisions.outcomeContext(tx, decisionId);
      if (!context) throw new NotFoundError("Decision", decisionId);
      const before = context.decision;
      if (before.outcome) {
        throw new ConflictError(`Decision "${decisionId}" already has its outcome (precedent "${before.precedentId}")`, {
          field: "input.decisionId",
          precedentId: before.precedentId,
        });
      }
      // Needs are never changed after they are stored, so reading it beside the transaction is safe.
      const need = await this.needs.byId(before.needId);
      if (!need) throw new NotFoundError("Need", before.needId);
      const precedentId = `prec:${randomUUID()}`;
      const precedent = precedentProps(need.input, context.tasks, before.decidedAt, outcome);
      const written = await this.decisions.recordOutcome(tx, decisionId, outcome, this.principal.id, precedentId, precedent);
      return {
        result: { decision: written.decision, precedentId },
        targetIds: [decisionId, precedentId],
        before,
        after: { decision: written.decision, precedent: written.precedent },
      };
    });
    return raced(work, `Decision "${decisionId}" already has its outcome`, "input.decisionId");
  }

  async decision(id: string): Promise<DecisionRecord> {
    const decision = await this.byId.load(id);
    if (!decision) throw new NotFoundError("Decision", id);
    return decision;
  }

  /** The decision on a need of the caller's tenant, or null while it is undecided. */
  forNeed(needId: string): Promise<DecisionRecord | null> {
    return this.byNeed.load(needId);
  }

  async list(rawFilter: unknown, first: number, after: string | null): Promise<DecisionListPage> {
    checkPageSize(first, this.maxPageSize);
    const filter = parseInput(decisionFilterSchema, rawFilter ?? {}, "filter");
    // The cursor is a keyset position: (decidedAt, id), newest first.
    const position = after ? decodeDateCursor(after) : null;
    const found = await this.decisions.list(filter, first + 1, position && { decidedAt: position.key, id: position.id });
    const decisions = found.slice(0, first);
    return {
      decisions,
      totalCount: () => this.decisions.count(filter),
      cursors: decisions.map((d) => encodeCursor(d.decidedAt, d.id)),
      hasNextPage: found.length > first,
    };
  }

  async stats(): Promise<DecisionStats> {
    return decisionStats(await this.decisions.stats());
  }

  private requireTenant(): void {
    if (!this.principal.tenant) throw new AppError("FORBIDDEN", "Decisions belong to a tenant: this needs a principal with a tenant");
  }
}

/**
 * Two requests racing past the in-transaction check meet a unique constraint (one decision per
 * need, one precedent per decision); the loser gets the same CONFLICT as a later request would.
 */
async function raced<T>(work: Promise<T>, message: string, field: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ConflictError && error.details.field === undefined) throw new ConflictError(message, { field });
    throw error;
  }
}

function unusable(field: string, kind: string, id: string, status: string | null): BadInputError {
  const why = status === null ? `no ${kind} has the id "${id}"` : `${kind} "${id}" is ${status.toLowerCase()}`;
  return new BadInputError(`input.${field}: ${why}`, { field: `input.${field}` });
}
