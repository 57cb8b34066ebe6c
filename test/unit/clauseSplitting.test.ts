import { describe, expect, it } from "vitest";
import { clauses } from "../../src/services/intake/text.js";

describe("clause splitting", () => {
  it("splits the same whatever the runs of whitespace between words", () => {
    const tidy = "Pull the weekly sales numbers and send the board pack. Then file the invoices";
    const spaced = tidy.replace(/ /g, " \t  ".repeat(50));
    expect(clauses(spaced)).toEqual(clauses(tidy));
    expect(clauses(tidy)).toEqual(["Pull the weekly sales numbers", "send the board pack.", "Then file the invoices"]);
  });

  it("keeps a line break as a clause boundary inside a run of whitespace", () => {
    expect(clauses("Answer customer calls   \n \t  Book the travel")).toEqual(["Answer customer calls", "Book the travel"]);
  });

  it("handles 200,000 characters of whitespace before a clause (linear, see bench:limits)", () => {
    expect(clauses(`${" ".repeat(200_000)}Answer customer calls${" ".repeat(200_000)}and book travel`)).toEqual([
      "Answer customer calls",
      "book travel",
    ]);
  });
});
