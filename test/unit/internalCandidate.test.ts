/** Reading a stated internal candidate: the evidence internal mobility needs. */
import { describe, expect, it } from "vitest";
import { readInternalCandidate, readNoInternalSkill } from "../../src/services/intake/reading/internalCandidate.js";

describe("readInternalCandidate", () => {
  it.each([
    ["One of our commercial analysts has asked to move across for six months.", "One of our commercial analysts has asked"],
    ["Two of our data engineers are coming off the mobile project next month.", "Two of our data engineers are coming off"],
    ["Her manager has agreed to release her for it.", "release her"],
    ["We could offer it as a stretch assignment.", "stretch assignment"],
  ])("finds the candidate in %j", (text, phrase) => {
    expect(readInternalCandidate(text)).toBe(phrase);
  });

  it.each([
    "We need an expert to review our intercompany pricing for eight weeks.",
    "One of our suppliers failed the audit, so we need a replacement.",
    "Our team is overloaded and nobody inside has done this before.",
  ])("finds none in %j", (text) => {
    expect(readInternalCandidate(text)).toBeNull();
  });
});

describe("readNoInternalSkill", () => {
  it.each([
    ["We have no one who knows it.", "no one who knows"],
    ["Nobody in-house has done this before.", "Nobody in-house has done"],
    ["We don't have the expertise for a penetration test.", "We don't have the expertise"],
  ])("finds the gap in %j", (text, phrase) => {
    expect(readNoInternalSkill(text)).toBe(phrase);
  });

  it("finds none where the text says nothing of it", () => {
    expect(readNoInternalSkill("One of our analysts could take it on.")).toBeNull();
  });
});

