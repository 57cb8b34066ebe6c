/** Reading work done by hand or on a fixed cadence: the manual pattern software could take over. */
import { describe, expect, it } from "vitest";
import { readManualRoutine } from "../../src/services/intake/reading/manualRoutine.js";

describe("readManualRoutine", () => {
  it.each([
    ["An analyst spends a day copying numbers out of Salesforce into a spreadsheet.", { byHand: "copying numbers out of", cadence: null }],
    ["Staff expenses are checked by hand against the policy.", { byHand: "by hand", cadence: null }],
    ["Each morning someone opens the tables and checks them.", { byHand: null, cadence: "Each morning" }],
    ["Someone checks it weekly to warn budget holders.", { byHand: null, cadence: "checks it weekly" }],
  ])("reads %j", (text, expected) => {
    expect(readManualRoutine(text)).toEqual(expected);
  });

  it("reads nothing in work that is neither", () => {
    expect(readManualRoutine("We need a permanent leader to run the payments team.")).toEqual({ byHand: null, cadence: null });
  });
});
