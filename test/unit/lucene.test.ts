import { describe, expect, it } from "vitest";
import { anyOf, clauseCount, escapeTerm, MAX_QUERY_CLAUSES, terms } from "../../src/services/lucene.js";

describe("terms", () => {
  it("lower-cases words and drops punctuation", () => {
    expect(terms("Pull the WEEKLY sales numbers, then send the board-pack!")).toEqual([
      "pull", "the", "weekly", "sales", "numbers", "then", "send", "the", "board-pack",
    ]);
  });

  it("drops Lucene operators and syntax, keeping the words", () => {
    expect(terms('payroll AND (tax OR "year end") NOT ~fraud* title:x^3')).toEqual([
      "payroll", "tax", "year", "end", "fraud", "title", "x", "3",
    ]);
  });

  it("keeps letters of other scripts", () => {
    expect(terms("Buchhaltung für Lieferantenrechnungen, 請求書")).toEqual(["buchhaltung", "für", "lieferantenrechnungen", "請求書"]);
  });

  it("returns nothing for text without words", () => {
    expect(terms("  *** ~~ () ")).toEqual([]);
  });

  it("caps the number of terms so a huge text cannot build a huge query", () => {
    expect(terms("word ".repeat(1000))).toHaveLength(64);
  });
});

describe("escapeTerm and anyOf", () => {
  it("escapes every Lucene special character", () => {
    expect(escapeTerm('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it("joins escaped words with OR, optionally adding a prefix match on the last", () => {
    expect(anyOf(["board-pack", "sales"])).toBe("board\\-pack OR sales");
    expect(anyOf(["payr"], { prefixLast: true })).toBe("payr OR payr*");
    expect(anyOf([])).toBeNull();
  });
});

describe("the clause budget", () => {
  /** Clauses of a built query, as Lucene's analyzer makes them (the prefix match is one). */
  const clausesOf = (query: string) => query.split(" OR ").reduce((n, part) => n + (part.endsWith("*") ? 1 : clauseCount(part.replace(/\\/g, ""))), 0);

  it("counts a clause per Han or Hiragana character and per run of other letters", () => {
    expect(clauseCount("請求書")).toBe(3);
    expect(clauseCount("ひらがな")).toBe(4);
    expect(clauseCount("board-pack")).toBe(2);
    expect(clauseCount("lohnbuchhaltung")).toBe(1);
    expect(clauseCount("abc請求")).toBe(3);
  });

  it("keeps CJK text up to the budget, exactly, instead of failing in Lucene", () => {
    const cjk = "大家好我们需要一位会计师处理发票".repeat(625);
    const query = anyOf(terms(cjk))!;
    expect(clausesOf(query)).toBe(MAX_QUERY_CLAUSES);
    expect(clausesOf(anyOf(terms(cjk), { prefixLast: true })!)).toBe(MAX_QUERY_CLAUSES);
    expect(query.startsWith("大家好我们")).toBe(true);
  });

  it("stops adding words at the budget, with a word that would overrun it cut", () => {
    const words = ["請".repeat(MAX_QUERY_CLAUSES - 4), "payroll-tax-year-end-close", "audit"];
    const query = anyOf(words)!;
    expect(clausesOf(query)).toBe(MAX_QUERY_CLAUSES);
    expect(query.split(" OR ")).toEqual(["請".repeat(MAX_QUERY_CLAUSES - 4), "payroll\\-tax\\-year\\-end"]);
  });

  it("leaves ordinary text as it was", () => {
    expect(anyOf(["pull", "weekly", "sales"])).toBe("pull OR weekly OR sales");
  });
});
