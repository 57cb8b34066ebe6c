import { describe, expect, it } from "vitest";
import { anyOf, clauseCount, escapeTerm, MAX_QUERY_CLAUSES, MAX_TYPED_QUERY_CLAUSES, terms, typedQuery } from "../../src/services/lucene.js";

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

describe("typedQuery: the clause cap on a query a user types", () => {
  const refusal = (text: string) => {
    try {
      typedQuery(text, "query");
    } catch (error) {
      return error;
    }
    return null;
  };

  it("searches every distinct word of a query at the cap, the last also as a prefix", () => {
    const words = Array.from({ length: MAX_TYPED_QUERY_CLAUSES }, (_, i) => `w${i}`);
    const query = typedQuery(words.join(" "), "query")!;
    expect(query.split(" OR ")).toHaveLength(MAX_TYPED_QUERY_CLAUSES + 1);
    expect(query.endsWith(`w${MAX_TYPED_QUERY_CLAUSES - 1} OR w${MAX_TYPED_QUERY_CLAUSES - 1}*`)).toBe(true);
    // A repeated word is one clause.
    expect(typedQuery("payroll ".repeat(100), "query")).toBe("payroll OR payroll*");
  });

  it("refuses one clause past the cap with BAD_USER_INPUT naming the field and the limit", () => {
    const words = Array.from({ length: MAX_TYPED_QUERY_CLAUSES + 1 }, (_, i) => `w${i}`).join(" ");
    expect(refusal(words)).toMatchObject({ code: "BAD_USER_INPUT", details: { field: "query", limit: MAX_TYPED_QUERY_CLAUSES, clauses: 41 } });
    expect((refusal(words) as Error).message).toMatch(/at most 40/);
  });

  it("counts CJK per character and hyphenated words per part, as the analyzer does", () => {
    expect(typedQuery("請".repeat(MAX_TYPED_QUERY_CLAUSES), "query")).not.toBeNull();
    expect(refusal("請求書を送る".repeat(7))).toMatchObject({ code: "BAD_USER_INPUT", details: { clauses: 42 } });
    expect(refusal(Array.from({ length: 21 }, (_, i) => `a${i}-b${i}`).join(" "))).toMatchObject({ details: { clauses: 42 } });
    // Katakana and Hangul runs are one token each, as Lucene's StandardTokenizer makes them.
    expect(typedQuery("データベース 관리자", "query")).toBe("データベース OR 관리자 OR 관리자*");
  });

  it("answers null for text without words and never refuses it", () => {
    expect(typedQuery(" ~~ *** () ".repeat(20), "query")).toBeNull();
  });
});
