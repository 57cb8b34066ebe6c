/** A job title's core: what names the work, without how, when, where or for how much it is done. */
import { describe, expect, it } from "vitest";
import { readNeed } from "../../src/services/intake/needReading.js";
import { titleCore } from "../../src/services/intake/reading/titleCore.js";
import { parseNeedInput } from "../../src/domain/need.js";

describe("titleCore", () => {
  it.each([
    ["Senior Warehouse Associate - Night Shift | $18/hr (m/f/d)", "Warehouse Associate"],
    ["Workshop Technician Entry Level", "Workshop Technician"],
    ["Sales Associate (Part-Time)", "Sales Associate"],
    ["Part-Time Sales Associate", "Sales Associate"],
    ["Software Engineer II", "Software Engineer"],
    ["Forklift Operator - 2nd Shift - $19.50/hr", "Forklift Operator"],
    ["Customer Service Representative (Remote, US)", "Customer Service Representative"],
    ["Accountant - Denver, CO", "Accountant"],
    ["Full Time | Warehouse Associate", "Warehouse Associate"],
    ["Registered Nurse - ICU - $10,000 Sign-On Bonus", "Registered Nurse ICU"],
    ["Remote Sensing Technician (Remote)", "Remote Sensing Technician"],
  ])("reads %j as %j", (title, core) => {
    expect(titleCore(title)).toBe(core);
  });

  it.each(["Contract Manager", "Lead Abatement Worker", "Day Care Teacher", "Pharmacy Intern", "CDL-A Truck Driver", "Sales Associate - Retail", "Chief Financial Officer (CFO)"])(
    "leaves %j as written: nothing in it is a decoration",
    (title) => {
      expect(titleCore(title)).toBe(title);
    },
  );

  it("gives the title back when nothing but qualifiers would be left", () => {
    expect(titleCore("Part-Time")).toBe("Part-Time");
    expect(titleCore("Now Hiring - Immediate Start")).toBe("Now Hiring - Immediate Start");
  });
});

describe("a posting's title line", () => {
  it("is matched by its core; the text keeps every word for the facts", () => {
    const text = "Warehouse Associate - Night Shift - $18/hr\n\nResponsibilities:\n- Pick and pack orders\n- Load trucks\n\nApply today.";
    const reading = readNeed(parseNeedInput({ text }));
    expect(reading.title).toBe("Warehouse Associate");
    expect(reading.titleStated).toBe(true);
    expect(reading.posting.title?.text).toBe("Warehouse Associate - Night Shift - $18/hr");
  });
});
