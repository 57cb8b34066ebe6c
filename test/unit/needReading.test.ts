import { describe, expect, it } from "vitest";
import { parseNeedInput } from "../../src/domain/need.js";
import { resolveNeedFacts } from "../../src/services/intake/needFacts.js";
import { readNeed } from "../../src/services/intake/needReading.js";

const need = (input: Record<string, unknown>) => parseNeedInput(input);

describe("readNeed", () => {
  it("takes clauses from the work segments of a posting, weighted by section, and leaves boilerplate out", () => {
    const reading = readNeed(
      need({
        text:
          "Warehouse Associate\nResponsibilities:\n- Pick and pack customer orders\n- Load delivery trucks\n" +
          "Requirements:\n- Able to lift 50 lbs\nBenefits: medical, dental and a 401(k) plan.\nWe are an equal opportunity employer.",
      }),
    );
    expect(reading.title).toBe("Warehouse Associate");
    expect(reading.titleStated).toBe(true);
    const texts = reading.clauses.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(["Pick and pack customer orders", "Load delivery trucks"]));
    expect(texts.join(" ")).not.toMatch(/401|dental|equal opportunity/);
    const duty = reading.clauses.find((c) => c.text === "Load delivery trucks")!;
    const requirement = reading.clauses.find((c) => /lift/.test(c.text));
    expect(duty.weight).toBe(1);
    if (requirement) expect(requirement.weight).toBeLessThan(duty.weight);
    expect(reading.workText).toMatch(/Pick and pack/);
  });

  it("keeps a plain note whole, treats a short need as a title guess, and never clauses a negated phrase", () => {
    const short = readNeed(need({ text: "A payroll specialist" }));
    expect(short.title).toBe("A payroll specialist");
    expect(short.titleStated).toBe(false);
    const note = readNeed(need({ text: "Key supplier invoices into the ledger. No customer contact." }));
    expect(note.ruledOut.map((r) => r.text)).toEqual(["customer contact"]);
    expect(note.clauses.map((c) => c.text).join(" ")).not.toMatch(/customer/);
  });
});

describe("resolveNeedFacts", () => {
  it("fills facts from the text with their words, and keeps stated facts first", () => {
    const text = "We need three more agents for night shifts, for six months, fully remote. Patient records are involved.";
    const facts = resolveNeedFacts(need({ text }));
    expect(facts).toMatchObject({ durationWeeks: 26, durationSource: "TEXT", headcount: 3, remoteAllowed: true, remoteSource: "TEXT" });
    expect(facts.coverage).toContain("NIGHTS");
    expect(facts.sources.find((s) => s.field === "durationWeeks")).toEqual({ field: "durationWeeks", origin: "TEXT", phrase: expect.stringMatching(/six months/) });
    const stated = resolveNeedFacts(need({ text, durationWeeks: 52, remoteAllowed: false }));
    expect(stated).toMatchObject({ durationWeeks: 52, durationSource: "FACT", remoteAllowed: false, remoteSource: "FACT" });
    expect(stated.contradictions).toEqual(
      expect.arrayContaining([expect.stringMatching(/durationWeeks = 52, but the text says "[^"]*six months/), expect.stringMatching(/remoteAllowed = false/)]),
    );
  });

  it("takes an outright term as a fact and a mere hint only as a hint", () => {
    expect(resolveNeedFacts(need({ text: "A permanent role running payroll" }))).toMatchObject({ ongoing: true, ongoingSource: "TEXT", ongoingHint: null });
    const hinted = resolveNeedFacts(need({ text: "Run the weekly payroll" }));
    expect(hinted).toMatchObject({ ongoing: null, ongoingSource: null, ongoingHint: { ongoing: true, phrase: "weekly" } });
    expect(hinted.contradictions).toEqual([]);
  });

  it("reads tenure so far and client control, the facts co-employment turns on", () => {
    const facts = resolveNeedFacts(
      need({ text: "The contractor has been with us for two years, works our hours and reports daily to our finance manager." }),
    );
    expect(facts.tenureWeeks).toBe(104);
    expect(facts.control).toEqual(expect.arrayContaining(["CLIENT_HOURS", "REPORTS_TO_CLIENT"]));
  });
});
