import { describe, expect, it } from "vitest";
import { aggregate, calibrate, hitAtK, judge, recallAtK, type Truth } from "../../tools/bench/eval/metrics.js";

const task = (id: string, ...occupations: string[]) => ({ id, occupations: occupations.map((o) => ({ id: o })) });
const truth = (occupations: string[], tasks: string[], stated: string[] = []): Truth => ({
  occupations: new Set(occupations),
  tasks: new Set(tasks),
  stated: new Set(stated),
});

describe("hitAtK", () => {
  it("is true only when a right id is among the first k", () => {
    const right = new Set(["b"]);
    expect(hitAtK(["a", "b", "c"], right, 1)).toBe(false);
    expect(hitAtK(["a", "b", "c"], right, 2)).toBe(true);
    expect(hitAtK(["b"], right, 5)).toBe(true);
    expect(hitAtK([], right, 5)).toBe(false);
  });
});

describe("recallAtK", () => {
  it("counts the relevant ids in the first k out of min(k, number relevant)", () => {
    expect(recallAtK(["a", "x", "b"], new Set(["a", "b"]), 3)).toBe(1);
    expect(recallAtK(["a", "x", "b"], new Set(["a", "b"]), 2)).toBe(0.5);
    // Three relevant, room for two: finding both possible ones is full recall.
    expect(recallAtK(["a", "b", "c"], new Set(["a", "b", "c"]), 2)).toBe(1);
    expect(recallAtK(["x", "y"], new Set(["a"]), 2)).toBe(0);
  });

  it("is NaN when nothing is relevant, so an average can leave it out", () => {
    expect(recallAtK(["a"], new Set(), 20)).toBeNaN();
  });
});

describe("judge", () => {
  it("reads hits from the ranked occupations and from the occupations of the top tasks", () => {
    const result = {
      occupations: [{ id: "occ:b" }, { id: "occ:a" }],
      tasks: [task("t9", "occ:b"), task("t1", "occ:a"), task("t2", "occ:a")],
    };
    const j = judge(result, truth(["occ:a"], ["t1", "t2", "t3", "t4"]));
    expect(j).toMatchObject({ occupationHit1: false, occupationHit5: true, taskOccupationHit1: false, taskOccupationHit5: true, empty: false });
    expect(j.taskRecall).toBe(0.5);
    expect(j.statedFound).toBeNaN();
  });

  it("sets the stated tasks aside: reported as found, and left out of recall's list and denominator", () => {
    const result = { occupations: [{ id: "occ:a" }], tasks: [task("t1", "occ:a"), task("x", "occ:z"), task("t3", "occ:a"), task("t2", "occ:a")] };
    const j = judge(result, truth(["occ:a"], ["t1", "t2", "t3", "t4", "t5"], ["t1", "t2", "t9"]));
    expect(j.statedFound).toBeCloseTo(2 / 3);
    // Unstated relevant: t3, t4, t5; returned among them: t3.
    expect(j.taskRecall).toBeCloseTo(1 / 3);
  });

  it("counts an empty answer as a miss everywhere", () => {
    const j = judge({ occupations: [], tasks: [] }, truth(["occ:a"], ["t1"]));
    expect(j).toMatchObject({ occupationHit1: false, occupationHit5: false, taskOccupationHit1: false, taskOccupationHit5: false, taskRecall: 0, empty: true });
  });
});

describe("aggregate", () => {
  it("averages the hits over every need and the recall over the needs that have something to recall", () => {
    const a = judge({ occupations: [{ id: "o" }], tasks: [task("t1", "o")] }, truth(["o"], ["t1", "t2"]));
    const b = judge({ occupations: [], tasks: [] }, truth(["o"], []));
    const total = aggregate([a, b]);
    expect(total).toMatchObject({ n: 2, occupationHit1: 0.5, occupationHit5: 0.5, taskOccupationHit1: 0.5, empty: 1 });
    expect(total.taskRecall).toBe(0.5);
    expect(total.statedFound).toBeNaN();
  });
});

describe("calibrate", () => {
  it("buckets tasks by reported confidence and fits right-or-wrong on score", () => {
    const tasks = [
      [0.1, 0.2, false],
      [0.2, 0.3, false],
      [0.3, 0.4, true],
      [0.5, 0.6, false],
      [0.6, 0.7, true],
      [0.8, 0.9, true],
      [0.9, 0.95, true],
    ] as const;
    const { buckets, fit } = calibrate(tasks);
    expect(buckets.map((b) => [b.label, b.n])).toEqual([["0.0-0.5", 3], ["0.5-0.8", 2], ["0.8-1.0", 2]]);
    expect(buckets[0]!.right).toBeCloseTo(1 / 3);
    expect(buckets[2]!.meanConfidence).toBeCloseTo(0.925);
    expect(fit.slope).toBeGreaterThan(0);
    expect(fit.midpoint).toBeGreaterThan(0.1);
    expect(fit.midpoint).toBeLessThan(0.9);
  });
});
