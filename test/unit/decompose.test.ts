import { describe, expect, it } from "vitest";
import type { Retrieval, TaskEvidence } from "../../src/domain/evidence.js";
import { parseNeedInput } from "../../src/domain/need.js";
import type { ClauseWords } from "../../src/domain/intake.js";
import { decompose } from "../../src/services/intake/decompose.js";
import { resolveNeedFacts } from "../../src/services/intake/needFacts.js";
import { clauses, workWords } from "../../src/services/intake/text.js";

/** Plain clauses of weight 1, as a manager's note without sections reads. */
const clauseWords = (parts: readonly string[]): ClauseWords[] => parts.map((text) => ({ text, words: workWords(text), weight: 1 }));

const trait = (id: string, weight: number) => ({ id: `trait:${id}`, name: id, weight });
const task = (id: string, overrides: Partial<TaskEvidence>): TaskEvidence => ({
  id,
  name: id,
  description: "",
  keywords: [],
  altLabels: [],
  businessFunction: "data",
  occupations: [],
  skills: [],
  outcomes: [],
  traits: [],
  precedentIds: [],
  ...overrides,
});

const analyst = { id: "occ:analyst", name: "Data analyst" };
const EXTRACT = task("task:extract", {
  name: "Extract sales data from multiple systems",
  keywords: ["sales numbers", "weekly"],
  occupations: [analyst],
  skills: [{ id: "skill:sql", name: "SQL", importance: 0.8 }],
  outcomes: [{ id: "outcome:data", name: "Trusted data" }],
  traits: [trait("repetitive", 0.9), trait("ongoing", 0.8)],
  precedentIds: ["prec:1"],
});
const BOARD = task("task:board", {
  name: "Prepare the board pack",
  keywords: ["board pack"],
  occupations: [analyst],
  skills: [{ id: "skill:sql", name: "SQL", importance: 0.2 }, { id: "skill:slides", name: "Slides", importance: 0.9 }],
  outcomes: [{ id: "outcome:board", name: "Board informed" }],
  traits: [trait("repetitive", 0.5), trait("ongoing", 0.9), trait("confidential", 0.6)],
  precedentIds: ["prec:1"],
});
const STRAY = task("task:stray", {
  name: "Pack goods for shipping",
  keywords: ["packing"],
  occupations: [{ id: "occ:warehouse", name: "Warehouse operative" }],
  traits: [trait("physical", 1)],
});
const TRAITS = ["repetitive", "ongoing", "confidential", "time-bound", "regulated", "physical", "location-bound", "outcome-defined"].map(
  (id) => ({ id: `trait:${id}`, name: id }),
);

function run(
  input: Record<string, unknown>,
  hits: Array<[number, string, number]>,
  evidence = [EXTRACT, BOARD, STRAY],
  semantic: Pick<Retrieval, "semanticHits" | "semanticOccupations"> = { semanticHits: [], semanticOccupations: [] },
) {
  const need = parseNeedInput(input);
  const parts = clauseWords(clauses(need.text));
  const retrieval: Retrieval = {
    taskHits: hits.map(([clause, id, score]) => ({ clause, id, score })),
    ...semantic,
    skillHits: [],
    occupationHits: [],
    outcomeHits: [],
    traits: TRAITS,
    requestedWorkerType: null,
  };
  return decompose(need, resolveNeedFacts(need), parts, retrieval, evidence, 10);
}

const README_NEED = "Pull the weekly sales numbers from three systems and send the board pack";
const README_HITS: Array<[number, string, number]> = [
  [0, "task:extract", 9],
  [1, "task:board", 7],
  [1, "task:stray", 1.2],
];

describe("decompose", () => {
  it("ranks the tasks each clause names, with the phrases that matched", () => {
    const d = run({ text: README_NEED }, README_HITS);
    expect(d.tasks.map((t) => t.id)).toEqual(["task:extract", "task:board"]);
    expect(d.tasks[0]!.evidence[0]).toMatchObject({
      clause: "Pull the weekly sales numbers from three systems",
      phrases: ["sales numbers", "weekly"],
    });
    expect(d.tasks[1]!.graphEvidence[0]).toBe('shares occupation "Data analyst" with "Extract sales data from multiple systems"');
    // Confidence is a monotone (logistic) map of the score.
    expect(d.tasks[0]!.confidence).toBeGreaterThan(d.tasks[1]!.confidence);
  });

  it("is confident about a need that names its work, and not about a vague one that barely touches the same tasks", () => {
    const clear = run({ text: README_NEED }, README_HITS);
    const vague = run({ text: "Some help with numbers and reports" }, [
      [0, "task:extract", 2.5],
      [0, "task:board", 2.2],
    ]);
    const confidence = (d: typeof clear, id: string) => d.tasks.find((t) => t.id === id)?.confidence ?? 0;
    // Without vector evidence both score under the fitted midpoint, so the figures are small; their order is the point.
    expect(confidence(vague, "task:extract")).toBeGreaterThan(0);
    expect(confidence(clear, "task:extract")).toBeGreaterThan(3 * confidence(vague, "task:extract"));
    expect(confidence(clear, "task:board")).toBeGreaterThan(confidence(vague, "task:board"));
  });

  it("drops a weak match that nothing else in the graph supports", () => {
    const d = run({ text: README_NEED }, README_HITS);
    expect(d.tasks.map((t) => t.id)).not.toContain("task:stray");
  });

  it("infers skills, outcomes and occupations through the matched tasks", () => {
    const d = run({ text: README_NEED }, README_HITS);
    expect(d.skills.map((s) => [s.id, s.fromTasks])).toEqual([
      ["skill:sql", ["task:extract", "task:board"]],
      ["skill:slides", ["task:board"]],
    ]);
    expect(d.outcomes.map((o) => o.id).sort()).toEqual(["outcome:board", "outcome:data"]);
    expect(d.occupations).toEqual([{ id: "occ:analyst", name: "Data analyst", weight: 1, taskCount: 2, titleMatch: false, similarity: null }]);
  });

  it("builds the trait profile from the tasks, then lets stated facts override it", () => {
    const plain = run({ text: README_NEED }, README_HITS);
    const ongoing = plain.traits.find((t) => t.id === "trait:ongoing")!;
    expect(ongoing.weight).toBeGreaterThan(0.8);
    // "weekly" in the text is a cue for ongoing work, counted beside the tasks.
    expect(ongoing.sources.map((s) => s.kind)).toEqual(["TASKS", "TEXT"]);

    const project = run({ text: README_NEED, durationWeeks: 12, regulated: true, remoteAllowed: false }, README_HITS);
    const weight = (id: string) => project.traits.find((t) => t.id === `trait:${id}`)?.weight;
    expect(weight("time-bound")).toBe(1);
    expect(weight("ongoing")).toBe(0);
    expect(weight("regulated")).toBe(1);
    expect(weight("location-bound")).toBe(0.8);
    expect(project.traits.find((t) => t.id === "trait:time-bound")!.sources).toEqual([
      { kind: "FACT", detail: "durationWeeks = 12", weight: 1 },
    ]);
  });

  it("reads a duration from the text when none is stated", () => {
    const d = run({ text: `${README_NEED} for three months` }, README_HITS);
    expect(d.facts).toEqual({ durationWeeks: 13, durationSource: "TEXT", ongoing: null });
    expect(d.traits.find((t) => t.id === "trait:time-bound")?.weight).toBe(1);
  });

  it("warns about contradictory facts", () => {
    const d = run({ text: `${README_NEED} for three months`, ongoing: true, durationWeeks: 40, dataSensitivity: "PUBLIC" }, README_HITS);
    const contradictions = d.warnings.filter((w) => w.code === "CONTRADICTORY_FACTS").map((w) => w.message);
    expect(contradictions).toEqual([
      expect.stringMatching(/ongoing = true, but durationWeeks = 40/),
      expect.stringMatching(/durationWeeks = 40, but the text says "three months"/),
      // The text's "three months" also contradicts ongoing = true; the hint "weekly" contradicts nothing.
      expect.stringMatching(/ongoing = true, but the text says "three months"/),
    ]);
  });

  it("says so when nothing matches, and notices text that is not English", () => {
    const d = run({ text: "Wir brauchen jemanden für die Lohnbuchhaltung" }, []);
    expect(d.tasks).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toEqual(["NOTHING_MATCHED"]);
    const cyrillic = run({ text: "Нужен бухгалтер для расчёта зарплаты" }, []);
    expect(cyrillic.warnings.map((w) => w.code)).toEqual(["NOTHING_MATCHED", "NOT_ENGLISH"]);
  });

  it("is deterministic: the same input gives the same decomposition, whatever the order of evidence", () => {
    const a = run({ text: README_NEED }, README_HITS);
    const b = run({ text: README_NEED }, README_HITS, [STRAY, BOARD, EXTRACT]);
    expect(b).toEqual(a);
  });
});

describe("parseNeedInput", () => {
  it.each([
    ["empty text", { text: "" }, "input.text"],
    ["text over 10,000 characters", { text: "x".repeat(10_001) }, "input.text"],
    ["a negative duration", { text: "ok", durationWeeks: -1 }, "input.durationWeeks"],
    ["a start date in prose", { text: "ok", startBy: "next week" }, "input.startBy"],
    ["a currency that is not ISO 4217", { text: "ok", budget: { amount: 10, currency: "euros" } }, "input.budget.currency"],
    ["a fractional headcount", { text: "ok", headcount: 1.5 }, "input.headcount"],
  ])("rejects %s, naming the field", (_label, input, field) => {
    expect(() => parseNeedInput(input)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", details: { field } }));
  });

  it("finds a task by its sentence vector alone, and shows the similarity", () => {
    const d = run({ text: "Get the numbers out of our three platforms" }, [], [EXTRACT, BOARD, STRAY], {
      semanticHits: [{ clause: 0, id: "task:extract", score: 0.62 }],
      semanticOccupations: [],
    });
    expect(d.tasks.map((t) => t.id)).toEqual(["task:extract"]);
    expect(d.tasks[0]!.evidence[0]).toMatchObject({ similarity: 0.62, phrases: [] });
  });

  it("ranks a task both searches found above one only the vectors found, and drops weak vector neighbours", () => {
    const d = run({ text: "send the board pack" }, [[0, "task:board", 7]], [EXTRACT, BOARD, STRAY], {
      semanticHits: [
        { clause: 0, id: "task:board", score: 0.7 },
        { clause: 0, id: "task:extract", score: 0.45 },
        { clause: 0, id: "task:stray", score: 0.1 },
      ],
      semanticOccupations: [],
    });
    const ids = d.tasks.map((t) => t.id);
    expect(ids[0]).toBe("task:board");
    expect(ids).not.toContain("task:stray");
    const [board, extract] = [d.tasks.find((t) => t.id === "task:board")!, d.tasks.find((t) => t.id === "task:extract")];
    if (extract) expect(extract.lexicalScore).toBeLessThan(board.lexicalScore);
  });

  it("ranks occupations by the vectors too, with their similarity, when no task names them", () => {
    const withSimilarity = (score: number) =>
      run({ text: "send the board pack" }, [[0, "task:board", 7]], [EXTRACT, BOARD, STRAY], {
        semanticHits: [],
        semanticOccupations: [{ via: "TEXT", id: "occ:controller", name: "Financial controller", score, taskIds: [] }],
      }).occupations;
    // A close reading of the whole need (cosine 0.6, a typical best match) outweighs one matched task's occupation...
    const close = withSimilarity(0.6);
    expect(close.map((o) => o.id)).toEqual(["occ:controller", "occ:analyst"]);
    expect(close[0]).toMatchObject({ taskCount: 0, similarity: 0.6 });
    // ...a faint one (0.35, near the floor) does not.
    expect(withSimilarity(0.35).map((o) => o.id)).toEqual(["occ:analyst", "occ:controller"]);
  });
});

