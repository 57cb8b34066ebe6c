import { describe, expect, it } from "vitest";
import { embeddingText } from "../../src/services/embedding/embeddingText.js";

describe("embeddingText", () => {
  it("gives a task its statement, the other ways people say it, then its description", () => {
    expect(
      embeddingText("Task", {
        name: "Reconcile the bank accounts",
        description: "Match every bank statement line to the ledger.",
        altLabels: ["Do the bank recs"],
      }),
    ).toBe("Reconcile the bank accounts. Do the bank recs. Match every bank statement line to the ledger.");
  });

  it("puts an occupation's reported titles before its description, so truncation cuts the description", () => {
    expect(
      embeddingText("Occupation", { name: "Accountants", description: "Examine financial records.", altLabels: ["CPA", "Staff Accountant"] }),
    ).toBe("Accountants. CPA. Staff Accountant. Examine financial records.");
  });

  it("leaves out a skill's or an outcome's alternative labels", () => {
    expect(embeddingText("Skill", { name: "Excel", description: "Spreadsheets.", altLabels: ["MS Excel"] })).toBe("Excel. Spreadsheets.");
    expect(embeddingText("Outcome", { name: "Cash collected", description: "", altLabels: null })).toBe("Cash collected");
  });

  it("drops a part another part contains (an O*NET description repeats the statement) and blank parts", () => {
    expect(
      embeddingText("Task", {
        name: "Prepare tax returns.",
        description: "Prepare tax returns. (Accountants)",
        altLabels: ["  ", "Prepare tax returns."],
      }),
    ).toBe("Prepare tax returns. (Accountants)");
  });
});
