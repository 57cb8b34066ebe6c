import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkHeader, OnetFileError, OnetImportError, parseTable } from "../../src/importers/onet/delimited.js";
import { readRelease } from "../../src/importers/onet/release.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/onet");
const RELEASE = path.join(FIXTURES, "release");
const BROKEN = path.resolve(import.meta.dirname, "../fixtures/onet-broken");
const temporary: string[] = [];

/** A copy of the fixture release with one file rewritten, to test one defect at a time. */
async function releaseWith(file: string, edit: (text: string) => string | null): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "workgraph-onet-"));
  temporary.push(dir);
  await cp(RELEASE, dir, { recursive: true });
  const next = edit(await readFile(path.join(dir, file), "utf8"));
  if (next === null) await rm(path.join(dir, file));
  else await writeFile(path.join(dir, file), next);
  return dir;
}

async function importErrorOf(promise: Promise<unknown>): Promise<OnetImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OnetImportError) return error;
    throw error;
  }
  throw new Error("expected an OnetImportError");
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("parseTable", () => {
  it("reads O*NET tab-separated text: spreadsheet quoting, CRLF, a BOM and blank lines", () => {
    const text = '\uFEFFa\tb\r\n1\t"say ""hi"""\r\n\r\n2\tplain "quote" inside\r\n';
    expect(parseTable(text, "\t")).toEqual({
      header: ["a", "b"],
      records: [
        { line: 2, fields: ["1", 'say "hi"'] },
        { line: 4, fields: ["2", 'plain "quote" inside'] },
      ],
    });
  });

  it("reads CSV with quoted commas, doubled quotes and a line break inside quotes, keeping each record's first line", () => {
    const text = 'a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n3,,\n';
    expect(parseTable(text, ",")).toEqual({
      header: ["a", "b", "c"],
      records: [
        { line: 2, fields: ["1", "x, y", 'say "hi"'] },
        { line: 3, fields: ["2", "two\nlines", "z"] },
        { line: 5, fields: ["3", "", ""] },
      ],
    });
  });

  it("reads a last line without a newline", () => {
    expect(parseTable("a,b\n1,2", ",").records).toEqual([{ line: 2, fields: ["1", "2"] }]);
    expect(parseTable("a\tb\n1\t2", "\t").records).toEqual([{ line: 2, fields: ["1", "2"] }]);
  });
});

describe("checkHeader", () => {
  const required = ["O*NET-SOC Code", "Title"];

  it("accepts extra columns in any order", () => {
    expect(() => checkHeader("f.txt", parseTable("Extra\tTitle\tO*NET-SOC Code\n", "\t"), required, "\t")).not.toThrow();
  });

  it("names a comma-separated file as not tab-separated", () => {
    expect(() => checkHeader("f.txt", parseTable("O*NET-SOC Code,Title\n", "\t"), required, "\t")).toThrow(
      new OnetFileError("f.txt", "is not tab-separated (the header line is separated by commas)"),
    );
  });

  it("names every missing column and shows the header it found", () => {
    expect(() => checkHeader("f.txt", parseTable("O*NET-SOC Code\tName\tX\n", "\t"), [...required, "Y"], "\t")).toThrow(
      'f.txt: missing columns "Title", "Y" (the header has "O*NET-SOC Code", "Name", "X")',
    );
  });
});

describe("readRelease", () => {
  it("validates every row, reporting a bad row with its file and line and skipping flagged ratings", async () => {
    const release = await readRelease({ dir: RELEASE });
    expect(release.tasks.stats).toMatchObject({ file: "Task Statements.txt", rows: 16, bad: 1, skipped: 0 });
    expect(release.tasks.stats.problems).toEqual([{ file: "Task Statements.txt", line: 9, message: "Task ID: must be a whole number" }]);
    expect(release.tasks.rows).toHaveLength(15);
    // Recommend Suppress = Y and Not Relevant = Y rows are valid but skipped, not bad.
    expect(release.skills.stats).toMatchObject({ rows: 24, bad: 0, skipped: 3 });
    expect(release.knowledge.stats).toMatchObject({ rows: 12, bad: 0, skipped: 1 });
    expect(release.exposure).toBeNull();
    expect(release.ratings).toBeNull();
  });

  it("unquotes a task statement written with spreadsheet quoting", async () => {
    const release = await readRelease({ dir: RELEASE });
    expect(release.tasks.rows.find((r) => r.row.taskId === 990006)?.row.statement).toBe('Compose "tasting notes" describing lunar cheese aromas.');
  });

  it("reads the companion files named by their file names", async () => {
    const release = await readRelease({
      dir: RELEASE,
      exposure: path.join(FIXTURES, "full_labelset.tsv"),
      ratings: path.join(FIXTURES, "task_level_freq_importance_relevance.csv"),
    });
    expect(release.exposure?.stats).toMatchObject({ file: "full_labelset.tsv", rows: 9, bad: 0 });
    expect(release.exposure?.rows[0]?.row).toEqual({ code: "99-0001.00", taskId: 990001, gpt4: "E0", human: "E0", automation: "T0" });
    expect(release.ratings?.stats).toMatchObject({ file: "task_level_freq_importance_relevance.csv", rows: 11, bad: 0 });
    expect(release.ratings?.rows[1]?.row).toEqual({ code: "99-0001.00", taskId: 990002, frequencyPerDay: 0.31, importance: null });
  });

  it("stops on every malformed file of the broken folder, naming each and the problem", async () => {
    const error = await importErrorOf(readRelease({ dir: BROKEN }));
    expect(error.errors.map((e) => e.message)).toEqual([
      "Job Zones.txt: is not tab-separated (the header line is separated by commas)",
      'Task Statements.txt: missing column "Task ID" (the header has "O*NET-SOC Code", "Title", "Task Number", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source")',
    ]);
  });

  it("treats a file whose rows are mostly invalid as malformed", async () => {
    const dir = await releaseWith("Tasks to DWAs.txt", (text) => text.replaceAll("4.A.", "4-A-"));
    const error = await importErrorOf(readRelease({ dir }));
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]?.message).toMatch(/^Tasks to DWAs.txt: 16 of 16 rows are invalid \(line 2: DWA ID: must be a DWA id/);
  });

  it("reports a row with the wrong number of fields as bad, not the file", async () => {
    const dir = await releaseWith("Occupation Data.txt", (text) => `${text}99-0009.00\tOnly a title\n`);
    const release = await readRelease({ dir });
    expect(release.occupations.stats.problems).toEqual([{ file: "Occupation Data.txt", line: 6, message: "expected 3 fields, found 2" }]);
  });

  it("imports without the optional files, but not without a required one", async () => {
    const withoutTitles = await releaseWith("Sample of Reported Titles.txt", () => null);
    expect((await readRelease({ dir: withoutTitles })).reportedTitles).toBeNull();

    const withoutTasks = await releaseWith("Task Statements.txt", () => null);
    const error = await importErrorOf(readRelease({ dir: withoutTasks }));
    expect(error.errors.map((e) => e.file)).toEqual(["Task Statements.txt"]);
    expect(error.message).toContain("Task Statements.txt: not found");
  });

  it("fails clearly when the folder or a companion file does not exist", async () => {
    const noFolder = await importErrorOf(readRelease({ dir: path.join(FIXTURES, "no-such-folder") }));
    expect(noFolder.message).toContain("no-such-folder: is not a folder");
    const noExposure = await importErrorOf(readRelease({ dir: RELEASE, exposure: path.join(FIXTURES, "missing.tsv") }));
    expect(noExposure.errors.map((e) => e.file)).toEqual(["missing.tsv"]);
  });
});
