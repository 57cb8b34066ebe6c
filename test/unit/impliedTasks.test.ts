import { describe, expect, it } from "vitest";
import type { OccupationTask } from "../../src/domain/evidence.js";
import type { DecomposedTask, OccupationMatch } from "../../src/domain/intake.js";
import type { RuledOut } from "../../src/domain/need.js";
import { listing } from "../../src/services/intake/decompose.js";
import { impliedTasks, implyingOccupations, typicality } from "../../src/services/intake/implied.js";
import { INTAKE_TUNING } from "../../src/services/intake/tuning.js";

const clerk = { id: "occ:clerk", name: "Payroll clerk" };
const analyst = { id: "occ:analyst", name: "Data analyst" };

const occupation = (o: { id: string; name: string }, overrides: Partial<OccupationMatch>): OccupationMatch => ({
  ...o,
  weight: 1,
  taskCount: 0,
  titleMatch: false,
  similarity: null,
  ...overrides,
});

const occupationTask = (id: string, of: { id: string; name: string }, overrides: Partial<OccupationTask> = {}): OccupationTask => ({
  occupationId: of.id,
  id,
  name: id,
  businessFunction: "finance",
  keywords: [],
  altLabels: [],
  importance: null,
  taskType: null,
  occupations: [of],
  ...overrides,
});

const statedTask = (id: string): DecomposedTask => ({
  id,
  basis: "TEXT",
  name: id,
  businessFunction: "finance",
  score: 0.9,
  confidence: 0.6,
  lexicalScore: 1,
  graphSupport: 0,
  titleMatch: 0,
  evidence: [],
  graphEvidence: [],
  ruledOutBy: null,
  occupations: [clerk],
});

describe("implying occupations", () => {
  it("lends nothing when the best occupation rests on a loose reading of the text alone", () => {
    const loose = occupation(clerk, { similarity: INTAKE_TUNING.impliedMinSimilarity - 0.05 });
    expect(implyingOccupations([loose])).toEqual([]);
    expect(implyingOccupations([])).toEqual([]);
  });

  it("lends from a close vector match, a matched task or a title, and from near ties only", () => {
    const close = occupation(clerk, { similarity: INTAKE_TUNING.impliedMinSimilarity + 0.05 });
    expect(implyingOccupations([close]).map((o) => o.id)).toEqual(["occ:clerk"]);
    expect(implyingOccupations([occupation(clerk, { taskCount: 2 })])).toHaveLength(1);
    expect(implyingOccupations([occupation(clerk, { titleMatch: true })])).toHaveLength(1);

    const nearTie = occupation(analyst, { weight: INTAKE_TUNING.impliedOccupationShare + 0.05 });
    const distant = occupation(analyst, { weight: INTAKE_TUNING.impliedOccupationShare - 0.05 });
    expect(implyingOccupations([occupation(clerk, { taskCount: 1 }), nearTie]).map((o) => o.id)).toEqual(["occ:clerk", "occ:analyst"]);
    expect(implyingOccupations([occupation(clerk, { taskCount: 1 }), distant]).map((o) => o.id)).toEqual(["occ:clerk"]);
  });
});

describe("typicality", () => {
  it("reads O*NET's importance first, then the task type, then the middle", () => {
    expect(typicality({ importance: 0.9, taskType: "Supplemental" })).toBe(0.9);
    expect(typicality({ importance: null, taskType: "Core" })).toBe(INTAKE_TUNING.coreTypicality);
    expect(typicality({ importance: null, taskType: "Supplemental" })).toBe(INTAKE_TUNING.supplementalTypicality);
    expect(typicality({ importance: null, taskType: null })).toBe(INTAKE_TUNING.unratedTypicality);
  });
});

/** What the service does: the decomposition's implying occupations lend, its stated tasks are not implied. */
const implyFrom = (d: { tasks: DecomposedTask[]; occupations: OccupationMatch[] }, ...rest: [OccupationTask[], RuledOut[], number]) =>
  impliedTasks(implyingOccupations(d.occupations), d.tasks, ...rest);

describe("implied tasks", () => {
  const decomposition = {
    tasks: [statedTask("task:timesheets")],
    occupations: [occupation(clerk, { taskCount: 1 }), occupation(analyst, { weight: 0.5 })],
  };
  const candidates = [
    occupationTask("task:timesheets", clerk, { importance: 1 }),
    occupationTask("task:reconcile", clerk, { importance: 0.9 }),
    occupationTask("task:file", clerk, { importance: 0.2 }),
    occupationTask("task:phone", clerk, { importance: 0.8, keywords: ["customer calls"] }),
    occupationTask("task:model", analyst, { importance: 1, occupations: [analyst] }),
  ];

  it("lists the implying occupation's other tasks, most usual first, marked and explained", () => {
    const implied = implyFrom(decomposition, candidates, [], 10);
    expect(implied.map((t) => t.id)).toEqual(["task:reconcile", "task:phone", "task:file"]);
    expect(implied.every((t) => t.basis === "OCCUPATION" && t.lexicalScore === 0)).toBe(true);
    expect(implied[0]!.graphEvidence[0]).toContain('"Payroll clerk"');
    expect(implied[0]!.score).toBeGreaterThan(implied[2]!.score);
    expect(implied[0]!.score).toBeLessThan(decomposition.tasks[0]!.score);
    expect(implied[0]!.confidence).toBeGreaterThan(implied[2]!.confidence);
  });

  it("leaves out what the text rules out, and stays within the room left", () => {
    const ruledOut = [{ phrase: "no customer calls", words: ["custom", "call"] }];
    expect(implyFrom(decomposition, candidates, ruledOut, 10).map((t) => t.id)).toEqual(["task:reconcile", "task:file"]);
    expect(implyFrom(decomposition, candidates, [], 1).map((t) => t.id)).toEqual(["task:reconcile"]);
    expect(implyFrom(decomposition, candidates, [], 0)).toEqual([]);
  });

  it("counts a task two implying occupations share once, at its stronger", () => {
    const tie = { tasks: [], occupations: [occupation(clerk, { taskCount: 1 }), occupation(analyst, { weight: 0.9 })] };
    const shared = [
      occupationTask("task:report", analyst, { importance: 0.5, occupations: [clerk, analyst] }),
      occupationTask("task:report", clerk, { importance: 0.5, occupations: [clerk, analyst] }),
    ];
    const implied = implyFrom(tie, shared, [], 10);
    expect(implied).toHaveLength(1);
    expect(implied[0]!.graphEvidence[0]).toContain('"Payroll clerk"');
  });
});

describe("the listing of stated and implied tasks", () => {
  const stated = (id: string, score: number, phrases: string[] = []): DecomposedTask => ({
    ...statedTask(id),
    score,
    evidence: [{ clause: "c", phrases, words: [], strength: score, similarity: null }],
  });
  const implied = (id: string, score: number): DecomposedTask => ({ ...statedTask(id), basis: "OCCUPATION", score });

  it("puts a strong implied task before a loose match, and keeps the stated order", () => {
    const list = listing([stated("t:a", 0.9, ["a"]), stated("t:loose", 0.6), stated("t:looser", 0.5)], [implied("i:x", 0.75)], 10);
    expect(list.map((t) => t.id)).toEqual(["t:a", "i:x", "t:loose", "t:looser"]);
  });

  it("never puts an implied task before a task the text names, however weak", () => {
    const list = listing([stated("t:a", 0.9, ["a"]), stated("t:board", 0.65, ["board pack"]), stated("t:loose", 0.6)], [implied("i:x", 0.75), implied("i:y", 0.7)], 10);
    expect(list.map((t) => t.id)).toEqual(["t:a", "t:board", "i:x", "i:y", "t:loose"]);
  });

  it("stops at the limit, a stated task first on a tie", () => {
    expect(listing([stated("t:a", 0.7)], [implied("i:x", 0.7)], 1).map((t) => t.id)).toEqual(["t:a"]);
  });
});
