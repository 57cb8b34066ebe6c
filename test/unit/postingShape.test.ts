import { describe, expect, it } from "vitest";
import { matchingSegments, readPosting, type SectionKind, type Segment } from "../../src/services/intake/reading/posting.js";
import {
  HEADINGLESS_AD,
  HTML_AD,
  JOB_BOARD_AD,
  MANAGER_NOTE,
  ONE_LINE_NOTE,
  RETAIL_AD,
  WAREHOUSE_AD,
} from "./fixtures/postings.js";

const kindOf = (segments: readonly Segment[], fragment: string) => segments.find((s) => s.text.includes(fragment))?.kind;
/** Expects the segment containing each fragment to be of the kind given. */
const expectKinds = (segments: readonly Segment[], expected: Record<string, SectionKind>) => {
  for (const [fragment, kind] of Object.entries(expected)) expect(kindOf(segments, fragment), fragment).toBe(kind);
};
/** Each segment of a text as [kind, text]. */
const shapeOf = (text: string) => readPosting(text).segments.map((x) => [x.kind, x.text]);

describe("readPosting on a retail ad", () => {
  const posting = readPosting(RETAIL_AD);

  it("reads the title line and keeps its offsets", () => {
    expect(posting.title).toEqual({ text: "Retail Sales Associate (Part-Time)", start: 0, end: 34, plainStart: 0 });
  });

  it("weighs duties most, the role summary and requirements less, boilerplate not at all", () => {
    const weightOf = (fragment: string) => posting.segments.find((s) => s.text.includes(fragment))?.weight;
    expect(weightOf("Greet customers")).toBe(1);
    expect(weightOf("Operate the cash register")).toBe(1);
    expect(weightOf("you are the face of our store")).toBe(0.8);
    expect(weightOf("High school diploma")).toBe(0.5);
    for (const boilerplate of ["leading family-owned", "Employee discount", "401(k)", "$15.00", "20-25 hours", "without regard to race", "Apply Now", "Other duties as assigned"]) {
      expect(weightOf(boilerplate), boilerplate).toBe(0);
    }
  });

  it("names the kind of each boilerplate block", () => {
    const s = posting.segments;
    expectKinds(s, {
      "leading family-owned": "ABOUT_COMPANY",
      "Paid time off": "BENEFITS",
      "$15.00": "PAY",
      "evenings and weekends": "SCHEDULE",
      "equal opportunity employer": "EQUAL_OPPORTUNITY",
      "Only shortlisted": "HOW_TO_APPLY",
      "Other duties as assigned": "LEGAL",
    });
  });

  it("splits bullets into one segment each, without their markers, under their heading", () => {
    const duties = posting.segments.filter((s) => s.kind === "DUTIES");
    expect(duties.map((s) => s.text)).toContain("Restock shelves, set up displays and price merchandise");
    expect(duties.every((s) => s.bullet && s.heading === "Key Responsibilities")).toBe(true);
    expect(duties).toHaveLength(5);
  });

  it("leaves the boilerplate out of the segments for task matching", () => {
    const matching = matchingSegments(posting).map((s) => s.text).join(" ");
    expect(matching).toContain("balance the till");
    expect(matching).not.toMatch(/401\(k\)|dental|equal opportunity|Apply Now|\$15/u);
  });

  it("keeps the heaviest segments, in text order, when a limit is given", () => {
    const kept = matchingSegments(posting, 6);
    expect(kept.map((x) => x.kind)).toEqual(["SUMMARY", "DUTIES", "DUTIES", "DUTIES", "DUTIES", "DUTIES"]);
    expect(kept.map((x) => x.start)).toEqual([...kept.map((x) => x.start)].sort((a, b) => a - b));
    expect(matchingSegments(posting, 0)).toEqual([]);
  });

  it("keeps offsets that quote the original exactly", () => {
    for (const segment of posting.segments) expect(RETAIL_AD.slice(segment.start, segment.end)).toBe(segment.text);
  });
});

describe("readPosting on a warehouse ad with capital headings and numbered lists", () => {
  const posting = readPosting(WAREHOUSE_AD);

  it("reads an all-capitals title and headings", () => {
    expect(posting.title?.text).toBe("WAREHOUSE ASSOCIATE - NIGHT SHIFT");
    expectKinds(posting.segments, {
      "Pick, pack and ship": "DUTIES",
      "Keep aisles clear": "DUTIES",
      "lift 50 lbs": "REQUIREMENTS",
      "Sunday to Thursday": "SCHEDULE",
      "night differential": "PAY",
    });
  });

  it("recognises legal and equal-opportunity lines that follow the pay block without a heading", () => {
    expect(kindOf(posting.segments, "background check")).toBe("LEGAL");
    expect(kindOf(posting.segments, "Equal Opportunity Employer")).toBe("EQUAL_OPPORTUNITY");
  });

  it("strips numbered markers, whether '1.' or '4)'", () => {
    const texts = posting.segments.map((s) => s.text);
    expect(texts).toContain("Keep aisles clear and follow all safety procedures");
    expect(texts.some((t) => /^\d[.)]/u.test(t))).toBe(false);
  });
});

describe("readPosting on a job-board ad with labelled lines", () => {
  const s = readPosting(JOB_BOARD_AD).segments;

  it("reads labelled lines and one-word lists under the label's kind", () => {
    expectKinds(s, {
      "Full-time, Part-time": "SCHEDULE",
      "20 – 40 per week": "SCHEDULE",
      "Food provided": "BENEFITS",
      "Evening shift": "SCHEDULE",
      "Tips": "PAY",
      "Kitchen: 1 year": "REQUIREMENTS",
    });
    expect(s.find((x) => x.text === "In person")).toMatchObject({ kind: "SCHEDULE", heading: "Work Location" });
  });

  it("keeps the description and the duties for task matching", () => {
    const matching = matchingSegments(readPosting(JOB_BOARD_AD)).map((x) => x.text);
    expect(matching).toContain("Busy riverside restaurant seeks a reliable kitchen porter.");
    expect(matching.some((t) => t.startsWith("Duties include washing dishes"))).toBe(true);
    expect(matching.join(" ")).not.toMatch(/Employee discount|\$17\.00|Weekends as needed/u);
  });
});

describe("readPosting on a manager's note", () => {
  it("gives no title, drops the greeting and sign-off, and joins hard-wrapped lines", () => {
    const posting = readPosting(MANAGER_NOTE);
    expect(posting.title).toBeNull();
    const texts = posting.segments.map((s) => s.text);
    expect(texts[0]).toBe("we need someone to take over the month-end close for about six months while Dana is on leave.");
    expect(texts.join(" ")).not.toMatch(/Hi all|Thanks, Sam/u);
    expect(texts.every((t) => !t.includes("\n"))).toBe(true);
    expect(posting.segments.every((s) => s.kind === "GENERAL" && s.weight === 1)).toBe(true);
  });

  it("reads a one-line note as one segment that counts fully", () => {
    const posting = readPosting(ONE_LINE_NOTE);
    expect(posting.title).toBeNull();
    expect(posting.segments).toHaveLength(1);
    expect(posting.segments[0]).toMatchObject({ text: ONE_LINE_NOTE, start: 0, end: ONE_LINE_NOTE.length, kind: "GENERAL", weight: 1 });
  });

  it("does not take the first line of a two-line note for a title", () => {
    expect(readPosting("Reconcile the bank accounts every month\nAlso run the payroll").title).toBeNull();
  });
});

describe("readPosting on pasted HTML", () => {
  const posting = readPosting(HTML_AD);

  it("drops tags, decodes entities and reads <li> items as bullets", () => {
    expect(posting.title?.text).toBe("Customer Support Specialist");
    const duty = posting.segments.find((s) => s.text.startsWith("Answer customer tickets"))!;
    expect(duty).toMatchObject({ text: "Answer customer tickets by e-mail & chat", kind: "DUTIES", bullet: true, heading: "What you'll do" });
    expect(HTML_AD.slice(duty.start, duty.end)).toBe("Answer customer tickets by e-mail &amp; chat");
  });

  it("treats <br> as a line break and a 'Perks' heading as benefits", () => {
    expectKinds(posting.segments, {
      "Health insurance": "BENEFITS",
      "Home-office budget": "BENEFITS",
      "equal opportunity": "EQUAL_OPPORTUNITY",
    });
    expect(posting.segments.every((s) => !/[<>]|&\w+;/u.test(s.text))).toBe(true);
  });
});

describe("readPosting without headings", () => {
  it("tells boilerplate from the work sentence by sentence", () => {
    const s = readPosting(HEADINGLESS_AD).segments;
    expectKinds(s, {
      "You will process weekly payroll": "DUTIES",
      "Experience with ADP": "REQUIREMENTS",
      "competitive salary": "PAY",
      "equal opportunity": "EQUAL_OPPORTUNITY",
      "Apply now": "HOW_TO_APPLY",
    });
    // With a duty sentence present, plain introductory text counts a little less.
    expect(s.find((x) => x.text.startsWith("We are looking for"))?.weight).toBe(0.8);
  });

  it("goes back to the work when a role sentence follows a company blurb without a heading", () => {
    const s = readPosting("Cashier\nAbout Us\nWe sell hardware in 12 towns.\nWe are looking for a cashier to run the till.\nYou will count the float.").segments;
    expect(s.map((x) => x.kind)).toEqual(["ABOUT_COMPANY", "SUMMARY", "DUTIES"]);
  });

  it("keeps a duty that mentions a benefit word once (a benefits administrator's work)", () => {
    const s = readPosting("Administer 401k enrolments for new starters. Answer employee questions about payroll.").segments;
    expect(s.map((x) => x.kind)).toEqual(["GENERAL", "GENERAL"]);
  });
});

describe("readPosting headings in other shapes", () => {
  it("reads markdown headings, questions and inline labels", () => {
    const text = "## Who we are\nWe build bikes.\n\n**What will you do?**\n- Assemble frames\n\nResponsibilities: true wheels; fit brakes.\nPerks: free coffee";
    const s = readPosting(text).segments;
    expect(kindOf(s, "We build bikes")).toBe("ABOUT_COMPANY");
    expect(kindOf(s, "Assemble frames")).toBe("DUTIES");
    expect(s.filter((x) => x.heading === "Responsibilities").map((x) => [x.text, x.kind])).toEqual([
      ["true wheels;", "DUTIES"],
      ["fit brakes.", "DUTIES"],
    ]);
    expect(kindOf(s, "free coffee")).toBe("BENEFITS");
  });

  it("reads markdown bold labels and a numbered markdown title", () => {
    const posting = readPosting("## 2. Payroll Analyst\n\n**Company:** Brightline\n**Location:** Leeds (Hybrid)\n**Salary:** £38,000\n**Duties:**\n- Run payroll");
    expect(posting.title?.text).toBe("Payroll Analyst");
    expect(posting.segments.map((x) => [x.kind, x.text])).toEqual([
      ["ABOUT_COMPANY", "Brightline"],
      ["SCHEDULE", "Leeds (Hybrid)"],
      ["PAY", "£38,000"],
      ["DUTIES", "Run payroll"],
    ]);
  });

  it("breaks a heading that a scraped page glued to the sentence before it", () => {
    expect(shapeOf("Job brief\nWe need a driver for our depot.Responsibilities\nDeliver parcels\nLoad the van")).toEqual([
      ["SUMMARY", "We need a driver for our depot."],
      ["DUTIES", "Deliver parcels"],
      ["DUTIES", "Load the van"],
    ]);
  });

  it("drops e-mail headers and keeps the subject's text without its label", () => {
    const s = readPosting("From: ann@example.com\nTo: team@example.com\nSubject: RE: Fwd: need a bookkeeper\n\nHi all,\nPlease find someone to run payroll.").segments;
    expect(s.map((x) => x.text)).toEqual(["need a bookkeeper", "Please find someone to run payroll."]);
  });

  it("keeps a line in capitals with a number as content, and the words of a heading it cannot name", () => {
    const posting = readPosting("Warehouse Team\nURGENT: 3 PICKERS NEEDED\nTHE DEPOT\nPick orders");
    expect(posting.title?.text).toBe("Warehouse Team");
    expect(posting.segments.map((x) => x.text)).toEqual(["URGENT: 3 PICKERS NEEDED", "THE DEPOT", "Pick orders"]);
  });

  it("keeps the words of a heading that a cue names only in part", () => {
    expect(shapeOf("Depot Operative\nWAREHOUSE DUTIES:\n- Pick orders\nMUST HAVE FORKLIFT EXPERIENCE\nKey Responsibilities:\n- Load vans")).toEqual([
      ["DUTIES", "WAREHOUSE DUTIES:"],
      ["DUTIES", "Pick orders"],
      ["REQUIREMENTS", "MUST HAVE FORKLIFT EXPERIENCE"],
      ["DUTIES", "Load vans"],
    ]);
  });

  it("does not read a short content line as a heading because it contains a cue word", () => {
    const s = readPosting("Payroll Clerk\nGood customer service skills matter here\nProcess timesheets\nFile tax forms").segments;
    expect(s.map((x) => x.text)).toContain("Good customer service skills matter here");
  });

  it("does not split sentences at abbreviations or numbered references", () => {
    const s = readPosting("Use tools, e.g. Excel and SAP, to build reports. Ship to Dock No. 5 daily.").segments;
    expect(s.map((x) => x.text)).toEqual(["Use tools, e.g. Excel and SAP, to build reports.", "Ship to Dock No. 5 daily."]);
  });
});
