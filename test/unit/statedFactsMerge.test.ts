import { describe, expect, it } from "vitest";
import { parseNeedInput } from "../../src/domain/need.js";
import { mergeStatedFacts } from "../../src/services/intake/reading/mergeFacts.js";
import { readStatedFacts } from "../../src/services/intake/reading/statedFacts.js";
import { MANAGER_NOTE } from "./fixtures/postings.js";

const facts = (text: string) => readStatedFacts(text, { today: "2026-11-29" });

describe("merging with the input facts", () => {
  const need = (fields: Record<string, unknown>) => parseNeedInput({ text: "x", ...fields });

  it("fills what the input leaves open from the text, with the source", () => {
    const { facts: merged, warnings } = mergeStatedFacts(need({}), facts(MANAGER_NOTE));
    expect(merged.durationWeeks).toMatchObject({ value: 26, origin: "TEXT", source: { phrase: "six months" } });
    expect(merged.remoteAllowed).toMatchObject({ value: true, origin: "TEXT" });
    expect(warnings).toEqual([]);
  });

  it("lets input facts win", () => {
    const { facts: merged } = mergeStatedFacts(need({ durationWeeks: 24, remoteAllowed: false }), facts("For six months, fully remote"));
    expect(merged.durationWeeks).toEqual({ value: 24, origin: "INPUT", source: null });
    expect(merged.remoteAllowed).toEqual({ value: false, origin: "INPUT", source: null });
  });

  it.each([
    [{ durationWeeks: 4 }, "For six months", 'durationWeeks = 4, but the text says "six months" (26 weeks).'],
    [{ ongoing: true }, "A two-week clean-up", 'ongoing = true, but the text says "two-week".'],
    [{ ongoing: true }, "A temporary role", 'ongoing = true, but the text says "temporary", which describes bounded work.'],
    [{ ongoing: false }, "A permanent role", 'ongoing = false, but the text says "permanent", which describes ongoing work.'],
    [{ durationWeeks: 12 }, "A permanent role", 'durationWeeks = 12, but the text says "permanent": is the need ongoing or a fixed term?'],
    [{ remoteAllowed: false }, "Fully remote", 'remoteAllowed = false, but the text says "Fully remote".'],
    [{ remoteAllowed: true }, "Must be in the office", 'remoteAllowed = true, but the text says "Must be in the office".'],
    [{ hoursPerWeek: 40 }, "Part-time", 'hoursPerWeek = 40, but the text says "Part-time".'],
    [{ hoursPerWeek: 40 }, "20 hours a week", 'hoursPerWeek = 40, but the text says "20 hours a week".'],
    [{ headcount: 1 }, "We need three more agents", 'headcount = 1, but the text says "three more agents".'],
    [{ dataSensitivity: "INTERNAL" }, "Update patient records", 'dataSensitivity = INTERNAL, but the text says "patient records", which is RESTRICTED data.'],
    [{ regulated: false }, "Test the SOX controls", 'regulated = false, but the text says "SOX" (financial reporting).'],
  ])("warns when %o contradicts %s", (fields, text, message) => {
    const { warnings } = mergeStatedFacts(need(fields), facts(text));
    expect(warnings.map((w) => w.message)).toEqual([message]);
    expect(warnings[0]!.code).toBe("CONTRADICTORY_FACTS");
  });

  it.each([
    [{ durationWeeks: 25 }, "For six months"],
    [{ hoursPerWeek: 21 }, "20 hours a week"],
    [{ remoteAllowed: true }, "Hybrid, two days a week in the office"],
    [{ dataSensitivity: "RESTRICTED" }, "Update customer data"],
    [{ ongoing: true }, "A 3-year engagement"],
  ])("does not warn when %o agrees closely enough with %s", (fields, text) => {
    expect(mergeStatedFacts(need(fields), facts(text)).warnings).toEqual([]);
  });
});
