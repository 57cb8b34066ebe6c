import { describe, expect, it } from "vitest";
import { DecomposeNeedDocument, NeedByIdDocument, SubmitNeedDocument } from "../../schema/generated/operations.js";
import { integratorSession } from "./harness.js";

/** Intake and recommendations are for integrators; access itself is tested in authorization.test.ts. */
const session = integratorSession();

const README_NEED = "I need a full-time analyst to pull the weekly sales numbers from three systems and send the board pack";

async function decompose(input: Record<string, unknown>, limit = 10) {
  const result = await session.client.request(DecomposeNeedDocument, { input: input as never, limit });
  expect(result.errors).toBeUndefined();
  return result.data!.decomposeNeed;
}

describe("decomposeNeed on the seed graph", () => {
  it("finds the README example's tasks, with the phrases that matched", async () => {
    const d = await decompose({ text: README_NEED, requestedWorkerTypeId: "wt:employee" });
    expect(d.tasks.slice(0, 2).map((t) => t.task.id).sort()).toEqual([
      "task:data-extract-sales-data-from-multiple-systems",
      "task:sales-compile-weekly-sales-report",
    ]);
    // Confidence is fitted on held-out needs, where a top match of this strength is right about half the time or more.
    expect(d.tasks[0]!.confidence).toBeGreaterThan(0.5);
    // Four words of a long sentence name the board pack: found through its own keyword, with less confidence.
    const board = d.tasks.slice(0, 5).find((t) => t.task.id === "task:finance-prepare-board-pack")!;
    expect(board.evidence[0]).toMatchObject({ clause: "send the board pack", phrases: expect.arrayContaining(["board pack"]) });
    expect(board.confidence).toBeLessThan(d.tasks[0]!.confidence);
    expect(d.requestedWorkerType).toEqual({ id: "wt:employee", name: "Employee" });
    expect(d.warnings).toEqual([]);
    // The work is repetitive, rule-based and digital: what the recommendation will weigh.
    const traits = Object.fromEntries(d.traits.map((t) => [t.trait.id, t.weight]));
    expect(traits["trait:repetitive"]).toBeGreaterThan(0.6);
    // Hybrid retrieval adds looser neighbours of the analyst's work, which dilute the profile a little.
    expect(traits["trait:rule-based"]).toBeGreaterThan(0.45);
    // Both analyst occupations do this work; the tasks and the sentence vectors put them at the top.
    expect(d.occupations.slice(0, 2).map((o) => o.occupation.id).sort()).toEqual(["occ:data-analyst", "occ:sales-operations-analyst"]);
    expect(d.skills.map((s) => s.skill.id)).toContain("skill:excel");
    expect(d.outcomes.map((o) => o.outcome.id)).toContain("outcome:board-informed");
  });

  it("lists the usual work of the occupation the need reads as, marked and explained, after the tasks the text names", async () => {
    const d = await decompose({ text: README_NEED });
    const implied = d.tasks.filter((t) => t.basis === "OCCUPATION");
    expect(implied.length).toBeGreaterThan(0);
    const firstImplied = d.tasks.findIndex((t) => t.basis === "OCCUPATION");
    const lastNamed = d.tasks.findLastIndex((t) => t.basis === "TEXT" && t.evidence.some((e) => e.phrases.length > 0));
    expect(firstImplied).toBeGreaterThan(lastNamed);
    for (const task of implied) {
      expect(task).toMatchObject({ lexicalScore: 0, evidence: [] });
      expect(task.graphEvidence[0]).toMatch(/^usual work of occupation "(Sales operations analyst|Data analyst)"/);
    }
    // Skills and outcomes come from the stated tasks only.
    const impliedIds = new Set(implied.map((t) => t.task.id));
    expect(d.skills.flatMap((s) => s.fromTaskIds).some((id) => impliedIds.has(id))).toBe(false);
  });

  it.each([
    ["payroll", "Run the monthly payroll for 400 employees in Germany", "task:hr-run-monthly-payroll"],
    ["a CRM migration", "Migrate our CRM to Salesforce before Q3", "task:it-migrate-crm-to-salesforce"],
    ["customer calls", "Answer inbound customer calls about orders", "task:customer-service-answer-customer-calls"],
    ["a job title only", "Accounts payable clerk", "task:finance-process-supplier-invoices"],
  ])("finds the right task for %s", async (_label, text, expected) => {
    const d = await decompose({ text }, 5);
    expect(d.tasks.map((t) => t.task.id)).toContain(expected);
  });

  it("turns facts into traits with their sources", async () => {
    const d = await decompose({ text: README_NEED, durationWeeks: 12, regulated: true, dataSensitivity: "RESTRICTED" });
    const trait = (id: string) => d.traits.find((t) => t.trait.id === id)!;
    expect(trait("trait:time-bound").weight).toBe(1);
    expect(trait("trait:ongoing").weight).toBe(0);
    expect(trait("trait:regulated").sources).toContainEqual({ kind: "FACT", detail: "regulated = true", weight: 1 });
    expect(trait("trait:confidential").weight).toBe(1);
    expect(d.facts).toEqual({ durationWeeks: 12, durationSource: "FACT", ongoing: null });
  });

  it("says so when nothing fits, rather than returning noise", async () => {
    const d = await decompose({ text: "Zzyzx quux frobnicate the glorp" });
    expect(d.tasks).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toContain("NOTHING_MATCHED");
  });

  it("flags a vague need", async () => {
    const d = await decompose({ text: "help with stuff" });
    expect(d.warnings.map((w) => w.code)).toContain("TOO_VAGUE");
  });

  it("notices text in another language", async () => {
    const d = await decompose({ text: "Нужен человек для расчёта зарплаты сотрудникам" });
    expect(d.warnings.map((w) => w.code)).toEqual(["NOTHING_MATCHED", "NOT_ENGLISH"]);
  });

  it.each([
    ['quotes and Lucene operators', 'payroll AND (tax OR "year end") NOT ~fraud* title:x^3 \\ /'],
    ["Cypher fragments", "payroll'}) MATCH (n) DETACH DELETE n //"],
    ["brackets only", ")))((( ]]] {{{"],
  ])("treats %s as plain text", async (_label, text) => {
    const before = await session.api.executor.read("MATCH (n) RETURN count(n) AS n");
    const d = await decompose({ text });
    expect(Array.isArray(d.tasks)).toBe(true);
    if (text.includes("payroll")) expect(d.tasks[0]?.task.id).toBe("task:hr-run-monthly-payroll");
    expect(await session.api.executor.read("MATCH (n) RETURN count(n) AS n")).toEqual(before);
  });

  it("handles a long need of many tasks", async () => {
    const text = [
      "Reconcile the bank accounts every month.",
      "Process supplier invoices and chase overdue customer payments.",
      "Prepare the VAT returns and the board pack.",
      "Run the monthly payroll and answer employee HR queries.",
      "Migrate the CRM to Salesforce.",
    ]
      .join(" ")
      .repeat(20)
      .slice(0, 9_900);
    const d = await decompose({ text }, 20);
    expect(d.tasks.length).toBeGreaterThanOrEqual(6);
    expect(d.tasks.map((t) => t.task.id)).toEqual(expect.arrayContaining(["task:finance-reconcile-bank-accounts", "task:hr-run-monthly-payroll"]));
  });

  it("is deterministic", async () => {
    expect(await decompose({ text: README_NEED })).toEqual(await decompose({ text: README_NEED }));
  });

  it("rejects bad input with BAD_USER_INPUT naming the field, and a limit over 50", async () => {
    const empty = await session.client.request(DecomposeNeedDocument, { input: { text: "   " } });
    expect(empty.errors?.[0]).toMatchObject({ path: ["decomposeNeed"], extensions: { code: "BAD_USER_INPUT", field: "input.text" } });
    const big = await session.client.request(DecomposeNeedDocument, { input: { text: README_NEED }, limit: 51 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
  });

  it("sends a fixed number of statements to decompose (full-text, vector halves, evidence halves, implied tasks), and one more to load the nodes it names", async () => {
    const { result, queries } = await session.api.countQueries(DecomposeNeedDocument, { input: { text: README_NEED } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.decomposeNeed.tasks.some((t) => t.basis === "OCCUPATION")).toBe(true);
    expect(queries).toBe(7);
  });
});

describe("submitNeed", () => {
  it("stores the need with its matched tasks and returns its id", async () => {
    const result = await session.client.request(SubmitNeedDocument, {
      input: { text: README_NEED, requestedWorkerTypeId: "wt:employee", durationWeeks: 12 },
    });
    expect(result.errors).toBeUndefined();
    const { need, decomposition } = result.data!.submitNeed;
    session.created.push(need.id);
    expect(need.id).toMatch(/^need:[0-9a-f-]{36}$/);
    expect(need.decompositionVersion).toBe("intake-1");
    expect(need.requestedWorkerType).toEqual({ id: "wt:employee" });
    // The need keeps the tasks its text states (what a recommendation reads), in their order; implied ones are advice.
    const listedStated = decomposition.tasks.filter((t) => t.basis === "TEXT").map((t) => t.task.id);
    expect(listedStated.length).toBeGreaterThan(0);
    expect(need.tasks.map((t) => t.task.id).filter((id) => listedStated.includes(id))).toEqual(listedStated);
    expect(need.tasks.map((t) => t.rank)).toEqual(need.tasks.map((_, i) => i + 1));

    const stored = await session.client.request(NeedByIdDocument, { id: need.id });
    expect(stored.data!.need).toMatchObject({ id: need.id, text: README_NEED, durationWeeks: 12 });
  });

  it("refuses an unknown requested worker type and stores nothing", async () => {
    const before = await session.api.executor.read("MATCH (n:Need) RETURN count(n) AS n");
    const result = await session.client.request(SubmitNeedDocument, { input: { text: README_NEED, requestedWorkerTypeId: "wt:unicorn" } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.requestedWorkerTypeId" } });
    expect(await session.api.executor.read("MATCH (n:Need) RETURN count(n) AS n")).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown need, and keeps needs out of node(id)", async () => {
    const missing = await session.client.request(NeedByIdDocument, { id: "need:nope" });
    expect(missing.errors?.[0]).toMatchObject({ path: ["need"], extensions: { code: "NOT_FOUND" } });
  });
});
