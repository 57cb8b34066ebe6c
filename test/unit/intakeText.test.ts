import { readStatedFacts } from "../../src/services/intake/reading/statedFacts.js";
import { describe, expect, it } from "vitest";
import {
  candidateWords,
  clauses,
  contentWords,
  matchedPhrases,
  sharedWords,
  stem,
  workWords,
} from "../../src/services/intake/text.js";

describe("clauses", () => {
  it("splits a need into the parts that each name a piece of work", () => {
    expect(clauses("I need a full-time analyst to pull the weekly sales numbers from three systems and send the board pack")).toEqual([
      "I need a full-time analyst to pull the weekly sales numbers from three systems",
      "send the board pack",
    ]);
  });

  it("splits on sentences, semicolons, commas and bullets, dropping parts without work words", () => {
    expect(clauses("Reconcile the bank accounts. Then, post journals; • chase overdue invoices\nThanks!")).toEqual([
      "Reconcile the bank accounts.",
      "post journals;",
      "chase overdue invoices",
      "Thanks!",
    ]);
  });

  it("caps the number of clauses of a very long need", () => {
    expect(clauses("Process invoices. ".repeat(200) + "Different task here.")).toHaveLength(2);
    expect(clauses(Array.from({ length: 100 }, (_, i) => `task number ${i}`).join(". "))).toHaveLength(24);
  });
});

describe("words", () => {
  it("drops stop words and words about the request rather than the work", () => {
    expect(contentWords("We need a full-time hire to run the payroll")).toEqual(["run", "payroll"]);
  });

  it("keeps role words for occupations but not for tasks", () => {
    expect(contentWords("senior data analyst")).toEqual(["senior", "data", "analyst"]);
    expect(workWords("senior data analyst")).toEqual(["senior", "data"]);
  });

  it("stems plurals and common verb endings", () => {
    expect(["reports", "reporting", "reported", "report", "policies", "tax"].map(stem)).toEqual([
      "report", "report", "report", "report", "policy", "tax",
    ]);
  });

  it("finds the phrases of a task a clause mentions in full, and the shared words", () => {
    const words = workWords("pull the weekly sales numbers");
    const phrases = ["sales numbers", "weekly", "board pack", "sales data"];
    expect(matchedPhrases(words, candidateWords(phrases.join(" "), phrases))).toEqual(["sales numbers", "weekly"]);
    expect(sharedWords(words, candidateWords("Compile the weekly sales report", []))).toEqual(["weekly", "sales"]);
  });
});

describe("facts in prose (read by readStatedFacts)", () => {
  it.each([
    ["a 12-week project", 12, "12-week"],
    ["for three months", 13, "three months"],
    ["a six month contract", 26, "six month"],
    ["about 2 years", 104, "2 years"],
    ["ten days of work", 2, "ten days"],
  ])("reads %j as %d weeks", (text, weeks, phrase) => {
    const fact = readStatedFacts(text).durationWeeks;
    expect(fact?.value).toBe(weeks);
    expect(fact?.source.phrase).toContain(phrase);
  });

  it("finds no duration where there is none", () => {
    expect(readStatedFacts("Run the weekly payroll").durationWeeks).toBeNull();
  });

  it("tells ongoing work from projects", () => {
    expect(readStatedFacts("Run payroll every month").ongoing).toMatchObject({ value: true, source: { phrase: "every month" } });
    expect(readStatedFacts("Migrate the CRM by Q3").ongoing).toMatchObject({ value: false });
    expect(readStatedFacts("Answer customer calls").ongoing).toBeNull();
  });
});
