/** The Cypher of the decision loop: decisions with the advice shown, outcomes, and the sums their statistics need. */
import { z } from "zod";
import type {
  AdvisedOption,
  DecisionFilter,
  MatchedTaskFunction,
  Outcome,
  ScoredRoute,
  StatsGroup,
} from "../../domain/decision.js";
import type { Executor, Transaction } from "../executor.js";
import { DECISION_LABEL, DECISION_RELATIONS, ENTITY_LABEL, NEED_LABEL, RELATIONS } from "../model.js";

export type DecisionOutcomeRecord = Readonly<Outcome & { recordedAt: string; recordedBy: string }>;

export type DecisionRecord = Readonly<{
  id: string;
  tenant: string;
  needId: string;
  workerTypeId: string;
  channelId: string;
  rationale: string | null;
  override: boolean;
  decidedBy: string;
  decidedAt: string;
  /** The top recommendation when the decision was taken; null when every option was excluded. */
  advised: ScoredRoute | null;
  decidedRank: number | null;
  decidedScore: number | null;
  decidedExcluded: boolean;
  rulesEvaluated: number;
  firedRules: string[];
  decompositionVersion: string | null;
  /** The ranked options as shown, best first, then those a rule excluded. */
  options: AdvisedOption[];
  outcome: DecisionOutcomeRecord | null;
  precedentId: string | null;
}>;

export type NewDecision = Omit<DecisionRecord, "id" | "tenant" | "decidedAt" | "outcome" | "precedentId">;

/** What recordDecision must know before it writes, read in its transaction. */
export type DecisionCheck = Readonly<{
  needFound: boolean;
  /** The version of the method that decomposed the need, kept with the decision. */
  decompositionVersion: string | null;
  existingDecisionId: string | null;
  /** null: no node has the id. */
  workerTypeStatus: string | null;
  channelStatus: string | null;
  sources: boolean;
}>;

export type OutcomeContext = Readonly<{ decision: DecisionRecord; tasks: MatchedTaskFunction[] }>;
const D = DECISION_LABEL;
const R = DECISION_RELATIONS;

/** The list's filter; a decision's own tenant only. */
const DECISION_FILTER = `d.tenant = $tenant
         AND ($needId IS NULL OR d.needId = $needId)
         AND ($override IS NULL OR d.override = $override)
         AND ($hasOutcome IS NULL OR (d.rating IS NOT NULL) = $hasOutcome)`;
const decisionFilterParams = (tenant: string | null, filter: DecisionFilter) => ({
  tenant,
  needId: filter.needId,
  override: filter.override,
  hasOutcome: filter.hasOutcome,
});
const TASK = RELATIONS.precedentTask;
const SOURCED_VIA = RELATIONS.sourcedVia;
const WORKER_TYPE = SOURCED_VIA.from;
const CHANNEL = SOURCED_VIA.to;
/** Stored at millisecond precision, so a keyset cursor (an ISO string) matches it exactly. */
const NOW = "datetime.truncate('millisecond', datetime())";

/** Neo4j properties cannot hold lists of maps: the snapshot of the options is stored as JSON text. */
const storedOptions = z.array(
  z.object({
    rank: z.number().int().nullable(),
    workerTypeId: z.string(),
    channelId: z.string(),
    score: z.number(),
    excluded: z.boolean(),
  }),
);

/** Scalars as they are; the top recommendation flattened; the snapshot as JSON. */
function toProps({ advised, options, ...scalars }: NewDecision): Record<string, unknown> {
  return {
    ...scalars,
    advisedWorkerTypeId: advised?.workerTypeId ?? null,
    advisedChannelId: advised?.channelId ?? null,
    advisedScore: advised?.score ?? null,
    optionsJson: JSON.stringify(options),
  };
}

/** A decision's outcome under the seed precedents' property names (notes as `outcomeNotes`). */
const outcomeProps = ({ notes, ...outcome }: Outcome): Record<string, unknown> => ({ ...outcome, outcomeNotes: notes });

function fromProps(p: Record<string, unknown>): DecisionRecord {
  const options = storedOptions.safeParse(JSON.parse(String(p.optionsJson ?? "[]")));
  if (!options.success) throw new Error(`Decision ${String(p.id)} has an unreadable options snapshot`);
  return {
    id: p.id as string,
    tenant: p.tenant as string,
    needId: p.needId as string,
    workerTypeId: p.workerTypeId as string,
    channelId: p.channelId as string,
    rationale: (p.rationale as string | undefined) ?? null,
    override: p.override as boolean,
    decidedBy: p.decidedBy as string,
    decidedAt: p.decidedAt as string,
    advised:
      p.advisedWorkerTypeId == null
        ? null
        : { workerTypeId: p.advisedWorkerTypeId as string, channelId: p.advisedChannelId as string, score: p.advisedScore as number },
    decidedRank: (p.decidedRank as number | undefined) ?? null,
    decidedScore: (p.decidedScore as number | undefined) ?? null,
    decidedExcluded: (p.decidedExcluded as boolean | undefined) ?? false,
    rulesEvaluated: (p.rulesEvaluated as number | undefined) ?? 0,
    firedRules: (p.firedRules as string[] | undefined) ?? [],
    decompositionVersion: (p.decompositionVersion as string | undefined) ?? null,
    options: options.data,
    outcome:
      p.rating == null
        ? null
        : {
            rating: p.rating as number,
            costVariancePct: p.costVariancePct as number,
            daysToStart: p.daysToStart as number,
            needChanged: p.needChanged as boolean,
            issues: (p.issues as string[] | undefined) ?? [],
            notes: (p.outcomeNotes as string | undefined) ?? "",
            recordedAt: p.outcomeRecordedAt as string,
            recordedBy: p.outcomeRecordedBy as string,
          },
    precedentId: (p.precedentId as string | undefined) ?? null,
  };
}

/**
 * Decisions belong to one tenant and are visible to it alone: every statement filters on the
 * tenant this repository was built for (`null` sees none), so an id from another tenant reads as absent.
 */
export class DecisionRepository {
  constructor(
    private readonly executor: Executor,
    private readonly tenant: string | null,
  ) {}

  async check(tx: Transaction, needId: string, workerTypeId: string, channelId: string): Promise<DecisionCheck> {
    const rows = await tx.run(
      `OPTIONAL MATCH (n:${NEED_LABEL} {id: $needId}) WHERE n.tenant = $tenant
       OPTIONAL MATCH (existing:${D} {needId: $needId}) WHERE existing.tenant = $tenant
       OPTIONAL MATCH (w:${WORKER_TYPE} {id: $workerTypeId})
       OPTIONAL MATCH (c:${CHANNEL} {id: $channelId})
       RETURN n IS NOT NULL AS needFound, n.decompositionVersion AS decompositionVersion, existing.id AS existingDecisionId,
              w.status AS workerTypeStatus, c.status AS channelStatus,
              CASE WHEN w IS NULL OR c IS NULL THEN false ELSE EXISTS { (w)-[:${SOURCED_VIA.type}]->(c) } END AS sources`,
      { needId, workerTypeId, channelId, tenant: this.tenant },
    );
    return rows[0] as DecisionCheck;
  }

  async create(tx: Transaction, id: string, decision: NewDecision): Promise<DecisionRecord> {
    const rows = await tx.run(
      `MATCH (n:${NEED_LABEL} {id: $needId}) WHERE n.tenant = $tenant
       MATCH (w:${WORKER_TYPE} {id: $workerTypeId})
       MATCH (c:${CHANNEL} {id: $channelId})
       CREATE (d:${D}:${ENTITY_LABEL} {id: $id})
       SET d += $props, d.needId = n.id, d.tenant = $tenant, d.decidedAt = ${NOW}, d.version = 1
       CREATE (d)-[:${R.forNeed}]->(n), (d)-[:${R.chose}]->(w), (d)-[:${R.through}]->(c)
       RETURN d {.*} AS decision`,
      {
        id,
        needId: decision.needId,
        workerTypeId: decision.workerTypeId,
        channelId: decision.channelId,
        tenant: this.tenant,
        props: toProps(decision),
      },
    );
    return fromProps(rows[0]!.decision as Record<string, unknown>);
  }

  /** The decision with the tasks of its need, for recording its outcome. */
  async outcomeContext(tx: Transaction, decisionId: string): Promise<OutcomeContext | null> {
    const rows = await tx.run(
      `MATCH (d:${D} {id: $id}) WHERE d.tenant = $tenant
       RETURN d {.*} AS decision,
              [(d)-[:${R.forNeed}]->(:${NEED_LABEL})-[m:${R.needTask}]->(t:${TASK.to}) | {rank: m.rank, businessFunction: t.businessFunction}] AS tasks`,
      { id: decisionId, tenant: this.tenant },
    );
    const row = rows[0];
    return row ? { decision: fromProps(row.decision as Record<string, unknown>), tasks: row.tasks as MatchedTaskFunction[] } : null;
  }

  /**
   * Stores the outcome on the decision and creates the tenant's PrecedentCase, linked as the seed's
   * cases are: to the need's matched tasks, the worker type engaged, the channel and the worker type requested.
   */
  async recordOutcome(
    tx: Transaction,
    decisionId: string,
    outcome: Outcome,
    recordedBy: string,
    precedentId: string,
    precedent: Record<string, unknown>,
  ): Promise<{ decision: DecisionRecord; precedent: Record<string, unknown> }> {
    const rows = await tx.run(
      `MATCH (d:${D} {id: $decisionId}) WHERE d.tenant = $tenant
       MATCH (d)-[:${R.forNeed}]->(n:${NEED_LABEL})
       SET d += $outcome, d.precedentId = $precedentId, d.outcomeRecordedAt = ${NOW}, d.outcomeRecordedBy = $recordedBy,
           d.version = d.version + 1
       CREATE (p:${TASK.from}:${ENTITY_LABEL} {id: $precedentId})
       SET p += $precedent, p.tenant = $tenant, p.decisionId = d.id, p.createdAt = datetime(), p.updatedAt = datetime(), p.version = 1
       CREATE (p)-[:${R.fromDecision}]->(d)
       WITH d, n, p
       CALL (n, p) { MATCH (n)-[:${R.needTask}]->(t:${TASK.to}) CREATE (p)-[:${TASK.type}]->(t) }
       CALL (d, p) { MATCH (d)-[:${R.chose}]->(w:${WORKER_TYPE}) CREATE (p)-[:${RELATIONS.precedentWorkerType.type}]->(w) }
       CALL (d, p) { MATCH (d)-[:${R.through}]->(c:${CHANNEL}) CREATE (p)-[:${RELATIONS.precedentChannel.type}]->(c) }
       CALL (n, p) { MATCH (n)-[:${R.needRequested}]->(w:${WORKER_TYPE}) CREATE (p)-[:${RELATIONS.precedentRequested.type}]->(w) }
       RETURN d {.*} AS decision, p {.*} AS precedent`,
      { decisionId, tenant: this.tenant, outcome: outcomeProps(outcome), recordedBy, precedentId, precedent },
    );
    const row = rows[0]!;
    return { decision: fromProps(row.decision as Record<string, unknown>), precedent: row.precedent as Record<string, unknown> };
  }

  /** In the order of `ids`, null where absent or another tenant's (a DataLoader batch). */
  byIds(ids: readonly string[]): Promise<Array<DecisionRecord | null>> {
    return this.lookup("id", ids);
  }

  /** The decision on each need, in the order of `needIds` (the batch behind `Need.decision`). */
  byNeedIds(needIds: readonly string[]): Promise<Array<DecisionRecord | null>> {
    return this.lookup("needId", needIds);
  }

  /** `key` is one of two property names fixed in code, never a value from a request. */
  private async lookup(key: "id" | "needId", values: readonly string[]): Promise<Array<DecisionRecord | null>> {
    const rows = await this.executor.read(
      `UNWIND $values AS value
       MATCH (d:${D} {${key}: value}) WHERE d.tenant = $tenant
       RETURN d {.*} AS decision`,
      { values, tenant: this.tenant },
    );
    const found = new Map(rows.map((row) => fromProps(row.decision as Record<string, unknown>)).map((d) => [d[key], d]));
    return values.map((value) => found.get(value) ?? null);
  }

  /** Newest first, a keyset page after (decidedAt, id), read in order and stopped at `limit`. */
  async list(filter: DecisionFilter, limit: number, after: Readonly<{ decidedAt: string; id: string }> | null): Promise<DecisionRecord[]> {
    const rows = await this.executor.read(
      `MATCH (d:${D}) WHERE ${DECISION_FILTER}
         AND ($afterAt IS NULL OR d.decidedAt < datetime($afterAt) OR (d.decidedAt = datetime($afterAt) AND d.id < $afterId))
       RETURN d {.*} AS decision
       ORDER BY d.decidedAt DESC, d.id DESC
       LIMIT toInteger($limit)`,
      { ...decisionFilterParams(this.tenant, filter), afterAt: after?.decidedAt ?? null, afterId: after?.id ?? null, limit },
    );
    return rows.map((row) => fromProps(row.decision as Record<string, unknown>));
  }

  /** How many decisions match the filter, for `totalCount`. */
  async count(filter: DecisionFilter): Promise<number> {
    const rows = await this.executor.read(`MATCH (d:${D}) WHERE ${DECISION_FILTER} RETURN count(d) AS total`, decisionFilterParams(this.tenant, filter));
    return rows[0]!.total as number;
  }

  /** Counts and sums per kind (followed or overridden); means are worked out by the service. */
  async stats(): Promise<StatsGroup[]> {
    const rows = await this.executor.read(
      `MATCH (d:${D}) WHERE d.tenant = $tenant
       RETURN d.override AS override, count(d) AS decisions, count(d.rating) AS withOutcome,
              sum(coalesce(d.rating, 0)) AS ratingSum, sum(coalesce(d.costVariancePct, 0)) AS costVarianceSum`,
      { tenant: this.tenant },
    );
    return rows as unknown as StatsGroup[];
  }
}
