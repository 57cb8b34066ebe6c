import { expect } from "vitest";
import {
  type NeedInput,
  RecommendChannelsDocument,
  type RecommendChannelsQuery,
  RecordDecisionDocument,
  type RecordDecisionInput,
  type RecordDecisionMutation,
  RecordOutcomeDocument,
  type RecordOutcomeInput,
  type RecordOutcomeMutation,
  SubmitNeedDocument,
} from "../../schema/generated/operations.js";
import type { Client, GraphQLResult, TestApi } from "./harness.js";

export type Recommendation = RecommendChannelsQuery["recommendChannels"];
export type RecordedDecision = RecordDecisionMutation["recordDecision"];
export type RecordedOutcome = RecordOutcomeMutation["recordOutcome"];

/** The README's example need. */
export const README_NEED: NeedInput = {
  text: "I need a full-time analyst to pull the weekly sales numbers from three systems and send the board pack",
  requestedWorkerTypeId: "wt:employee",
};

/** The data of a result that must have no errors. */
export function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

export async function submitNeed(client: Client, input: NeedInput = README_NEED): Promise<string> {
  return ok(await client.request(SubmitNeedDocument, { input })).submitNeed.need.id;
}

/** Every option (limit 20) of the recommendation for a stored need. */
export async function recommendFor(client: Client, needId: string): Promise<Recommendation> {
  return ok(await client.request(RecommendChannelsDocument, { input: { needId, limit: 20 } })).recommendChannels;
}

export async function decide(client: Client, input: RecordDecisionInput): Promise<RecordedDecision> {
  return ok(await client.request(RecordDecisionDocument, { input })).recordDecision;
}

export async function recordOutcome(client: Client, input: RecordOutcomeInput): Promise<RecordedOutcome> {
  return ok(await client.request(RecordOutcomeDocument, { input })).recordOutcome;
}

/** Ids of the precedents a recommendation cites, in any option. */
export const cited = (rec: Recommendation) => new Set(rec.options.flatMap((o) => o.precedents.map((p) => p.precedent.id)));

/** What the loop writes for these tenants, counted straight from the graph. */
export async function tenantData(api: TestApi, tenants: readonly string[]): Promise<Record<string, unknown>> {
  const rows = await api.executor.read(
    `MATCH (n) WHERE (n:Need OR n:Decision OR n:PrecedentCase) AND n.tenant IN $tenants
     RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions, sum(count { (n)--() }) AS degree`,
    { tenants },
  );
  return rows[0]!;
}

/** Removes the needs, decisions and precedents of these tenants; audit events stay (the log is append-only). */
export async function removeTenantData(api: TestApi, tenants: readonly string[]): Promise<void> {
  await api.executor.write("MATCH (n) WHERE (n:Need OR n:Decision OR n:PrecedentCase) AND n.tenant IN $tenants DETACH DELETE n", {
    tenants,
  });
}
