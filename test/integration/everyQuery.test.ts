/** The read fields no other file calls for its data, each over HTTP as a client would, and the audit log's filter. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type GraphQLResult, startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let steward: Client;
const ACTIVITY_ID = `wa:test-every-query-${process.pid}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own shape from an inline document
function ask(client: Client, source: string, variables?: Record<string, unknown>): Promise<GraphQLResult<any>> {
  return client.request(parse(source) as TypedDocumentNode<unknown, Record<string, unknown>>, variables);
}

beforeAll(async () => {
  api = await startTestApi();
  steward = await api.as("STEWARD");
  // The seed has no work activities (O*NET's come with its import): one of this file's own, through the API.
  const created = await ask(
    steward,
    `mutation($id: ID!) { createNode(input: { kind: WorkActivity, id: $id, level: GWA, name: "Zz analysing ledgers ${process.pid}", description: "A test work activity." }) { id } }`,
    { id: ACTIVITY_ID },
  );
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await api.executor.write("MATCH (w:WorkActivity {id: $id}) DETACH DELETE w", { id: ACTIVITY_ID });
  await api.stop();
});

describe("one node by id", () => {
  it("channel: its fields and the worker types it serves; NOT_FOUND for an id of nothing", async () => {
    const { data, errors } = await ask(api, `{ channel(id: "ch:direct-hire") { id name relativeCost typicalDaysToStart workerTypes { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.channel).toMatchObject({ id: "ch:direct-hire", name: expect.any(String) });
    expect(data.channel.relativeCost).toBeGreaterThan(0);
    expect(data.channel.workerTypes.map((w: { id: string }) => w.id)).toContain("wt:employee");
    const missing = await ask(api, `{ channel(id: "ch:nothing") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("outcome: the tasks contributing to it", async () => {
    const { data, errors } = await ask(api, `{ outcome(id: "outcome:accurate-financial-close") { id name tasks { id businessFunction } } }`);
    expect(errors).toBeUndefined();
    expect(data.outcome.tasks.length).toBeGreaterThan(0);
    expect(data.outcome.tasks.map((t: { businessFunction: string }) => t.businessFunction)).toContain("finance");
  });

  it("trait: tasks by weight and the worker types it suits", async () => {
    const { data, errors } = await ask(api, `{ trait(id: "trait:repetitive") { id tasks(first: 10) { weight task { id } } suitedBy { weight workerType { id } } } }`);
    expect(errors).toBeUndefined();
    const weights = data.trait.tasks.map((t: { weight: number }) => t.weight);
    expect(weights.length).toBeGreaterThan(0);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(data.trait.suitedBy.length).toBeGreaterThan(0);
  });

  it("workerType: its channels and the traits it suits, with signed weights", async () => {
    const { data, errors } = await ask(api, `{ workerType(id: "wt:employee") { id channels { id } suits { weight trait { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data.workerType.channels.map((c: { id: string }) => c.id)).toContain("ch:direct-hire");
    for (const { weight } of data.workerType.suits) expect(Math.abs(weight)).toBeLessThanOrEqual(1);
  });

  it("workActivity: a steward's own, found by id and by name in the list", async () => {
    const one = await ask(api, `{ workActivity(id: "${ACTIVITY_ID}") { id level broader { id } narrower { id } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.workActivity).toEqual({ id: ACTIVITY_ID, level: "GWA", broader: null, narrower: [] });
    const list = await ask(api, `{ workActivities(first: 5, filter: { text: "analysing ledgers ${process.pid}" }) { totalCount edges { node { id } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data.workActivities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ACTIVITY_ID]);
  });
});

describe("lists", () => {
  it("occupations: filtered by text and related task, each page within its size", async () => {
    const byText = await ask(api, `{ occupations(first: 5, filter: { text: "financial analyst" }) { totalCount edges { node { id name } } } }`);
    expect(byText.errors).toBeUndefined();
    expect(byText.data.occupations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain("occ:financial-analyst");
    const all = await ask(api, `{ occupations(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(all.data.occupations.edges).toHaveLength(3);
    expect(all.data.occupations.totalCount).toBeGreaterThan(byText.data.occupations.totalCount);
    expect(all.data.occupations.pageInfo.hasNextPage).toBe(true);
  });

  it("outcomes: only those a task contributes to, with relatedTo", async () => {
    const task = await ask(api, `{ task(id: "task:hr-run-monthly-payroll") { outcomes { id } } }`);
    const expected = task.data.task.outcomes.map((o: { id: string }) => o.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const related = await ask(api, `{ outcomes(first: 50, filter: { relatedTo: "task:hr-run-monthly-payroll" }) { totalCount edges { node { id } } } }`);
    expect(related.errors).toBeUndefined();
    expect(related.data.outcomes.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(expected);
    expect(related.data.outcomes.totalCount).toBe(expected.length);
  });

  it("skills: a text filter finds the skill by its name", async () => {
    const { data, errors } = await ask(api, `{ skills(first: 10, filter: { text: "data analysis" }) { totalCount edges { node { id name } } } }`);
    expect(errors).toBeUndefined();
    expect(data.skills.edges.map((e: { node: { id: string } }) => e.node.id)).toContain("skill:data-analysis");
  });
});

describe("the audit log's filter", () => {
  it("returns only the events matching every given field, newest first", async () => {
    const tenant = `audit-filter-${process.pid}`;
    const viewer = await api.as("VIEWER", tenant);
    for (let i = 0; i < 2; i++) {
      const refused = await viewer.request(parse(`mutation { publishRelease(notes: "not mine") { number } }`) as TypedDocumentNode<unknown, never>);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    // An ADMIN reads the audit log of its own tenant.
    const admin = await api.as("ADMIN", tenant);
    const query = `query($filter: AuditFilterInput) { auditEvents(first: 10, filter: $filter) { totalCount edges { node { actorId operation outcome at tenant } } } }`;
    const mine = await ask(admin, query, { filter: { actorId: viewer.keyId, outcome: "DENIED", operation: "Mutation.publishRelease" } });
    expect(mine.errors).toBeUndefined();
    const events = mine.data.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(mine.data.auditEvents.totalCount).toBe(2);
    for (const event of events) expect(event).toMatchObject({ actorId: viewer.keyId, operation: "Mutation.publishRelease", outcome: "DENIED" });
    const times = events.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    const allowed = await ask(admin, query, { filter: { actorId: viewer.keyId, outcome: "OK" } });
    expect(allowed.data.auditEvents.totalCount).toBe(0);
    const future = await ask(admin, query, { filter: { actorId: viewer.keyId, since: "2999-01-01T00:00:00Z" } });
    expect(future.data.auditEvents.totalCount).toBe(0);
  });
});
