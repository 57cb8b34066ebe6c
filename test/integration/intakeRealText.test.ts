import { describe, expect, it } from "vitest";
import { DecomposeNeedDocument, type DecomposeNeedQuery } from "../../schema/generated/operations.js";
import { integratorSession } from "./harness.js";

/** Intake on text shaped like real needs: job ads, managers' notes, negation, stated facts, paraphrase. */
const session = integratorSession();

type Decomposed = DecomposeNeedQuery["decomposeNeed"];
async function decompose(input: Record<string, unknown>, limit = 10): Promise<Decomposed> {
  const result = await session.client.request(DecomposeNeedDocument, { input: input as never, limit });
  expect(result.errors).toBeUndefined();
  return result.data!.decomposeNeed;
}
const taskIds = (d: Decomposed) => d.tasks.map((t) => t.task.id);
const source = (d: Decomposed, field: string) => d.statedFacts.sources.find((s) => s.field === field);

const POSTING = `Accounts Receivable Clerk
About us: we are a family-owned distributor of garden furniture with three warehouses and a friendly team.

Responsibilities
- Chase customers whose invoices are overdue, by phone and email
- Apply incoming payments to customer accounts
- Reconcile the bank accounts at month end

What we offer: competitive salary, 401(k) matching, dental and vision insurance, free parking.
Schedule: Monday to Friday, 40 hours a week. This is a 6-month contract, fully remote.
We are an equal opportunity employer and value diversity. How to apply: send your CV to jobs@example.com.`;

describe("decomposeNeed on a job advertisement", () => {
  it("matches the duties, not the boilerplate, and reads the facts the ad states with their words", async () => {
    const d = await decompose({ text: POSTING });
    // Each duty finds its task; the best match is one of them.
    expect(taskIds(d)).toEqual(expect.arrayContaining(["task:finance-chase-overdue-invoices", "task:finance-reconcile-bank-accounts"]));
    expect(d.tasks[0]!.evidence[0]!.clause).toMatch(/^(Chase customers|Apply incoming payments|Reconcile the bank accounts)/);
    // Benefits, company blurb and the application address are not work: nothing matches them.
    for (const task of d.tasks) {
      for (const e of task.evidence) expect(e.clause).not.toMatch(/401|dental|parking|equal opportunity|CV|garden furniture/i);
    }
    expect(d.facts).toMatchObject({ durationWeeks: 26, durationSource: "TEXT" });
    expect(d.statedFacts).toMatchObject({ hoursPerWeek: 40, remoteAllowed: true });
    expect(source(d, "durationWeeks")).toMatchObject({ origin: "TEXT", phrase: expect.stringMatching(/6-month/) });
    expect(source(d, "remoteAllowed")).toMatchObject({ origin: "TEXT", phrase: expect.stringMatching(/remote/i) });
    // The seed has no receivables clerk: the nearest finance occupations lead, with their similarity.
    expect(["occ:accounts-payable-clerk", "occ:credit-controller", "occ:accountant"]).toContain(d.occupations[0]!.occupation.id);
    expect(d.occupations[0]!.similarity).toBeGreaterThan(0.3);
  });

  it("lets stated facts win over the text, and names both when they disagree", async () => {
    const d = await decompose({ text: POSTING, durationWeeks: 4, remoteAllowed: false });
    expect(d.facts).toMatchObject({ durationWeeks: 4, durationSource: "FACT" });
    expect(source(d, "durationWeeks")).toMatchObject({ origin: "INPUT", phrase: null });
    const contradictions = d.warnings.filter((w) => w.code === "CONTRADICTORY_FACTS").map((w) => w.message);
    expect(contradictions).toEqual(
      expect.arrayContaining([expect.stringMatching(/durationWeeks = 4, but the text says "6-month/), expect.stringMatching(/remoteAllowed = false/)]),
    );
  });
});

describe("negation", () => {
  const NOTE = "A back-office clerk to key supplier invoices into the ledger. No dealing with customers, not customer-facing.";

  it("lowers the tasks and traits the text rules out, and says which phrase did", async () => {
    const d = await decompose({ text: NOTE });
    expect(d.ruledOut).toEqual(expect.arrayContaining(["dealing with customers", "customer-facing"]));
    expect(taskIds(d)[0]).toBe("task:finance-process-supplier-invoices");
    for (const task of d.tasks.filter((t) => /customer/i.test(t.task.name))) {
      expect(task.ruledOutBy).toMatch(/customer/);
      expect(task.score).toBeLessThan(d.tasks[0]!.score / 2);
    }
    const facing = d.traits.find((t) => t.trait.id === "trait:customer-facing");
    if (facing) {
      expect(facing.weight).toBeLessThanOrEqual(0.05);
      expect(facing.sources.at(-1)).toMatchObject({ kind: "TEXT", detail: expect.stringMatching(/rules out/) });
    }
  });

  it("without the negation, the same customer tasks are not lowered", async () => {
    const d = await decompose({ text: "Answer customer calls and respond to customer emails about their orders." });
    expect(d.ruledOut).toEqual([]);
    expect(d.tasks.slice(0, 2).every((t) => t.ruledOutBy === null)).toBe(true);
    expect(taskIds(d).slice(0, 2)).toEqual(expect.arrayContaining(["task:customer-service-answer-customer-calls"]));
  });
});

describe("semantic matching", () => {
  it("finds a task the words alone miss, with the similarity of its sentence as evidence", async () => {
    // No word of the task's name ("Chase overdue customer invoices") is in the need.
    const d = await decompose({ text: "Get clients who are late settling their bills to pay up" });
    const chase = d.tasks.find((t) => t.task.id === "task:finance-chase-overdue-invoices");
    expect(chase).toBeDefined();
    expect(chase!.evidence[0]!.similarity).toBeGreaterThan(0.4);
  });
});

describe("odd and hostile text", () => {
  const cases: Array<[string, string]> = [
    ["10,000 characters of CJK", "大家好我们需要一位会计师处理发票".repeat(625)],
    ["10,000 characters of English", "Reconcile the supplier invoices against purchase orders and chase the late payers. ".repeat(120).slice(0, 10_000)],
    ["10,000 UTF-16 units of emoji (5,000 emoji)", "📈🙏".repeat(2_500)],
    ["emoji and control characters", "📈 Pull the sales numbers\u0000\u0007 and 🙏 send the board pack\u202e".repeat(20)],
    ["Lucene and Cypher metacharacters", 'title:x AND * OR "}) MATCH (n) DETACH DELETE n // \\ ~ ^ [a TO z] {!} && || -payroll'],
    ["10,000 characters of whitespace and bullets", `${"\n- \t  ".repeat(1_600)}Answer customer calls`],
    ["non-English", "Wir brauchen jemanden für die Lohnbuchhaltung und die Reisekostenabrechnung."],
  ];

  it.each(cases)("answers %s clearly, without a server error, and writes nothing", async (_, text) => {
    expect(text.length).toBeLessThanOrEqual(10_000);
    const [before] = await session.api.executor.read("MATCH (n) RETURN count(n) AS nodes");
    const result = await session.client.request(DecomposeNeedDocument, { input: { text } as never, limit: 10 });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data!.decomposeNeed.version).toBeTruthy();
    const [after] = await session.api.executor.read("MATCH (n) RETURN count(n) AS nodes");
    expect(after).toEqual(before);
  });

  it("refuses 10,001 characters with BAD_USER_INPUT naming the field", async () => {
    const result = await session.client.request(DecomposeNeedDocument, { input: { text: "a".repeat(10_001) } as never, limit: 10 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
  });
});
