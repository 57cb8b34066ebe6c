import { composeServices } from "@apollo/composition";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner } from "@apollo/query-planner";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../src/graphql/federation.js";
import { startTestApi, type TestApi } from "./harness.js";
import { executePlan } from "./federationPlan.js";

/** A second, tiny subgraph: who works on which task; Workgraph knows the rest of the task. */
const STAFFING_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Assignment { person: String! currentTask: Task! }
  type Task @key(fields: "id", resolvable: false) { id: ID! }
  type Query { assignments: [Assignment!]! }
`);
const ASSIGNMENTS = [
  { person: "Ada", currentTask: { __typename: "Task", id: "task:finance-reconcile-bank-accounts" } },
  { person: "Grace", currentTask: { __typename: "Task", id: "task:hr-run-monthly-payroll" } },
];
const staffing = buildSubgraphSchema({ typeDefs: STAFFING_SDL, resolvers: { Query: { assignments: () => ASSIGNMENTS } } });

describe("Workgraph as a Federation 2 subgraph", () => {
  let api: TestApi;
  let viewerToken: string;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: "production" });
    viewerToken = (await api.as("VIEWER")).token;
  });
  afterAll(() => api.stop());

  const post = async (query: string, variables: Record<string, unknown> = {}, token: string | null = viewerToken) => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions: { code: string } }> };
  };

  it("publishes its SDL with @key on the shared kinds, even with introspection off", async () => {
    const { data } = await post("{ _service { sdl } }");
    const sdl = (data!._service as { sdl: string }).sdl;
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs.apollo.dev\/federation\/v2.3"/);
    for (const type of ENTITY_TYPES) expect(sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));
  });

  it("refuses the SDL and the entities to anonymous callers in production, as it refuses introspection", async () => {
    const sdl = await post("{ _service { sdl } }", {}, null);
    expect(sdl.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const entities = await post('{ _entities(representations: [{ __typename: "Task", id: "task:hr-run-monthly-payroll" }]) { ... on Task { name } } }', {}, null);
    expect(entities.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("resolves entities through the request's loader: one round trip for many, null for a wrong kind or id", async () => {
    const document = parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id name } ... on Skill { id } } }`);
    const representations = [
      { __typename: "Task", id: "task:hr-run-monthly-payroll" },
      { __typename: "Task", id: "task:finance-reconcile-bank-accounts" },
      { __typename: "Skill", id: "task:hr-run-monthly-payroll" },
      { __typename: "Task", id: "task:no-such-task" },
    ];
    const { result, queries } = await api.countQueries(document as never, { r: representations } as never);
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toEqual([
      { id: "task:hr-run-monthly-payroll", name: expect.any(String) },
      { id: "task:finance-reconcile-bank-accounts", name: expect.any(String) },
      null,
      null,
    ]);
    expect(queries).toBe(1);
  });

  it("composes with a second subgraph, and a query across both gets its tasks' names and skills from Workgraph", async () => {
    const { data } = await post("{ _service { sdl } }");
    const composition = composeServices([
      { name: "workgraph", url: api.url, typeDefs: parse((data!._service as { sdl: string }).sdl) },
      { name: "staffing", url: "in-process", typeDefs: STAFFING_SDL },
    ]);
    expect(composition.errors).toBeUndefined();
    const supergraph = Supergraph.build(composition.supergraphSdl!);
    const query = parse("{ assignments { person currentTask { id name skills { importance skill { name } } } } }");
    const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, query));
    const services: string[] = [];
    const result = await executePlan(plan, async (serviceName, operation, variables) => {
      services.push(serviceName);
      if (serviceName === "staffing") {
        const answer = await execute({ schema: staffing, document: parse(operation), variableValues: variables });
        expect(answer.errors).toBeUndefined();
        return answer.data as Record<string, unknown>;
      }
      const answer = await post(operation, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    });
    expect(services).toEqual(["staffing", "workgraph"]);
    const assignments = result.assignments as Array<{ person: string; currentTask: { id: string; name: string; skills: unknown[] } }>;
    expect(assignments.map((a) => [a.person, a.currentTask.id])).toEqual(ASSIGNMENTS.map((a) => [a.person, a.currentTask.id]));
    for (const { currentTask } of assignments) {
      expect(currentTask.name.length).toBeGreaterThan(3);
      expect(currentTask.skills.length).toBeGreaterThan(0);
      expect(currentTask.skills[0]).toMatchObject({ importance: expect.any(Number), skill: { name: expect.any(String) } });
    }
  });
});
