import { describe, expect, it } from "vitest";
import { benchOptions } from "../../tools/bench/eval/options.js";

describe("benchOptions", () => {
  it("defaults to 150 needs per set and half, both halves, every set, 3 stated tasks, seed graph and latency on", () => {
    const options = benchOptions([], {});
    expect(options).toMatchObject({ halves: ["tune", "report"], seedGraph: true, latency: true, help: false });
    expect(options.evaluation).toMatchObject({ perHalf: 150, statedTasks: 3, sets: null });
    expect(options.evaluation.crosswalk).toMatch(/esco_onet_crosswalk[/\\]esco_onet_crosswalk\.csv$/);
  });

  it("reads the flags and the data paths from the environment", () => {
    const options = benchOptions(
      ["--per-half", "20", "--halves", "report", "--sets", "O*NET reported title, ESCO alt label (all)", "--no-seed-graph", "--no-latency"],
      { ESCO_OCCUPATIONS: "/data/occ.csv", ESCO_ONET_CROSSWALK: "/data/cw.csv" },
    );
    expect(options).toMatchObject({ halves: ["report"], seedGraph: false, latency: false });
    expect(options.evaluation).toMatchObject({
      perHalf: 20,
      sets: ["O*NET reported title", "ESCO alt label (all)"],
      escoOccupations: "/data/occ.csv",
      crosswalk: "/data/cw.csv",
    });
  });

  it("refuses a bad value or an unknown flag with the usage, naming the flag", () => {
    expect(() => benchOptions(["--per-half", "0"], {})).toThrow(/--per-half: .*\n.*usage: npm run bench:decompose/s);
    expect(() => benchOptions(["--halves", "tune,test"], {})).toThrow(/--halves/);
    expect(() => benchOptions(["--perhalf", "10"], {})).toThrow(/Unknown option '--perhalf'.*usage/s);
  });
});
