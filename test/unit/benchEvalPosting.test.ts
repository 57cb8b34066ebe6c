import { describe, expect, it } from "vitest";
import { NEED_LIMITS } from "../../src/domain/need.js";
import { composePosting, DUTIES, type PostingSource } from "../../tools/bench/eval/posting.js";
import { mulberry32 } from "../../tools/bench/lib.js";

const source: PostingSource = {
  title: "Bookkeeping, Accounting, and Auditing Clerks",
  jobTitles: ["Bookkeeper", "Accounting Clerk"],
  technologies: ["Intuit QuickBooks", "Microsoft Excel", "SAP"],
  tasks: [
    "Operate computers programmed with accounting software to record, store, and analyze information.",
    "Check figures, postings, and documents for correct entry, mathematical accuracy, and proper codes.",
    "Comply with federal, state, and company policies, procedures, and regulations.",
    "Debit, credit, and total accounts on computer spreadsheets and databases.",
    "Classify, record, and summarize numerical and financial data to compile and keep financial records.",
    "Reconcile or note and report discrepancies found in records.",
    "Prepare bank deposits.",
    "Receive, record, and bank cash, checks, and vouchers.",
    "Calculate, prepare, and issue bills, invoices, and account statements.",
  ].map((statement, i) => ({ id: `onet:task:${i + 1}`, statement })),
};
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
const unescape = (s: string) => s.replaceAll("&amp;", "&").replaceAll("&#39;", "'");

describe("composePosting", () => {
  it("gives the same posting for the same seed, and varied postings across seeds", () => {
    expect(composePosting(source, mulberry32(3))).toEqual(composePosting(source, mulberry32(3)));
    const texts = new Set(seeds.map((seed) => composePosting(source, mulberry32(seed)).text));
    expect(texts.size).toBe(seeds.length);
    // Templates vary: markup, markdown headings, numbered lists and bullets all occur.
    const all = [...texts].join("\n");
    for (const mark of ["<li>", "## ", "\n1. ", "• "]) expect(all).toContain(mark);
  });

  it("states between the minimum and maximum of duties, each the task's own words with only its structure changed", () => {
    for (const seed of seeds) {
      const posting = composePosting(source, mulberry32(seed));
      expect(posting.statedTaskIds.length).toBeGreaterThanOrEqual(DUTIES.min);
      expect(posting.statedTaskIds.length).toBeLessThanOrEqual(DUTIES.max);
      expect(new Set(posting.statedTaskIds).size).toBe(posting.statedTaskIds.length);
      const text = unescape(posting.text).toLowerCase();
      for (const id of posting.statedTaskIds) {
        const statement = source.tasks.find((t) => t.id === id)!.statement;
        expect(text).toContain(statement.toLowerCase().replace(/\.$/, ""));
      }
    }
  });

  it("wraps the duties in boilerplate: a title line first, then pay, equal opportunity and how to apply", () => {
    const posting = composePosting(source, mulberry32(11));
    const firstLine = unescape(posting.text.split("\n")[0]!.replace(/<[^>]+>/g, "").replace(/^# /, ""));
    expect([source.title, ...source.jobTitles].some((title) => firstLine.startsWith(title))).toBe(true);
    expect(posting.text).toMatch(/\$\d/);
    expect(posting.text).toMatch(/[Ee]qual [Oo]pportunity|EOE/);
  });

  it("stays within the API's text limit for very long task statements, dropping boilerplate first, then duties", () => {
    const longer = (times: number): PostingSource => ({
      ...source,
      tasks: source.tasks.map((t) => ({ ...t, statement: `${t.statement} ${"Keep records. ".repeat(times)}` })),
    });
    for (const seed of seeds.slice(0, 10)) {
      const trimmed = composePosting(longer(60), mulberry32(seed));
      expect(trimmed.text.length).toBeLessThanOrEqual(NEED_LIMITS.textMax);
      expect(trimmed.statedTaskIds).toEqual(composePosting(source, mulberry32(seed)).statedTaskIds);
      const cut = composePosting(longer(200), mulberry32(seed));
      expect(cut.text.length).toBeLessThanOrEqual(NEED_LIMITS.textMax);
      expect(cut.statedTaskIds.length).toBeGreaterThanOrEqual(1);
      for (const id of cut.statedTaskIds) {
        expect(unescape(cut.text).toLowerCase()).toContain(source.tasks.find((t) => t.id === id)!.statement.toLowerCase().replace(/\.$/, ""));
      }
      expect(cut.statedTaskIds.length).toBeLessThan(trimmed.statedTaskIds.length);
    }
  });
});
