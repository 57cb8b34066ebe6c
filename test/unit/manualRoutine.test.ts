/** Reading work done by hand or on a fixed cadence: the manual pattern software could take over. */
import { describe, expect, it } from "vitest";
import { readManualRoutine } from "../../src/services/intake/reading/manualRoutine.js";

describe("readManualRoutine", () => {
  it.each([
    ["An analyst spends a day copying numbers out of Salesforce into a spreadsheet.", { byHand: "copying numbers out of", cadence: null }],
    ["Staff expenses are checked by hand against the policy.", { byHand: "by hand", cadence: null }],
    ["Each morning someone opens the tables and checks them.", { byHand: "someone opens", cadence: "Each morning" }],
    ["Someone checks it weekly to warn budget holders.", { byHand: "Someone checks", cadence: "checks it weekly" }],
    ["Every Friday someone downloads the bank statement.", { byHand: "someone downloads", cadence: "Every Friday" }],
  ])("reads %j", (text, expected) => {
    expect(readManualRoutine(text)).toEqual(expected);
  });

  it("reads nothing in work that is neither", () => {
    expect(readManualRoutine("We need a permanent leader to run the payments team.")).toEqual({ byHand: null, cadence: null });
    // Someone wanted is no one doing the work yet.
    expect(readManualRoutine("We need someone who checks code for security flaws.")).toEqual({ byHand: null, cadence: null });
  });
});
