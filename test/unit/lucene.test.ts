import { describe, expect, it } from "vitest";
import { anyOf, escapeTerm, terms } from "../../src/services/lucene.js";

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
