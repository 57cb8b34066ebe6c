/** How intake spreads its Cypher: statements side by side, a long posting's clause vectors bounded, the same answer either way. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/logger.js";
import type { Executor, Params } from "../../src/graph/executor.js";
import { createContext } from "../../src/graphql/context.js";
import { INTAKE_TUNING } from "../../src/services/intake/tuning.js";
import { integratorSession, TEST_INTEGRATOR } from "./harness.js";

const session = integratorSession();

const DUTIES = [
  "Reconcile the bank accounts",
  "Run the monthly payroll",
  "Compile the weekly sales report",
  "Prepare the board pack",
  "Chase overdue customer invoices",
  "Post the recurring journals",
  "Answer customer emails",
  "Schedule candidate interviews",
  "Onboard new starters",
  "Issue employment contracts",
  "Migrate the customer data",
  "Build the pipeline dashboard",
  "Reset user passwords",
  "Patch the servers",
  "Monitor the backups",
  "Plan the delivery routes",
  "Pick and pack customer orders",
  "Receive inbound goods",
  "Refresh the rolling forecast",
  "Train the sales reps",
];
const POSTING = `Operations Associate\n\nResponsibilities:\n${DUTIES.map((duty) => `• ${duty}`).join("\n")}`;

/** A request context in process, as the API makes one, on `executor`. */
function contextOn(executor: Executor) {
  const { config, embedder } = session.api;
  return createContext({ executor, config, logger: createLogger("silent"), embedder }, randomUUID(), TEST_INTEGRATOR);
}

/** Decomposes `text` in process, keeping every statement's parameters as the repository sent them. */
async function decomposeWatched(text: string) {
  const sent: Params[] = [];
  const context = contextOn(session.api.executor.observed(({ params }) => sent.push(params)));
  const { decomposition } = await context.services.intake.decompose({ text }, 20);
  return { decomposition, sent };
}

describe("intake statements", () => {
  it("gives vectors to the strongest 16 clauses of a long posting, over two statements, in clause order", async () => {
    const { decomposition, sent } = await decomposeWatched(POSTING);
    const fullText = sent.filter((p) => "clauses" in p);
    const vectors = sent.filter((p) => "clauseVectors" in p);
    expect(fullText).toHaveLength(1);
    expect((fullText[0]!.clauses as unknown[]).length).toBe(DUTIES.length);
    expect(vectors).toHaveLength(2);
    // The two statements go out side by side (in either order), each with a run of clauses in text order.
    const runs = vectors
      .map((p) => (p.clauseVectors as Array<{ index: number }>).map((c) => c.index))
      .sort((a, b) => a[0]! - b[0]!);
    // Every duty weighs the same, so the first 16 in text order.
    expect(INTAKE_TUNING.vectorClauses).toBe(16);
    expect(runs).toEqual([Array.from({ length: 8 }, (_, i) => i), Array.from({ length: 8 }, (_, i) => i + 8)]);
    expect(decomposition.tasks.map((t) => t.id)).toEqual(
      expect.arrayContaining(["task:finance-reconcile-bank-accounts", "task:hr-run-monthly-payroll"]),
    );
  });

  it("reads a large evidence set in two statements and returns it as one read would, in the order asked", async () => {
    const { api } = session;
    const ids = (await api.executor.read("MATCH (t:Task) RETURN t.id AS id ORDER BY t.id DESC LIMIT 60")).map((r) => r.id as string);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const context = contextOn(api.executor);
    const evidence = await context.services.intake.taskEvidence(ids);
    expect(evidence.map((e) => e.id)).toEqual(ids);
    expect(context.stats.queries).toBe(2);
  });
});
