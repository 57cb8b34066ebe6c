/** The Cypher of stored needs: a need of a tenant with its facts and matched tasks. */
import { randomUUID } from "node:crypto";
import type { Decomposition } from "../../domain/intake.js";
import type { NeedInput } from "../../domain/need.js";
import type { Executor, Transaction } from "../executor.js";
import { ENTITY_LABEL } from "../model.js";

export type NeedTaskLink = Readonly<{ taskId: string; rank: number; score: number; confidence: number }>;
export type StoredNeed = Readonly<{
  id: string;
  input: NeedInput;
  decompositionVersion: string;
  createdAt: string;
  tasks: NeedTaskLink[];
}>;

/** Need facts as node properties (Neo4j properties are scalars or lists of scalars). */
const toProps = (need: NeedInput) => ({
  text: need.text,
  title: need.title,
  requestedWorkerTypeId: need.requestedWorkerTypeId,
  durationWeeks: need.durationWeeks,
  ongoing: need.ongoing,
  hoursPerWeek: need.hoursPerWeek,
  headcount: need.headcount,
  startBy: need.startBy,
  location: need.location,
  remoteAllowed: need.remoteAllowed,
  budgetAmount: need.budget?.amount ?? null,
  budgetCurrency: need.budget?.currency ?? null,
  dataSensitivity: need.dataSensitivity,
  regulated: need.regulated,
  outcomeDescription: need.outcomeDescription,
});

function fromRow(row: Record<string, unknown>): StoredNeed {
  const p = row.need as Record<string, unknown>;
  const input = {
    text: p.text,
    title: p.title ?? null,
    requestedWorkerTypeId: p.requestedWorkerTypeId ?? null,
    durationWeeks: p.durationWeeks ?? null,
    ongoing: p.ongoing ?? null,
    hoursPerWeek: p.hoursPerWeek ?? null,
    headcount: p.headcount ?? null,
    startBy: p.startBy ?? null,
    location: p.location ?? null,
    remoteAllowed: p.remoteAllowed ?? null,
    budget: p.budgetAmount == null ? null : { amount: p.budgetAmount, currency: p.budgetCurrency },
    dataSensitivity: p.dataSensitivity ?? null,
    regulated: p.regulated ?? null,
    outcomeDescription: p.outcomeDescription ?? null,
  } as NeedInput;
  return {
    id: p.id as string,
    input,
    decompositionVersion: p.decompositionVersion as string,
    createdAt: p.createdAt as string,
    tasks: (row.tasks as NeedTaskLink[]).sort((a, b) => a.rank - b.rank),
  };
}

export class NeedRepository {
  /** Needs belong to one tenant and are visible to it alone; `tenant` null sees none. */
  constructor(
    private readonly executor: Executor,
    private readonly tenant: string | null,
  ) {}

  /** Written inside the caller's unit of work, beside its audit event. */
  async create(tx: Transaction, need: NeedInput, decomposition: Decomposition): Promise<StoredNeed> {
    const id = `need:${randomUUID()}`;
    const rows = await tx.run(
      `CREATE (n:Need:${ENTITY_LABEL} {id: $id})
       SET n += $props, n.tenant = $tenant, n.decompositionVersion = $version, n.status = 'OPEN', n.source = 'api',
           n.createdAt = datetime(), n.updatedAt = datetime(), n.version = 1
       WITH n
       CALL (n) {
         UNWIND $tasks AS match
         MATCH (t:Task {id: match.taskId})
         CREATE (n)-[:MATCHED {rank: match.rank, score: match.score, confidence: match.confidence}]->(t)
       }
       CALL (n) {
         MATCH (w:WorkerType {id: $requested})
         CREATE (n)-[:REQUESTED]->(w)
       }
       RETURN n {.*} AS need,
              [(n)-[m:MATCHED]->(t:Task) | {taskId: t.id, rank: m.rank, score: m.score, confidence: m.confidence}] AS tasks`,
      {
        id,
        tenant: this.tenant,
        props: toProps(need),
        version: decomposition.version,
        requested: need.requestedWorkerTypeId,
        tasks: decomposition.tasks.map((t, i) => ({ taskId: t.id, rank: i + 1, score: t.score, confidence: t.confidence })),
      },
    );
    return fromRow(rows[0]!);
  }

  async byId(id: string): Promise<StoredNeed | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** One round trip for many needs (the DataLoader batch); in the order of `ids`, null where absent or another tenant's. */
  async byIds(ids: readonly string[]): Promise<Array<StoredNeed | null>> {
    const rows = await this.executor.read(
      `UNWIND $ids AS id
       MATCH (n:Need {id: id}) WHERE n.tenant = $tenant
       RETURN n {.*} AS need,
              [(n)-[m:MATCHED]->(t:Task) | {taskId: t.id, rank: m.rank, score: m.score, confidence: m.confidence}] AS tasks`,
      { ids, tenant: this.tenant },
    );
    const found = new Map(rows.map((row) => [(row.need as { id: string }).id, fromRow(row)]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
