/**
 * The Cypher of intake: full-text and vector retrieval of candidate tasks, skills, occupations and
 * outcomes, and the graph evidence of the candidates.
 */
import type { Named, OccupationTask, Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { Executor } from "../executor.js";
import { FULLTEXT } from "../model.js";
import { VECTOR_STORE } from "../vectorModel.js";

export type ClauseQuery = Readonly<{ index: number; query: string }>;
export type ClauseVector = Readonly<{ index: number; vector: readonly number[] }>;
/** What full-text retrieval needs: words only, so it can run while the sentence vectors are computed. */
export type TextRetrievalRequest = Readonly<{
  clauses: readonly ClauseQuery[];
  /** Lucene query over skill names, or null. */
  skills: string | null;
  /** Lucene query over occupation titles (the need's title, or a short need), or null. */
  occupations: string | null;
  /** Lucene query over outcomes (the outcome the manager described), or null. */
  outcomes: string | null;
  perClause: number;
  requestedWorkerTypeId: string | null;
  /** Occupations of these taxonomies only (their `source`), or null for all. */
  occupationSources: readonly string[] | null;
}>;
export type VectorRetrievalRequest = Readonly<{
  /** The clauses' sentence vectors, searched in the task vector index. */
  clauseVectors: readonly ClauseVector[];
  /** Sentence vectors of the need's title and of its work text, searched in the occupation vector index. */
  titleVector: readonly number[] | null;
  textVector: readonly number[] | null;
  /** Neighbours asked of the vector index per query; more than are kept, as deprecated nodes are skipped. */
  vectorK: number;
  /** Vector neighbours kept per clause. */
  semanticPerClause: number;
  /** Occupations kept per vector query. */
  occupationsPerVector: number;
}>;
type VectorHits = Pick<Retrieval, "semanticHits" | "semanticOccupations">;
type TextHits = Omit<Retrieval, keyof VectorHits>;
const NO_VECTOR_HITS: VectorHits = { semanticHits: [], semanticOccupations: [] };

const OCCUPATION_TASKS = 40;
/** All of an occupation's tasks: an O*NET occupation has at most 40, an ESCO one those of each of its matches. */
const IMPLIED_TASKS = 200;
/** With ESCO (3,658 occupations) beside O*NET (1,016), a filtered occupation search keeps about a fifth of its neighbours. */
const OTHER_TAXONOMY_OVERFETCH = 4;

/**
 * The tasks an occupation lends a title prior to: its own, or, for an occupation of a taxonomy without
 * tasks (ESCO), those of the occupations the crosswalk says are the same or nearly (exact, close).
 */
const tasksOf = (occupation: string) => `(CASE WHEN EXISTS { (${occupation})-[:INCLUDES_TASK]->(:Task) }
  THEN [(${occupation})-[:INCLUDES_TASK]->(t:Task) WHERE t.status = 'ACTIVE' | t.id]
  ELSE [(${occupation})-[m:MATCHES]-(:Occupation)-[:INCLUDES_TASK]->(t:Task) WHERE m.matchType IN ['EXACT', 'CLOSE'] AND t.status = 'ACTIVE' | t.id]
  END)[0..toInteger($occupationTasks)]`;
const inSources = (occupation: string) => `($occupationSources IS NULL OR ${occupation}.source IN $occupationSources)`;
const PRECEDENT_SAMPLE = 100;
/**
 * Lucene returns this many times `perClause` hits per clause, best first. Without a limit it yields
 * every task sharing any word with the clause (thousands on O*NET: "develop", "test"), each then read
 * and sorted in Cypher, which made retrieval the slowest statement. The margin keeps the result the
 * same as unlimited: the top hits by (score, id) after the status filter fall inside it unless more
 * than 3 * perClause tasks tie on the cut-off score or are inactive.
 */
const LUCENE_OVERFETCH = 4;

/**
 * Statements that run side by side, each in its own transaction: Neo4j runs a statement on one thread,
 * so on a machine of two cores two of them take about half the time of one (vector queries, about 2 ms
 * each, and the evidence of 200 to 300 candidates are the long parts).
 */
const PARALLEL_STATEMENTS = 2;
/** Below this many tasks a second statement's round trip costs more than it saves. */
const SPLIT_EVIDENCE_FROM = 40;

/** `items` in `parts` runs of nearly equal length, in order (empty runs left out). */
function runs<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, part) => items.slice(part * size, (part + 1) * size)).filter((run) => run.length > 0);
}

/** The Cypher of intake: retrieval of candidates (full-text, then vector), then their evidence. */
export class IntakeRepository {
  /** `tenants`: whose precedents count as evidence (the request's own and the shared pool). */
  constructor(
    private readonly executor: Executor,
    private readonly tenants: readonly string[],
  ) {}

  /**
   * The full-text statement starts at once; the vector statements when `vectors` arrive (null: none),
   * so the sentence model and the full-text search run at the same time.
   */
  async retrieve(request: TextRetrievalRequest, vectors: Promise<VectorRetrievalRequest | null>): Promise<Retrieval> {
    const [byText, byVector] = await Promise.all([
      this.retrieveByText(request),
      vectors.then((v) => (v ? this.retrieveByVector(v, request.occupationSources) : NO_VECTOR_HITS)),
    ]);
    return { ...byText, ...byVector };
  }

  private async retrieveByText(request: TextRetrievalRequest): Promise<TextHits> {
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
         WHERE node.status = 'ACTIVE' AND ${inSources("node")}
         WITH node, score ORDER BY score DESC, node.id LIMIT 3
         RETURN collect({id: node.id, name: node.name, score: score,
           taskIds: ${tasksOf("node")}
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
        occupationSources: request.occupationSources,
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

  /** The clauses' vector queries split over parallel statements, the first also asking for occupations; hits in clause order. */
  private async retrieveByVector(request: VectorRetrievalRequest, occupationSources: readonly string[] | null): Promise<VectorHits> {
    const parts = runs(request.clauseVectors, PARALLEL_STATEMENTS);
    const rows = await Promise.all(
      (parts.length > 0 ? parts : [[]]).map((clauseVectors, part) =>
        this.executor.read(
          `CALL () {
             UNWIND $clauseVectors AS clause
             CALL (clause) {
               CALL db.index.vector.queryNodes($taskVectorIndex, toInteger($vectorK), clause.vector) YIELD node, score
               MATCH (t:Task {id: node.ownerId}) WHERE t.status = 'ACTIVE'
               RETURN t.id AS id, score ORDER BY score DESC, id LIMIT toInteger($semanticPerClause)
             }
             RETURN collect({clause: clause.index, id: id, score: 2 * score - 1}) AS semanticHits
           }
           CALL () {
             UNWIND [q IN [{via: 'TITLE', vector: $titleVector}, {via: 'TEXT', vector: $textVector}] WHERE q.vector IS NOT NULL] AS q
             CALL (q) {
               CALL db.index.vector.queryNodes($occupationVectorIndex, toInteger($occupationK), q.vector) YIELD node, score
               MATCH (o:Occupation {id: node.ownerId}) WHERE o.status = 'ACTIVE' AND ${inSources("o")}
               RETURN o, score ORDER BY score DESC, o.id LIMIT toInteger($occupationsPerVector)
             }
             RETURN collect({via: q.via, id: o.id, name: o.name, score: 2 * score - 1,
               taskIds: ${tasksOf("o")}
             }) AS semanticOccupations
           }
           RETURN semanticHits, semanticOccupations`,
          {
            clauseVectors,
            titleVector: part === 0 ? request.titleVector : null,
            textVector: part === 0 ? request.textVector : null,
            vectorK: request.vectorK,
            semanticPerClause: request.semanticPerClause,
            occupationsPerVector: request.occupationsPerVector,
            taskVectorIndex: VECTOR_STORE.Task.index,
            occupationVectorIndex: VECTOR_STORE.Occupation.index,
            occupationSources,
            // Other taxonomies' occupations take neighbour slots the filter then drops: ask for more.
            occupationK: occupationSources ? request.vectorK * OTHER_TAXONOMY_OVERFETCH : request.vectorK,
            occupationTasks: OCCUPATION_TASKS,
          },
        ),
      ),
    );
    return {
      semanticHits: rows.flatMap((r) => r[0]!.semanticHits as Retrieval["semanticHits"]),
      semanticOccupations: rows[0]![0]!.semanticOccupations as Retrieval["semanticOccupations"],
    };
  }

  /**
   * Everything the scoring needs about the candidate tasks, in one wave (two statements side by side for many). The precedent sample
   * stops at its size: a task of a large pool has thousands of cases, and a slice would read them all.
   */
  async evidence(taskIds: readonly string[]): Promise<TaskEvidence[]> {
    const statements = taskIds.length >= SPLIT_EVIDENCE_FROM ? PARALLEL_STATEMENTS : 1;
    const parts = await Promise.all(runs(taskIds, statements).map((ids) => this.evidenceOf(ids)));
    return parts.flat();
  }

  private async evidenceOf(taskIds: readonly string[]): Promise<TaskEvidence[]> {
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
              COLLECT { MATCH (p:PrecedentCase)-[:INVOLVED_TASK]->(t) WHERE p.tenant IN $tenants RETURN p.id LIMIT toInteger($precedents) } AS precedentIds`,
      { ids: taskIds, precedents: PRECEDENT_SAMPLE, tenants: this.tenants },
    );
    return rows as unknown as TaskEvidence[];
  }

  /**
   * The active tasks of these occupations (for one of a taxonomy without tasks, ESCO, those of the occupations
   * the crosswalk says are the same or nearly), with what says how usual each is.
   */
  async occupationTasks(occupationIds: readonly string[]): Promise<OccupationTask[]> {
    if (occupationIds.length === 0) return [];
    const rows = await this.executor.read(
      `UNWIND $ids AS occupationId
       MATCH (o:Occupation {id: occupationId})
       UNWIND ${tasksOf("o")} AS taskId
       WITH DISTINCT occupationId, taskId
       MATCH (t:Task {id: taskId})
       RETURN occupationId, t.id AS id, t.name AS name, t.businessFunction AS businessFunction,
              coalesce(t.keywords, []) AS keywords, coalesce(t.altLabels, []) AS altLabels,
              t.onetImportance AS importance, t.taskType AS taskType,
              [(x:Occupation)-[:INCLUDES_TASK]->(t) WHERE x.status = 'ACTIVE' | x {.id, .name}] AS occupations`,
      { ids: occupationIds, occupationTasks: IMPLIED_TASKS },
    );
    return rows as unknown as OccupationTask[];
  }
}
