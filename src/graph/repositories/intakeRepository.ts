/**
 * The Cypher of intake: full-text retrieval of candidate tasks, skills, occupations and outcomes, and the
 * graph evidence of the candidates.
 */
import type { Named, Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { Executor } from "../executor.js";
import { FULLTEXT } from "../model.js";

export type ClauseQuery = Readonly<{ index: number; query: string }>;
export type RetrievalRequest = Readonly<{
  clauses: readonly ClauseQuery[];
  /** Lucene query over skill names, or null. */
  skills: string | null;
  /** Lucene query over occupation titles (the need's title, or a short need), or null. */
  occupations: string | null;
  /** Lucene query over outcomes (the outcome the manager described), or null. */
  outcomes: string | null;
  perClause: number;
  requestedWorkerTypeId: string | null;
}>;

const OCCUPATION_TASKS = 40;
const PRECEDENT_SAMPLE = 100;
/**
 * Lucene returns this many times `perClause` hits per clause, best first. Without a limit it yields
 * every task sharing any word with the clause (thousands on O*NET: "develop", "test"), each then read
 * and sorted in Cypher, which made retrieval the slowest statement. The margin keeps the result the
 * same as unlimited: the top hits by (score, id) after the status filter fall inside it unless more
 * than 3 * perClause tasks tie on the cut-off score or are inactive.
 */
const LUCENE_OVERFETCH = 4;

/** The Cypher of intake: two round trips, one to retrieve candidates and one to gather their evidence. */
export class IntakeRepository {
  /** `tenants`: whose precedents count as evidence (the request's own and the shared pool). */
  constructor(
    private readonly executor: Executor,
    private readonly tenants: readonly string[],
  ) {}

  async retrieve(request: RetrievalRequest): Promise<Retrieval> {
    const rows = await this.executor.read(
      `CALL () {
         UNWIND $clauses AS clause
         CALL (clause) {
           CALL db.index.fulltext.queryNodes($taskIndex, clause.query, {limit: toInteger($perClause * $overfetch)}) YIELD node, score
           WHERE node.status = 'ACTIVE'
           RETURN node, score ORDER BY score DESC, node.id LIMIT toInteger($perClause)
         }
         RETURN collect({clause: clause.index, id: node.id, score: score}) AS taskHits
       }
       CALL () {
         WITH $skills AS query WHERE query IS NOT NULL
         CALL db.index.fulltext.queryNodes($skillIndex, query) YIELD node, score
         WHERE node.status = 'ACTIVE'
         WITH node, score ORDER BY score DESC, node.id LIMIT 10
         RETURN collect({id: node.id, score: score}) AS skillHits
       }
       CALL () {
         WITH $occupations AS query WHERE query IS NOT NULL
         CALL db.index.fulltext.queryNodes($occupationIndex, query) YIELD node, score
         WHERE node.status = 'ACTIVE'
         WITH node, score ORDER BY score DESC, node.id LIMIT 3
         RETURN collect({id: node.id, name: node.name, score: score,
           taskIds: [(node)-[:INCLUDES_TASK]->(t:Task) WHERE t.status = 'ACTIVE' | t.id][0..toInteger($occupationTasks)]
         }) AS occupationHits
       }
       CALL () {
         WITH $outcomes AS query WHERE query IS NOT NULL
         CALL db.index.fulltext.queryNodes($outcomeIndex, query) YIELD node, score
         WHERE node.status = 'ACTIVE'
         WITH node, score ORDER BY score DESC, node.id LIMIT 5
         RETURN collect({id: node.id, name: node.name, score: score}) AS outcomeHits
       }
       CALL () {
         MATCH (t:Trait) WHERE t.status = 'ACTIVE'
         RETURN collect(t {.id, .name}) AS traits
       }
       OPTIONAL MATCH (requested:WorkerType {id: $requestedWorkerTypeId})
       RETURN taskHits, skillHits, occupationHits, outcomeHits, traits, requested {.id, .name} AS requestedWorkerType`,
      {
        clauses: request.clauses,
        skills: request.skills,
        occupations: request.occupations,
        outcomes: request.outcomes,
        perClause: request.perClause,
        overfetch: LUCENE_OVERFETCH,
        requestedWorkerTypeId: request.requestedWorkerTypeId,
        occupationTasks: OCCUPATION_TASKS,
        taskIndex: FULLTEXT.tasks,
        skillIndex: FULLTEXT.skills,
        occupationIndex: FULLTEXT.occupationTitles,
        outcomeIndex: FULLTEXT.outcomes,
      },
    );
    const row = rows[0]!;
    return {
      taskHits: row.taskHits as Retrieval["taskHits"],
      skillHits: row.skillHits as Retrieval["skillHits"],
      occupationHits: row.occupationHits as Retrieval["occupationHits"],
      outcomeHits: row.outcomeHits as Retrieval["outcomeHits"],
      traits: row.traits as Named[],
      requestedWorkerType: (row.requestedWorkerType as Named | null) ?? null,
    };
  }

  /** Everything the scoring needs about the candidate tasks, in one round trip. */
  async evidence(taskIds: readonly string[]): Promise<TaskEvidence[]> {
    if (taskIds.length === 0) return [];
    const rows = await this.executor.read(
      `UNWIND $ids AS id
       MATCH (t:Task {id: id})
       RETURN t.id AS id, t.name AS name, t.description AS description,
              coalesce(t.keywords, []) AS keywords, coalesce(t.altLabels, []) AS altLabels,
              t.businessFunction AS businessFunction,
              [(o:Occupation)-[:INCLUDES_TASK]->(t) WHERE o.status = 'ACTIVE' | o {.id, .name}] AS occupations,
              [(t)-[r:REQUIRES_SKILL]->(s:Skill) WHERE s.status = 'ACTIVE' | s {.id, .name, importance: r.importance}] AS skills,
              [(t)-[:CONTRIBUTES_TO]->(x:Outcome) WHERE x.status = 'ACTIVE' | x {.id, .name}] AS outcomes,
              [(t)-[r:HAS_TRAIT]->(x:Trait) WHERE x.status = 'ACTIVE' | x {.id, .name, weight: r.weight}] AS traits,
              [(p:PrecedentCase)-[:INVOLVED_TASK]->(t) WHERE p.tenant IN $tenants | p.id][0..toInteger($precedents)] AS precedentIds`,
      { ids: taskIds, precedents: PRECEDENT_SAMPLE, tenants: this.tenants },
    );
    return rows as unknown as TaskEvidence[];
  }
}
