import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeByIdDocument, RuleByIdDocument, RulesDocument } from "../../schema/generated/operations.js";
import { loadSeed } from "../../src/seed/seedLoader.js";
import type { RuleSeed } from "../../src/seed/seedSchema.js";
import { createMaintenance } from "../../src/services/index.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
let seeded: RuleSeed[];
const DEPRECATED_ID = `rule:test-deprecated-${process.pid}`;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

beforeAll(async () => {
  api = await startTestApi();
  seeded = [...(await loadSeed()).rules].sort(byId);
  // A retired rule of this file's own: hidden from the active lists, still readable by id.
  await api.executor.write(
    `MATCH (w:WorkerType {id: 'wt:contractor'})
     CREATE (r:Rule:Entity {id: $id, name: 'Retired tenure rule', description: 'Replaced by a newer version.',
       status: 'DEPRECATED', source: 'test', version: 4, createdAt: datetime(), updatedAt: datetime(),
       effect: 'WARN', severity: 'LOW', penalty: 0.0, message: 'Old limit',
       conditions: '[{"field":"derived.engagementWeeks","op":"gt","value":104}]'})-[:APPLIES_TO]->(w)`,
    { id: DEPRECATED_ID },
  );
});

afterAll(async () => {
  await api.executor.write("MATCH (r:Rule {id: $id}) DETACH DELETE r", { id: DEPRECATED_ID });
  await api.stop();
});

describe("rules through GraphQL", () => {
  it("lists every active seeded rule by id, with its conditions and the worker types and channels it applies to", async () => {
    const { data, errors } = await api.request(RulesDocument);
    expect(errors).toBeUndefined();
    expect(data!.rules).toHaveLength(seeded.length);
    expect(data!.rules.map((r) => r.id)).toEqual(seeded.map((r) => r.id));
    data!.rules.forEach((rule, i) => {
      const seed = seeded[i]!;
      expect(rule).toMatchObject({
        name: seed.name,
        description: seed.description,
        status: "ACTIVE",
        source: "workgraph-seed",
        effect: seed.effect,
        severity: seed.severity,
        penalty: seed.penalty,
        message: seed.message,
      });
      expect(rule.version).toBeGreaterThanOrEqual(1);
      expect(rule.conditions).toEqual(
        seed.conditions.map((c) => ({
          field: c.field,
          op: c.op,
          value: c.value === undefined ? null : JSON.stringify(c.value),
          valueFrom: c.valueFrom ?? null,
          multiplier: c.valueFrom === undefined ? null : (c.multiplier ?? 1),
        })),
      );
      expect(rule.workerTypes.map((w) => w.id).sort()).toEqual([...seed.workerTypes].sort());
      expect(rule.channels.map((c) => c.id).sort()).toEqual([...seed.channels].sort());
    });
  });

  it("reads one rule by id, literal values JSON-encoded and multipliers filled in", async () => {
    const tenure = await api.request(RuleByIdDocument, { id: "rule:contingent-tenure-co-employment" });
    expect(tenure.errors).toBeUndefined();
    expect(tenure.data!.rule).toMatchObject({
      effect: "PENALISE",
      severity: "HIGH",
      penalty: 0.3,
      conditions: [{ field: "derived.engagementWeeks", op: "gt", value: "78", valueFrom: null, multiplier: null }],
      channels: [],
    });
    expect(tenure.data!.rule.workerTypes.map((w) => w.id).sort()).toEqual(["wt:contractor", "wt:temp-worker"]);

    const budget = await api.request(RuleByIdDocument, { id: "rule:budget-below-channel-cost" });
    expect(budget.data!.rule.conditions).toEqual([
      { field: "derived.budgetPerHeadWeek", op: "lt", value: null, valueFrom: "channel.relativeCost", multiplier: 2000 },
    ]);
    const offshore = await api.request(RuleByIdDocument, { id: "rule:regulated-confidential-offshore" });
    expect(offshore.data!.rule.conditions.map((c) => c.value)).toEqual(["true", "2", "true"]);
  });

  it("hides a deprecated rule from the list, yet finds it by id: a finding may cite it", async () => {
    const { data } = await api.request(RulesDocument);
    expect(data!.rules.map((r) => r.id)).not.toContain(DEPRECATED_ID);
    const { data: one, errors } = await api.request(RuleByIdDocument, { id: DEPRECATED_ID });
    expect(errors).toBeUndefined();
    expect(one!.rule).toMatchObject({ id: DEPRECATED_ID, status: "DEPRECATED", version: 4, workerTypes: [{ id: "wt:contractor" }] });
  });

  it("answers NOT_FOUND for an unknown rule id, and for the id of another kind, with the path", async () => {
    for (const id of ["rule:does-not-exist", "wt:contractor"]) {
      const result = await api.request(RuleByIdDocument, { id });
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: `Rule "${id}" was not found`,
          path: ["rule"],
          extensions: { code: "NOT_FOUND", kind: "Rule", id },
        }),
      ]);
    }
  });

  it("resolves node(id) to a Rule", async () => {
    const { data, errors } = await api.request(NodeByIdDocument, { id: "rule:restricted-data-offshore" });
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ __typename: "Rule", id: "rule:restricted-data-offshore", name: "Restricted data never leaves the country" });
  });

  it("loads every rule with its worker types and channels in 2 round trips", async () => {
    const { result, queries } = await api.countQueries(RulesDocument);
    expect(result.errors).toBeUndefined();
    // The list, then one batch for the worker types and the channels together.
    expect(queries).toBe(2);
  });
});

describe("RuleRepository.activeRules", () => {
  it("returns every active seeded rule with parsed conditions and its scope, by id", async () => {
    const rules = await createMaintenance(api.executor, api.embedder).activeRules();
    expect(rules.map((r) => r.id)).toEqual(seeded.map((r) => r.id));
    rules.forEach((rule, i) => {
      const seed = seeded[i]!;
      expect(rule).toEqual({
        id: seed.id,
        name: seed.name,
        description: seed.description,
        version: expect.any(Number),
        effect: seed.effect,
        severity: seed.severity,
        penalty: seed.penalty,
        workerTypes: [...seed.workerTypes].sort(),
        channels: [...seed.channels].sort(),
        conditions: seed.conditions,
        message: seed.message,
      });
      expect(rule.version).toBeGreaterThanOrEqual(1);
    });
  });

  it("answers in one round trip", async () => {
    let queries = 0;
    await createMaintenance(api.executor.observed(() => queries++), api.embedder).activeRules();
    expect(queries).toBe(1);
  });
});
