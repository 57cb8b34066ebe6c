import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/services/intake/reading/numbers.js";
import { readStatedFacts } from "../../src/services/intake/reading/statedFacts.js";
import { CJK_TEXT, HEADINGLESS_AD, HTML_AD, JOB_BOARD_AD, MANAGER_NOTE, NOISY_TEXT, RETAIL_AD, WAREHOUSE_AD } from "./fixtures/postings.js";

const TODAY = "2026-11-29";
const facts = (text: string) => readStatedFacts(text, { today: TODAY });

describe("amounts in words and digits", () => {
  it.each([
    ["2", 2], ["12", 12], ["1.5", 1.5], ["10,000", 10_000], ["10k", 10_000], ["two", 2], ["twelve", 12],
    ["twenty-five", 25], ["twenty five", 25], ["a couple of", 2], ["a few", 3], ["a dozen", 12], ["half a", 0.5],
    ["one and a half", 1.5], ["three hundred", 300], ["five thousand", 5_000], ["twice", 2], ["a", 1],
  ])("%s is %d", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it("gives null for what is not an amount", () => {
    expect(parseAmount("several")).toBeNull();
  });
});

describe("the need's duration", () => {
  it.each([
    ["We need cover for six months", 26, "six months"],
    ["Run a half-day session on the new expense policy", 0.1, "a half-day"],
    ["A 12-week project to migrate the ledger", 12, "12-week"],
    ["This is a three-month contract", 13, "three-month"],
    ["Help needed for a couple of weeks", 2, "a couple of weeks"],
    ["Engagement of 1.5 years", 78, "1.5 years"],
    ["A 3-6 month assignment", 26, "3-6 month"],
    ["Bookkeeping help for twelve months", 52, "twelve months"],
    ["Someone for a year", 52, "a year"],
  ])("%s", (text, weeks, phrase) => {
    expect(facts(text).durationWeeks).toMatchObject({ value: weeks, source: { phrase } });
  });

  it("reads a date to work until against the given day, never the clock", () => {
    expect(readStatedFacts("Contract through the end of Q3", { today: "2026-11-29" }).durationWeeks?.value).toBe(43.6);
    expect(readStatedFacts("Contract through the end of Q3", { today: "2026-01-05" }).durationWeeks?.value).toBe(38.3);
    expect(readStatedFacts("Cover until the end of June 2027", { today: TODAY }).durationWeeks?.value).toBe(30.4);
    expect(readStatedFacts("Contract through the end of Q3").durationWeeks).toBeNull();
  });

  it.each([
    "5+ years of experience in accounts payable",
    "At least 2 years experience with SAP",
    "Two weeks paid vacation after 90 days",
    "Start within 2 weeks",
    "Must be 18 years or older",
    "Paid every 2 weeks",
    "We work 20 hours a week",
    "On site three days a week",
    "Founded 30 years ago",
  ])("is not read from %s", (text) => {
    expect(facts(text).durationWeeks).toBeNull();
  });

  it("prefers a length with a duration cue over a bare one", () => {
    expect(facts("Reports take 2 days each. We need help for 8 weeks.").durationWeeks?.value).toBe(8);
  });

  it("does not read a duration that the text negates", () => {
    expect(facts("This is not a 6-month contract").durationWeeks).toBeNull();
  });
});

describe("ongoing or bounded", () => {
  it.each([
    ["A permanent position", true, "permanent"],
    ["Ongoing support, no end date", true, "Ongoing"],
    ["Open-ended engagement", true, "Open-ended"],
    ["A temporary role", false, "temporary"],
    ["One-off clean-up of the supplier master", false, "One-off"],
    ["Seasonal warehouse help", false, "Seasonal"],
    ["Maternity cover for our payroll officer", false, "Maternity cover"],
    ["Covering for Sam's leave", false, "Covering for Sam's leave"],
    ["Post the journals every month", true, "every month"],
  ])("%s", (text, ongoing, phrase) => {
    expect(facts(text).ongoing).toMatchObject({ value: ongoing, source: { phrase } });
  });

  it("reads a contract job type as bounded work, but not the word 'contract' elsewhere", () => {
    expect(facts("Cook\nJob Types: Full-time, Contract\nPrep food").ongoing).toMatchObject({ value: false, source: { phrase: "Contract" } });
    expect(facts("Manage the supplier contracts").ongoing).toBeNull();
  });

  it("does not read night cover as bounded work", () => {
    expect(facts("Provide cover for the night shift").ongoing).toBeNull();
  });

  it("lets an outright cue beat a hint", () => {
    expect(facts("Weekly reporting for a temporary project").ongoing?.value).toBe(false);
    expect(facts("Project work that is permanent").ongoing?.value).toBe(true);
  });

  it("reads 'no end date' as ongoing but 'not permanent' as nothing", () => {
    expect(facts("There is no end date").ongoing?.value).toBe(true);
    expect(facts("The role is not permanent").ongoing).toBeNull();
  });
});

describe("tenure so far and renewals", () => {
  it.each([
    ["The contractor has been with us for two years", 104],
    ["She has been working on the account for 18 months", 78],
    ["He's been here 3 years now", 156],
  ])("%s", (text, weeks) => {
    const read = facts(text);
    expect(read.tenureWeeks?.value).toBe(weeks);
    expect(read.durationWeeks).toBeNull();
  });

  it("reads 'since' a year or month against the given day", () => {
    expect(facts("The temp has been on site since 2022").tenureWeeks).toMatchObject({ value: 256.1, source: { phrase: "since 2022" } });
    expect(facts("He has been with us since March 2025").tenureWeeks?.value).toBe(91.1);
    expect(facts("Since 1978, our mission has been to serve").tenureWeeks).toBeNull();
    expect(readStatedFacts("on site since 2022").tenureWeeks).toBeNull();
  });

  it("counts renewals", () => {
    expect(facts("The contract was renewed three times").renewals?.value).toBe(3);
    expect(facts("It has been extended twice").renewals?.value).toBe(2);
  });
});

describe("coverage, hours and workplace", () => {
  it("reads every kind of coverage once, in order", () => {
    const read = facts("Round-the-clock cover (24/7) with night shifts, weekends and on-call duty; nights again.");
    expect(read.coverage.map((c) => c.value)).toEqual(["ROUND_THE_CLOCK", "NIGHTS", "WEEKENDS", "ON_CALL"]);
    expect(read.coverage[0]!.source.phrase).toBe("Round-the-clock");
  });

  it("leaves out coverage the text rules out", () => {
    expect(facts("No weekends and no night shifts").coverage).toEqual([]);
  });

  it.each([
    ["20 hours a week", 20, null],
    ["twenty-five hours per week, part-time", 25, "PART_TIME"],
    ["20-25 hrs/week", 22.5, null],
    ["A 40-hour week", 40, null],
    ["0.5 FTE", 20, null],
    ["Full-time", null, "FULL_TIME"],
  ])("%s", (text, hours, employment) => {
    const read = facts(text);
    expect(read.hoursPerWeek?.value ?? null).toBe(hours);
    expect(read.employment?.value ?? null).toBe(employment);
  });

  it.each([
    ["Fully remote", "REMOTE"],
    ["You can work from home", "REMOTE"],
    ["Must be in the office", "ON_SITE"],
    ["Must work on site at our warehouse", "ON_SITE"],
    ["The role is not remote", "ON_SITE"],
    ["Hybrid, two days a week in the office", "HYBRID"],
    ["On site three days a week, the rest from home", "HYBRID"],
  ])("%s is %s", (text, workplace) => {
    expect(facts(text).workplace?.value).toBe(workplace);
  });

  it("does not read 'not fully remote' as remote", () => {
    expect(facts("This job is not fully remote").workplace?.value).not.toBe("REMOTE");
  });
});

describe("headcount and volume", () => {
  it.each([
    ["We need three more agents for the phones", 3, "three more agents"],
    ["A team of 5 to clear the backlog", 5, "team of 5"],
    ["Hiring 12 warehouse associates", 12, "12 warehouse associates"],
    ["Looking for 2 experienced bookkeepers", 2, "2 experienced bookkeepers"],
  ])("%s", (text, count, phrase) => {
    expect(facts(text).headcount?.value).toBe(count);
    expect(facts(text).headcount?.source.phrase).toContain(phrase);
  });

  it("does not take a company's size for the need's headcount", () => {
    expect(facts("Join a team of 50 people").headcount).toBeNull();
    expect(facts("We employ 5,000 people worldwide").headcount).toBeNull();
  });

  it.each([
    ["Edit 10,000 product photos", { amount: 10_000, items: "product photos", per: null }],
    ["Process around 2,000 invoices a month", { amount: 2_000, items: "invoices", per: "MONTH" }],
    ["Answer 300 calls daily", { amount: 300, items: "calls", per: "DAY" }],
    ["Pick 150 orders per shift", { amount: 150, items: "orders", per: "SHIFT" }],
  ])("%s", (text, volume) => {
    expect(facts(text).volumes.map((v) => v.value)).toEqual([volume]);
  });

  it.each(["Lift 50 lbs", "Pull numbers from 3 systems", "We have 40 stores", "Earn $15 per hour", "A 30% discount"])(
    "reads no workload from %s",
    (text) => {
      expect(facts(text).volumes).toEqual([]);
    },
  );
});

describe("regulated domains, data sensitivity and control", () => {
  it("names regulated domains from their cues", () => {
    const read = facts("Code patient records under HIPAA; support SOX testing, GDPR requests and AML checks. Security clearance required.");
    expect(read.regulatedDomains.map((d) => d.value)).toEqual([
      "HEALTHCARE",
      "FINANCIAL_REPORTING",
      "DATA_PROTECTION",
      "FINANCIAL_SERVICES",
      "GOVERNMENT",
    ]);
  });

  it("takes the highest sensitivity of the data named", () => {
    expect(facts("Update customer data and payroll").dataSensitivity?.value).toBe("CONFIDENTIAL");
    expect(facts("Update customer data and patient records").dataSensitivity).toMatchObject({
      value: "RESTRICTED",
      source: { phrase: "patient records" },
    });
    expect(facts("Publish open data sets").dataSensitivity?.value).toBe("PUBLIC");
  });

  it("reads signs that the client directs and controls the worker", () => {
    const read = facts("Reports to our finance manager daily, works our hours, uses our laptops, and we decide the priorities.");
    expect(read.control.map((c) => c.value)).toEqual(["REPORTS_TO_CLIENT", "CLIENT_HOURS", "CLIENT_EQUIPMENT", "CLIENT_DIRECTS"]);
  });
});

describe("facts read from whole postings", () => {
  it("reads the retail ad's schedule but nothing from its benefits", () => {
    const read = facts(RETAIL_AD);
    expect(read.hoursPerWeek?.value).toBe(22.5);
    expect(read.employment?.value).toBe("PART_TIME");
    expect(read.coverage.map((c) => c.value)).toEqual(["EVENINGS", "WEEKENDS"]);
    expect(read.durationWeeks).toBeNull();
    expect(read.regulatedDomains).toEqual([]);
  });

  it("reads a job-board ad's labelled hours and work location, and no duration from its shift length", () => {
    const read = facts(JOB_BOARD_AD);
    expect(read.hoursPerWeek).toMatchObject({ value: 30, source: { phrase: "20 – 40 per week" } });
    expect(read.workplace).toMatchObject({ value: "ON_SITE", source: { phrase: "In person" } });
    expect(read.coverage.map((c) => c.value)).toEqual(["SHIFTS", "EVENINGS", "WEEKENDS"]);
    expect(read.durationWeeks).toBeNull();
  });

  it("reads the warehouse ad's title, summary and shift", () => {
    const read = facts(WAREHOUSE_AD);
    expect(read.durationWeeks?.value).toBe(26);
    expect(read.ongoing?.value).toBe(false);
    expect(read.headcount?.value).toBe(12);
    expect(read.coverage.map((c) => c.value)).toContain("NIGHTS");
  });

  it("reads the manager's note and quotes the original text", () => {
    const read = facts(MANAGER_NOTE);
    expect(read.durationWeeks?.value).toBe(26);
    expect(read.volumes[0]?.value).toEqual({ amount: 2_000, items: "invoices", per: "MONTH" });
    expect(read.workplace?.value).toBe("HYBRID");
    expect(read.control.map((c) => c.value)).toEqual(["CLIENT_HOURS", "REPORTS_TO_CLIENT", "CLIENT_EQUIPMENT"]);
    const source = read.volumes[0]!.source;
    expect(MANAGER_NOTE.slice(source.start, source.end)).toBe("2,000 invoices a month");
  });

  it("reads workplace from an HTML perks list and sensitivity from a headingless ad", () => {
    expect(facts(HTML_AD).workplace?.value).toBe("REMOTE");
    expect(facts(HEADINGLESS_AD).dataSensitivity?.value).toBe("CONFIDENTIAL");
  });

  it("reads nothing, without failing, from text it cannot read", () => {
    for (const text of [CJK_TEXT, NOISY_TEXT, "", "\u0000\u0001", "🙂".repeat(3000)]) {
      const read = facts(text);
      expect(read.durationWeeks).toBeNull();
      expect(read.volumes).toEqual([]);
    }
  });

  it("reads a 10,001-character text", () => {
    const text = `${MANAGER_NOTE}\n`.repeat(30).slice(0, 10_001);
    expect(facts(text).durationWeeks?.value).toBe(26);
  });
});
