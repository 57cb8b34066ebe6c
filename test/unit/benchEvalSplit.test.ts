import { describe, expect, it } from "vitest";
import { halfOf, rngFor, sampleHalf } from "../../tools/bench/eval/split.js";

const codes = Array.from({ length: 400 }, (_, i) => `${String(11 + (i % 40)).padStart(2, "0")}-${String(1000 + i).padStart(4, "0")}.00`);
const id = (key: string) => key;

describe("halfOf", () => {
  it("puts a key in the same half every time, and about half of the keys in each", () => {
    const first = codes.map(halfOf);
    expect(codes.map(halfOf)).toEqual(first);
    const tune = first.filter((h) => h === "tune").length;
    expect(tune).toBeGreaterThan(codes.length * 0.4);
    expect(tune).toBeLessThan(codes.length * 0.6);
  });

  it("does not change silently: these pins move only with the salt, and then every published figure does too", () => {
    const keys = ["15-1252.00", "43-3031.00", "29-1141.00", "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"];
    expect(keys.map(halfOf)).toEqual(["tune", "report", "report", "report"]);
  });
});

describe("sampleHalf", () => {
  it("never puts an item in both halves, and together the halves hold every item", () => {
    const tune = sampleHalf(codes, id, "tune", Infinity, 42);
    const report = sampleHalf(codes, id, "report", Infinity, 42);
    expect(tune.filter((c) => report.includes(c))).toEqual([]);
    expect([...tune, ...report].sort()).toEqual([...codes].sort());
    expect(tune.every((c) => halfOf(c) === "tune")).toBe(true);
  });

  it("draws the same sample whatever the order of the input, and a different one for another seed", () => {
    const sample = sampleHalf(codes, id, "report", 25, 42);
    expect(sample).toHaveLength(25);
    expect(sampleHalf([...codes].reverse(), id, "report", 25, 42)).toEqual(sample);
    expect(sampleHalf(codes, id, "report", 25, 7)).not.toEqual(sample);
  });

  it("draws a subset's sample from the front of the superset's order, so overlapping sets share their needs", () => {
    const subset = codes.filter((_, i) => i % 3 === 0);
    const all = sampleHalf(codes, id, "tune", Infinity, 42);
    expect(sampleHalf(subset, id, "tune", 10, 42)).toEqual(all.filter((c) => subset.includes(c)).slice(0, 10));
  });
});

describe("rngFor", () => {
  it("gives the same sequence for the same key and another for another key", () => {
    const draw = (key: string) => Array.from({ length: 5 }, rngFor(key));
    expect(draw("posting:43-3031.00")).toEqual(draw("posting:43-3031.00"));
    expect(draw("posting:43-3031.00")).not.toEqual(draw("posting:43-3011.00"));
  });
});
