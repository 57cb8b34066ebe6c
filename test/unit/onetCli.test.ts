import { describe, expect, it } from "vitest";
import { splitStep, type StepWrite } from "../../src/graph/repositories/onetRepository.js";
import type { ImportReport } from "../../src/importers/onet/importOnet.js";
import { ImportUsageError, parseImportArgs } from "../../src/importers/onet/options.js";
import { progressBar, renderBar } from "../../src/importers/onet/progress.js";
import { formatProblems, formatSummary } from "../../src/importers/onet/summary.js";

describe("parseImportArgs", () => {
  it("fills the defaults", () => {
    expect(parseImportArgs(["--dir", "data/onet"])).toEqual({ dir: "data/onet", source: "onet-29.3", batchSize: 1000, force: false });
  });

  it("reads every flag, as `--flag value` or `--flag=value`", () => {
    expect(
      parseImportArgs(["--dir=d", "--exposure", "e.tsv", "--ratings", "r.csv", "--source", "onet-fixture", "--batch-size", "250", "--force"]),
    ).toEqual({ dir: "d", exposure: "e.tsv", ratings: "r.csv", source: "onet-fixture", batchSize: 250, force: true });
  });

  it("rejects a missing --dir, an unknown flag, a flag without a value and a bad source", () => {
    expect(() => parseImportArgs([])).toThrow(ImportUsageError);
    expect(() => parseImportArgs([])).toThrow("--dir (the folder of the O*NET text release) is required");
    expect(() => parseImportArgs(["--dir", "d", "--dry-run"])).toThrow(`unknown argument "--dry-run"`);
    expect(() => parseImportArgs(["--dir", "--source", "x"])).toThrow("--dir needs a value");
    expect(() => parseImportArgs(["--dir", "d", "--source", "Bad Source"])).toThrow(/source: must be lower-case/);
    expect(() => parseImportArgs(["--dir", "d", "--batch-size", "0"])).toThrow(/batchSize/);
  });
});

describe("splitStep", () => {
  const node = (id: string, links: string[]) => ({ id, hash: id, props: {}, links: { broader: links } });
  const step: StepWrite = {
    traits: [{ id: "trait:x", name: "X", description: "X" }],
    nodes: { label: "WorkActivity", items: [node("a", []), node("b", ["a"]), node("c", ["a", "b"])] },
    aspect: { name: "taskActivities", items: [{ id: "t", hash: "h", links: ["a", "b", "c", "d"] }] },
  };

  it("keeps a step that fits the budget in one transaction", () => {
    expect(splitStep(step, 100)).toEqual([step]);
  });

  it("splits a bigger step into whole items in order, the traits with the first part", () => {
    const parts = splitStep(step, 5);
    expect(parts.map((p) => [p.traits?.length ?? 0, p.nodes?.items.map((i) => i.id) ?? [], p.aspect?.items.map((i) => i.id) ?? []])).toEqual([
      [1, ["a", "b"], []],
      [0, ["c"], []],
      // An item bigger than the budget still goes whole, alone.
      [0, [], ["t"]],
    ]);
  });
});

describe("progress and summary", () => {
  it("draws a bar with the step, the percentage and the counts", () => {
    expect(renderBar("Task Statements.txt", 500, 1000)).toBe(
      `${"Task Statements.txt".padEnd(40)} [##############--------------]  50% 500/1000`,
    );
    expect(renderBar("empty", 0, 0)).toContain("100% 0/0");
  });

  it("redraws at most every 100 ms, but always at the end of a step", () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ write: (s: string) => written.push(s) > 0 }, () => now);
    bar.update("f", 0, 10);
    now = 50;
    bar.update("f", 5, 10);
    bar.update("f", 10, 10);
    now = 300;
    bar.update("g", 1, 10);
    expect(written.map((s) => s.replace(/\s+/g, " ").trim())).toEqual([
      expect.stringContaining("0/10"),
      expect.stringContaining("10/10"),
      expect.stringContaining("1/10"),
    ]);
  });

  const report: ImportReport = {
    source: "onet-fixture",
    files: [
      {
        file: "Task Statements.txt",
        rows: 16,
        bad: 1,
        skipped: 0,
        writes: "15 Task nodes",
        counts: { created: 15, changed: 0, unchanged: 0 },
        problems: [{ file: "Task Statements.txt", line: 9, message: "Task ID: must be a whole number" }],
        ms: 10,
      },
      { file: "Job Zones.txt", rows: 3, bad: 0, skipped: 0, writes: "jobZone of the occupations", counts: null, problems: [], ms: 0 },
    ],
    traitsCreated: 0,
    totals: { rows: 19, bad: 1, skipped: 0, created: 15, changed: 0, unchanged: 0 },
    vectors: {
      counts: {
        Task: { embedded: 15, unchanged: 0, pruned: 0 },
        Occupation: { embedded: 0, unchanged: 2, pruned: 0 },
        Skill: { embedded: 0, unchanged: 0, pruned: 0 },
        Outcome: { embedded: 0, unchanged: 0, pruned: 0 },
      },
      ms: 250,
    },
    ms: 1234,
  };

  it("summarises each file with rows, bad, skipped, created, changed and unchanged, then totals, vectors made and time", () => {
    expect(formatSummary(report).split("\n")).toEqual([
      "file                          rows       bad   skipped   created   changed unchanged  writes",
      "Task Statements.txt             16         1         0        15         0         0  15 Task nodes",
      "Job Zones.txt                    3         0         0         -         -         -  jobZone of the occupations",
      "total                           19         1         0        15         0         0",
      "sentence vectors made: Task 15, Occupation 0, Skill 0, Outcome 0 (0.3 s; unchanged text is not embedded again)",
      "source onet-fixture: 1.2 s",
    ]);
  });

  it("lists bad rows as file:line: message", () => {
    expect(formatProblems(report)).toEqual(["Task Statements.txt:9: Task ID: must be a whole number"]);
    expect(formatProblems(report, 0)).toEqual(["Task Statements.txt: ... and 1 more bad rows"]);
  });
});
