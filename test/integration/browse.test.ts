import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NodeByIdDocument,
  PrecedentCasesDocument,
  SearchDocument,
  SkillTreeDocument,
  TaskByIdDocument,
  TasksWithDetailsDocument,
  type TasksWithDetailsQuery,
  WorkerTypesWithFitDocument,
} from "../../schema/generated/operations.js";
import { TAXONOMY_LABELS } from "../../src/domain/taxonomy.js";
import { typedQuery } from "../../src/services/lucene.js";
import { type GraphQLResult, startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
const DEPRECATED_ID = `task:test-browse-deprecated-${process.pid}`;

beforeAll(async () => {
  api = await startTestApi();
  // A deprecated task of this file's own, to check lists hide it unless asked.
  await api.executor.write(
    `CREATE (t:Task:Entity {id: $id, name: 'Zz deprecated browse task', description: 'Replaced long ago.',
       status: 'DEPRECATED', source: 'test', version: 1, createdAt: datetime(), updatedAt: datetime(),
       keywords: [], altLabels: []})`,
    { id: DEPRECATED_ID },
  );
});

afterAll(async () => {
  await api.executor.write("MATCH (t:Task {id: $id}) DETACH DELETE t", { id: DEPRECATED_ID });
  await api.stop();
});

describe("task connections", () => {
  it("pages forward with stable cursors, no gaps and no repeats", async () => {
    const all = await api.request(TasksWithDetailsDocument, { first: 100 });
    expect(all.errors).toBeUndefined();
    const total = all.data!.tasks.totalCount;
    expect(total).toBeGreaterThanOrEqual(150);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result: GraphQLResult<TasksWithDetailsQuery> = await api.request(TasksWithDetailsDocument, { first: 40, after });
      expect(result.errors).toBeUndefined();
      const tasks = result.data!.tasks;
      expect(tasks.totalCount).toBe(total);
      seen.push(...tasks.edges.map((e) => e.node.id));
      if (!tasks.pageInfo.hasNextPage) break;
      after = tasks.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("returns each task with its skills, outcomes and traits, weights included", async () => {
    const { data } = await api.request(TasksWithDetailsDocument, { first: 30 });
    for (const { node } of data!.tasks.edges) {
      expect(node.skills.length).toBeGreaterThan(0);
      expect(node.outcomes.length).toBeGreaterThan(0);
      expect(node.traits.length).toBeGreaterThan(0);
      for (const { importance } of node.skills) expect(importance).toBeGreaterThanOrEqual(0);
      const weights = node.traits.map((t) => t.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
  });

  it("filters by text, business function and a related node", async () => {
    const byText = await api.request(TasksWithDetailsDocument, { first: 50, filter: { text: "BOARD PACK" } });
    expect(byText.data!.tasks.totalCount).toBeGreaterThan(0);
    for (const { node } of byText.data!.tasks.edges) expect(node.name.toLowerCase()).toMatch(/board pack|board/);

    const finance = await api.request(TasksWithDetailsDocument, { first: 100, filter: { businessFunction: "finance" } });
    expect(finance.data!.tasks.totalCount).toBeGreaterThanOrEqual(10);
    expect(new Set(finance.data!.tasks.edges.map((e) => e.node.businessFunction))).toEqual(new Set(["finance"]));

    const skillId = finance.data!.tasks.edges[0]!.node.skills[0]!.skill.id;
    const related = await api.request(TasksWithDetailsDocument, { first: 100, filter: { relatedTo: skillId } });
    expect(related.data!.tasks.totalCount).toBeGreaterThan(0);
    for (const { node } of related.data!.tasks.edges) expect(node.skills.map((s) => s.skill.id)).toContain(skillId);
  });

  it("hides deprecated nodes unless asked", async () => {
    const filter = { text: "zz deprecated browse task" };
    const hidden = await api.request(TasksWithDetailsDocument, { filter });
    expect(hidden.data!.tasks.totalCount).toBe(0);
    const included = await api.request(TasksWithDetailsDocument, { filter: { ...filter, includeDeprecated: true } });
    expect(included.data!.tasks.edges.map((e) => e.node.id)).toEqual([DEPRECATED_ID]);
    const only = await api.request(TasksWithDetailsDocument, { filter: { ...filter, status: "DEPRECATED" } });
    expect(only.data!.tasks.totalCount).toBe(1);
  });

  it("refuses a page larger than the maximum with BAD_USER_INPUT", async () => {
    const result = await api.request(TasksWithDetailsDocument, { first: 101 });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ["tasks"], extensions: { code: "BAD_USER_INPUT", field: "first", max: 100 } });
  });

  it("refuses a forged cursor with BAD_USER_INPUT", async () => {
    const result = await api.request(TasksWithDetailsDocument, { first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(result.errors?.[0]).toMatchObject({ path: ["tasks"], extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });
});

describe("lookups by id", () => {
  it("finds a task by id with its occupations and precedents", async () => {
    const { data: list } = await api.request(PrecedentCasesDocument, { first: 1 });
    const taskId = list!.precedentCases.edges[0]!.node.tasks[0]!.id;
    const { data, errors } = await api.request(TaskByIdDocument, { id: taskId });
    expect(errors).toBeUndefined();
    expect(data!.task).toMatchObject({ id: taskId, status: "ACTIVE" });
    expect(data!.task.version).toBeGreaterThanOrEqual(1);
    expect(data!.task.occupations.length).toBeGreaterThan(0);
    expect(data!.task.precedents.length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for an unknown task id, with the path", async () => {
    const result = await api.request(TaskByIdDocument, { id: "task:does-not-exist" });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Task "task:does-not-exist" was not found',
        path: ["task"],
        extensions: { code: "NOT_FOUND", kind: "Task", id: "task:does-not-exist" },
      }),
    ]);
  });

  it("answers NOT_FOUND when the id belongs to another kind", async () => {
    const { data: wt } = await api.request(WorkerTypesWithFitDocument);
    const result = await api.request(TaskByIdDocument, { id: wt!.workerTypes.edges[0]!.node.id });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("resolves node(id) to the right type, and null for an unknown id", async () => {
    const { data: wt } = await api.request(WorkerTypesWithFitDocument);
    const id = wt!.workerTypes.edges[0]!.node.id;
    expect((await api.request(NodeByIdDocument, { id })).data!.node).toMatchObject({ __typename: "WorkerType", id });
    const missing = await api.request(NodeByIdDocument, { id: "nope:nothing" });
    expect(missing).toMatchObject({ data: { node: null }, errors: undefined });
  });

  it("walks the skill hierarchy both ways", async () => {
    const { data } = await api.request(SearchDocument, { query: "spreadsheets", kinds: ["Skill"], first: 5 });
    const broad = data!.search[0]!.node.id;
    const tree = await api.request(SkillTreeDocument, { id: broad });
    const narrower = tree.data!.skill.narrower;
    expect(narrower.length).toBeGreaterThan(0);
    const child = await api.request(SkillTreeDocument, { id: narrower[0]!.id });
    expect(child.data!.skill.broader.map((s) => s.id)).toContain(broad);
  });
});

describe("worker types and precedents", () => {
  it("gives every worker type a fit to traits and at least one channel", async () => {
    const { data } = await api.request(WorkerTypesWithFitDocument);
    expect(data!.workerTypes.totalCount).toBeGreaterThanOrEqual(10);
    for (const { node } of data!.workerTypes.edges) {
      expect(node.suits.length).toBeGreaterThan(3);
      expect(node.channels.length).toBeGreaterThan(0);
      expect(node.suits.some((s) => s.weight < 0)).toBe(true);
    }
  });

  it("serves precedents marked as synthetic demonstration data with facts and outcomes", async () => {
    const { data } = await api.request(PrecedentCasesDocument, { first: 50 });
    expect(data!.precedentCases.totalCount).toBeGreaterThanOrEqual(200);
    for (const { node } of data!.precedentCases.edges) {
      expect(node.source).toBe("synthetic-demo");
      expect(node.outcome.rating).toBeGreaterThanOrEqual(1);
      expect(node.workerType).not.toBeNull();
      expect(node.channel).not.toBeNull();
      expect(node.tasks.length).toBeGreaterThan(0);
    }
  });
});

describe("search", () => {
  it("finds typed hits ranked by score", async () => {
    const { data, errors } = await api.request(SearchDocument, { query: "payroll", first: 10 });
    expect(errors).toBeUndefined();
    expect(data!.search.length).toBeGreaterThan(0);
    const scores = data!.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data!.search.some((h) => /payroll/i.test(`${h.node.name} ${h.node.description}`))).toBe(true);
  });

  it("pages the same hits, in the same order, as ranking every match by score then id", async () => {
    const ranked = await api.executor.read(
      `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
       WHERE node.status = 'ACTIVE' AND any(label IN labels(node) WHERE label IN $labels)
       RETURN node.id AS id ORDER BY score DESC, node.id`,
      { query: typedQuery("data management", "query"), labels: TAXONOMY_LABELS },
    );
    expect(ranked.length).toBeGreaterThan(12);
    for (const first of [1, 5, 12]) {
      const { data, errors } = await api.request(SearchDocument, { query: "data management", first });
      expect(errors).toBeUndefined();
      expect(data!.search.map((h) => h.node.id)).toEqual(ranked.slice(0, first).map((row) => row.id));
    }
  });

  it("keeps to the kinds asked for", async () => {
    const { data } = await api.request(SearchDocument, { query: "data", kinds: ["Skill", "Outcome"], first: 20 });
    expect(data!.search.length).toBeGreaterThan(0);
    expect(new Set(data!.search.map((h) => h.kind))).toSatisfy((kinds: Set<string>) =>
      [...kinds].every((k) => k === "Skill" || k === "Outcome"),
    );
  });

  it.each([
    'payroll AND (tax OR "year',
    "title:x^3 ~ * ? \\",
    "' OR 1=1 //",
    "MATCH (n) DETACH DELETE n",
    "]]]]}}}}",
    "   ",
  ])("treats hostile text %j as plain words", async (query) => {
    const { data, errors } = await api.request(SearchDocument, { query, first: 5 });
    expect(errors).toBeUndefined();
    expect(Array.isArray(data!.search)).toBe(true);
  });

  it("refuses more than 100 results", async () => {
    const { errors } = await api.request(SearchDocument, { query: "data", first: 101 });
    expect(errors?.[0]).toMatchObject({ path: ["search"], extensions: { code: "BAD_USER_INPUT" } });
  });

  it.each([
    ["40 English words", Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "), null],
    ["41 English words", Array.from({ length: 41 }, (_, i) => `w${i}`).join(" "), 41],
    ["40 Chinese characters", "会计师处理发票请求书".repeat(4), null],
    ["41 Chinese characters", `${"会计师处理发票请求书".repeat(4)}票`, 41],
  ])("caps a typed query at 40 search clauses, counted as Lucene counts them: %s", async (_, query, clauses) => {
    const { status, data, errors } = await api.request(SearchDocument, { query, first: 5 });
    expect(status).toBe(200);
    if (clauses === null) {
      expect(errors).toBeUndefined();
      expect(Array.isArray(data!.search)).toBe(true);
    } else {
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({ path: ["search"], extensions: { code: "BAD_USER_INPUT", field: "query", limit: 40, clauses } });
      expect(errors![0]!.message).toMatch(/at most 40/);
    }
  });
});
