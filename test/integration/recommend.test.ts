import { describe, expect, it } from "vitest";
import {
  RecommendChannelsDocument,
  type RecommendChannelsQuery,
  SubmitNeedDocument,
} from "../../schema/generated/operations.js";
import { integratorSession } from "./harness.js";

type Rec = RecommendChannelsQuery["recommendChannels"];
/** Intake and recommendations are for integrators; access itself is tested in authorization.test.ts. */
const session = integratorSession();

async function recommend(need: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Rec> {
  const result = await session.client.request(RecommendChannelsDocument, { input: { need: need as never, limit: 20, ...extra } });
  expect(result.errors).toBeUndefined();
  return result.data!.recommendChannels;
}
const rankOf = (rec: Rec, workerTypeId: string) => {
  const i = rec.options.findIndex((o) => o.workerType.id === workerTypeId);
  return i < 0 ? Number.POSITIVE_INFINITY : i + 1;
};

describe("the scenarios that must come out right", () => {
  it("a full-time hire asked for a 12-week, outcome-defined project: SOW or contractor above direct hire, and a challenge", async () => {
    const rec = await recommend({
      text: "Migrate our CRM to Salesforce and train the sales team on the new system",
      durationWeeks: 12,
      outcomeDescription: "All accounts and opportunities live in Salesforce, sales team trained",
      requestedWorkerTypeId: "wt:employee",
    });
    const best = Math.min(rankOf(rec, "wt:consultant"), rankOf(rec, "wt:contractor"));
    expect(best).toBeLessThan(rankOf(rec, "wt:employee"));
    expect(rec.challenge).not.toBeNull();
    expect(rec.challenge!.requestedWorkerType.id).toBe("wt:employee");
    expect(rec.challenge!.margin).toBeGreaterThanOrEqual(0.15);
    expect(rec.challenge!.reasons.join(" ")).toMatch(/time-bound/i);
  });

  it("names a fact that, stated on the need, really swaps the top two options", async () => {
    const need = {
      text: "Migrate our CRM to Salesforce and train the sales team on the new system",
      durationWeeks: 12,
      outcomeDescription: "All accounts and opportunities live in Salesforce, sales team trained",
    };
    const rec = await recommend(need);
    const change = rec.whatWouldChange[0]!;
    expect(change.swapped).toBe(true);
    const key = (o: Rec["options"][number]) => `${o.workerType.id}|${o.channel.id}`;
    const [first, second] = rec.options.map(key);
    const stated = change.to === "true" || change.to === "false" ? change.to === "true" : /^\d+$/.test(change.to) ? Number(change.to) : change.to;
    // A duration or "ongoing" replaces the other, as the change it names does.
    const changedNeed = change.fact === "ongoing" ? { ...need, durationWeeks: undefined } : need;
    const after = (await recommend({ ...changedNeed, [change.fact]: stated })).options.map(key);
    const firstRank = after.indexOf(first!);
    expect(after.indexOf(second!)).toBeGreaterThanOrEqual(0);
    expect(after.indexOf(second!)).toBeLessThan(firstRank < 0 ? Number.POSITIVE_INFINITY : firstRank);
  });

  it("a consultancy renewal for ongoing run-the-business work: employee, internal mobility or managed service above SOW", async () => {
    const rec = await recommend({
      text: "Renew the consultancy that runs our IT service desk: answer user tickets, reset passwords and manage incidents",
      ongoing: true,
      requestedWorkerTypeId: "wt:consultant",
    });
    const runTheBusiness = Math.min(rankOf(rec, "wt:employee"), rankOf(rec, "wt:internal-mobility"), rankOf(rec, "wt:managed-service"));
    expect(runTheBusiness).toBeLessThan(rankOf(rec, "wt:consultant"));
    expect(rankOf(rec, "wt:consultant")).toBeGreaterThan(3);
    expect(rec.challenge?.requestedWorkerType.id).toBe("wt:consultant");
    expect(rec.challenge!.reasons.join(" ")).toMatch(/ongoing/i);
  });

  it("ongoing, location-independent, non-confidential process work staffed onshore: an offshore route ranks high", async () => {
    const rec = await recommend({
      text: "Process supplier invoices, match them to purchase orders and post them to the ledger",
      ongoing: true,
      remoteAllowed: true,
      dataSensitivity: "INTERNAL",
      requestedWorkerTypeId: "wt:employee",
    });
    expect(rankOf(rec, "wt:offshore-team")).toBeLessThanOrEqual(3);
    expect(rankOf(rec, "wt:offshore-team")).toBeLessThan(rankOf(rec, "wt:employee"));
  });

  it("manual, repetitive, rule-based reporting: automation first or leading the portfolio", async () => {
    const rec = await recommend({ text: "Compile the weekly sales report and refresh the monthly KPI reports", ongoing: true });
    const leads = rec.options[0]!.workerType.id === "wt:automation" || rec.portfolio[0]!.workerType.id === "wt:automation";
    expect(leads).toBe(true);
    const automation = rec.options.find((o) => o.workerType.id === "wt:automation")!;
    const labels = automation.factors.filter((f) => f.kind === "TRAIT_FIT" && f.contribution > 0).map((f) => f.trait!.id);
    expect(labels).toEqual(expect.arrayContaining(["trait:repetitive", "trait:rule-based"]));
  });

  it("regulated, confidential work: no offshore route first, and the rule that says so is cited", async () => {
    const rec = await recommend({
      text: "Run the monthly payroll for our German employees",
      ongoing: true,
      regulated: true,
      dataSensitivity: "RESTRICTED",
    });
    expect(rec.options[0]!.channel.id).not.toBe("ch:offshore-centre");
    const offshore = [...rec.options, ...rec.excluded].find((o) => o.channel.id === "ch:offshore-centre")!;
    expect(offshore.risks.length).toBeGreaterThan(0);
    for (const risk of offshore.risks) {
      expect(risk.ruleId).toMatch(/^rule:/);
      expect(risk.ruleVersion).toBeGreaterThanOrEqual(1);
    }
    expect(offshore.risks.some((r) => r.severity === "HIGH")).toBe(true);
  });

  it("core, strategic, long-term work: direct hire or internal mobility first, and no challenge when asked for exactly that", async () => {
    const rec = await recommend({
      text: "Set our pricing strategy and lead the commercial team",
      ongoing: true,
      requestedWorkerTypeId: "wt:employee",
    });
    expect(["wt:employee", "wt:internal-mobility"]).toContain(rec.options[0]!.workerType.id);
    expect(rec.challenge).toBeNull();
  });
});

describe("the explanation", () => {
  const README = {
    text: "I need a full-time analyst to pull the weekly sales numbers from three systems and send the board pack",
    requestedWorkerTypeId: "wt:employee",
  };

  it("makes every option's factors add up to its score exactly", async () => {
    const rec = await recommend(README);
    for (const option of [...rec.options, ...rec.excluded]) {
      expect(option.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(option.score, 12);
      for (const f of option.factors) expect(f.explanation).toMatch(/[.]$/);
    }
  });

  it("shows the graph paths behind an option, need to channel", async () => {
    const rec = await recommend(README);
    const top = rec.options[0]!;
    expect(top.paths.length).toBeGreaterThan(0);
    for (const path of top.paths) {
      expect(path.nodes[0]!.kind).toBe("Need");
      expect(path.nodes.at(-2)!.id).toBe(top.workerType.id);
      expect(path.nodes.at(-1)!.id).toBe(top.channel.id);
      expect(path.relationships).toHaveLength(path.nodes.length - 1);
      expect(path.relationships.at(-2)!.type).toBe("SUITS");
    }
  });

  it("cites similar precedents, good and bad, and says how they moved the score", async () => {
    const rec = await recommend({ text: "Run the monthly payroll and answer employee questions about pay" });
    const withCases = rec.options.filter((o) => o.precedents.length > 0);
    expect(withCases.length).toBeGreaterThan(0);
    const effects = withCases.flatMap((o) => o.precedents.map((p) => p.effect));
    expect(effects.some((e) => e > 0)).toBe(true);
    expect(effects.some((e) => e < 0)).toBe(true);
    for (const o of withCases) {
      const factor = o.factors.find((f) => f.kind === "PRECEDENTS")!;
      expect(factor.explanation).toMatch(/similar past case/);
    }
  });

  it("challenges the README's full-time hire and proposes a portfolio", async () => {
    const rec = await recommend(README);
    expect(rec.options[0]!.workerType.id).not.toBe("wt:employee");
    expect(rec.challenge).not.toBeNull();
    expect(rec.portfolio.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 2);
  });
});

describe("inputs", () => {
  it("recommends for a submitted need by id, with the same ranking as on the fly", async () => {
    const need = { text: "Process supplier invoices and match them to purchase orders", ongoing: true };
    const submitted = await session.client.request(SubmitNeedDocument, { input: need });
    const needId = submitted.data!.submitNeed.need.id;
    session.created.push(needId);
    const byId = await session.client.request(RecommendChannelsDocument, { input: { needId, limit: 5 } });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.recommendChannels.needId).toBe(needId);
    const onTheFly = await recommend(need, { limit: 5 });
    expect(byId.data!.recommendChannels.options.map((o) => o.workerType.id)).toEqual(onTheFly.options.map((o) => o.workerType.id));
  });

  it("lets a client correct the task list", async () => {
    const rec = await recommend({ text: "anything at all" }, { tasks: [{ taskId: "task:hr-run-monthly-payroll" }] });
    expect(rec.tasks.map((t) => t.task.id)).toEqual(["task:hr-run-monthly-payroll"]);
  });

  it.each([
    ["neither needId nor need", {}, "input.needId"],
    ["both needId and need", { needId: "need:x", need: { text: "x" } }, "input.needId"],
    ["a limit over 20", { need: { text: "payroll" }, limit: 21 }, "input.limit"],
    ["an unknown override task", { need: { text: "payroll" }, tasks: [{ taskId: "task:nope" }] }, "input.tasks"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, input, field) => {
    const result = await session.client.request(RecommendChannelsDocument, { input: input as never });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ path: ["recommendChannels"], extensions: { code: "BAD_USER_INPUT", field } });
  });

  it("answers NOT_FOUND for an unknown need id", async () => {
    const result = await session.client.request(RecommendChannelsDocument, { input: { needId: "need:unknown" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("needs a bounded number of round trips", async () => {
    const { result, queries } = await session.api.countQueries(RecommendChannelsDocument, { input: { need: { text: "Run the monthly payroll" } } });
    expect(result.errors).toBeUndefined();
    // decompose (3: full-text beside the model, then vectors, then evidence; one clause and few candidates need no
    // second statement for either) + evidence and rules (2) + loading the nodes named in the answer (1)
    expect(queries).toBeLessThanOrEqual(6);
  });
});
