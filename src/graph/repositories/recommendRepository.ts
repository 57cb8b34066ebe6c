/**
 * The Cypher of recommendation: worker types with their fit and channels, and the precedents that share tasks
 * with a need.
 */
import type { PrecedentData, WorkerTypeData } from "../../domain/evidence.js";
import type { Executor } from "../executor.js";

export type RecommendationEvidence = Readonly<{
  workerTypes: WorkerTypeData[];
  precedents: PrecedentData[];
  traits: Array<Readonly<{ id: string; name: string }>>;
}>;

/** Precedents considered per recommendation: those sharing the most tasks with the need. */
const PRECEDENT_CANDIDATES = 200;

/**
 * A precedent comes back as a list in this order rather than a map: 200 maps, each repeating every key,
 * cost more to build, send and decode than the rest of the statement (on O*NET with 100,000 cases, the
 * statement took 22 ms this way against 69 ms as maps). The filters run once per case, after counting.
 */
const PRECEDENT_COLUMNS = [
  ["id", "p.id"],
  ["name", "p.name"],
  ["durationWeeks", "p.durationWeeks"],
  ["ongoing", "p.ongoing"],
  ["regulated", "p.regulated"],
  ["dataSensitivity", "p.dataSensitivity"],
  ["remoteAllowed", "p.remoteAllowed"],
  ["rating", "p.rating"],
  ["costVariancePct", "p.costVariancePct"],
  ["needChanged", "p.needChanged"],
  ["issues", "p.issues"],
  ["taskIds", "[(p)-[:INVOLVED_TASK]->(t:Task) | t.id]"],
  ["workerTypeId", "head([(p)-[:ENGAGED]->(w:WorkerType) | w.id])"],
  ["channelId", "head([(p)-[:SOURCED_THROUGH]->(c:Channel) | c.id])"],
  ["requestedWorkerTypeId", "head([(p)-[:REQUESTED]->(w:WorkerType) | w.id])"],
] as const;

export class RecommendRepository {
  /** `tenants`: whose precedents count as evidence (the request's own and the shared pool). */
  constructor(
    private readonly executor: Executor,
    private readonly tenants: readonly string[],
  ) {}

  /** Worker types with their fit and channels, and the precedents that share tasks with the need: one round trip. */
  /** `withTraits`: also the active traits, for a caller that has not read them already. */
  async evidence(taskIds: readonly string[], withTraits = true): Promise<RecommendationEvidence> {
    const rows = await this.executor.read(
      `CALL () {
         MATCH (w:WorkerType) WHERE w.status = 'ACTIVE'
         RETURN collect({
           id: w.id, name: w.name,
           suits: [(w)-[s:SUITS]->(t:Trait) WHERE t.status = 'ACTIVE' | [t.id, s.weight]],
           channels: [(w)-[:SOURCED_VIA]->(c:Channel) WHERE c.status = 'ACTIVE' |
             c {.id, .name, .typicalDaysToStart, .relativeCost, .minEngagementWeeks, .maxEngagementWeeks, .offshore, .availability}]
         }) AS workerTypes
       }
       CALL () {
         UNWIND $taskIds AS taskId
         MATCH (:Task {id: taskId})<-[:INVOLVED_TASK]-(p)
         WITH p, count(*) AS shared
         WHERE p:PrecedentCase AND p.status = 'ACTIVE' AND p.tenant IN $tenants
         WITH p, shared ORDER BY shared DESC, p.id LIMIT toInteger($limit)
         RETURN collect([${PRECEDENT_COLUMNS.map(([, expression]) => expression).join(", ")}]) AS precedents
       }
       CALL () {
         MATCH (t:Trait) WHERE $withTraits AND t.status = 'ACTIVE'
         RETURN collect(t {.id, .name}) AS traits
       }
       RETURN workerTypes, precedents, traits`,
      { taskIds, limit: PRECEDENT_CANDIDATES, tenants: this.tenants, withTraits },
    );
    const row = rows[0]!;
    const workerTypes = (row.workerTypes as Array<Omit<WorkerTypeData, "suits"> & { suits: Array<[string, number]> }>)
      .map((w) => ({
        ...w,
        suits: Object.fromEntries(w.suits),
        channels: [...w.channels].sort((a, b) => a.id.localeCompare(b.id)),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const precedents = (row.precedents as unknown[][]).map((values) => {
      const p = Object.fromEntries(PRECEDENT_COLUMNS.map(([key], i) => [key, values[i]])) as PrecedentData;
      return {
        ...p,
        costVariancePct: p.costVariancePct ?? 0,
        needChanged: p.needChanged ?? false,
        issues: p.issues ?? [],
      };
    });
    return { workerTypes, precedents, traits: row.traits as RecommendationEvidence["traits"] };
  }
}
