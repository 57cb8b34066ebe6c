import { describe, expect, it } from "vitest";
import { negatedShare, readNegations, ruledOutBy } from "../../src/services/intake/reading/negation.js";
import { readPosting, spanInOriginal } from "../../src/services/intake/reading/posting.js";
import { MANAGER_NOTE } from "./fixtures/postings.js";

/** The negated phrases of a text as "cue|phrase", the shape the fixtures below compare. */
const read = (text: string) => readNegations(text).negated.map((n) => `${n.cue}|${n.text}`);

describe("readNegations finds what the text rules out", () => {
  it.each([
    ["No dealing with clients", ["No|dealing with clients"]],
    ["The role is not customer-facing", ["not|customer-facing"]],
    ["Reconcile the accounts without travel", ["without|travel"]],
    ["No coding required", ["No|coding required"]],
    ["There is no customer contact", ["no|customer contact"]],
    ["The work does not involve answering phones", ["not|involve answering phones"]],
    ["It doesn't involve any selling", ["doesn't|involve any selling"]],
    ["No need to speak to suppliers", ["No need to|speak to suppliers"]],
    ["They never handle cash", ["never|handle cash"]],
    ["It has nothing to do with sales", ["nothing to do with|sales"]],
    ["This isn't a sales job", ["isn't|a sales job"]],
    ["We won't ask you to cold call", ["won't|ask you to cold call"]],
    ["Use spreadsheets rather than coding", ["rather than|coding"]],
    ["Update the wiki instead of answering tickets", ["instead of|answering tickets"]],
    ["A non-customer-facing role", ["non|customer-facing"]],
    ["NO PHONE WORK", ["NO|PHONE WORK"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("gives content words without the light verbs that carry the negation", () => {
    const [n] = readNegations("The work does not involve any direct customer contact").negated;
    expect(n!.words).toEqual(["customer", "contact"]);
    expect(readNegations("not customer-facing").negated[0]!.words).toEqual(["customer", "facing"]);
  });
});

describe("readNegations keeps the scope inside its clause", () => {
  it.each([
    ["No travel, but weekends are required", ["No|travel"], ["weekends", "required"]],
    ["No dealing with clients, it is all back office", ["No|dealing with clients"], ["back", "office"]],
    ["Not customer-facing, mostly spreadsheets", ["Not|customer-facing"], ["mostly", "spreadsheets"]],
    ["No heavy lifting; you will file documents", ["No|heavy lifting"], ["file", "documents"]],
    ["No travel. Weekends are required", ["No|travel"], ["weekends", "required"]],
    ["No cold calling however you will follow up leads", ["No|cold calling"], ["follow", "leads"]],
    ["No selling and you will train new starters", ["No|selling"], ["train", "new", "starters"]],
  ])("%s", (text, expected, rest) => {
    const reading = readNegations(text);
    expect(reading.negated.map((n) => `${n.cue}|${n.text}`)).toEqual(expected);
    expect(reading.remainderWords).toEqual(expect.arrayContaining(rest));
    for (const n of reading.negated) for (const w of n.words) expect(reading.remainderWords).not.toContain(w);
  });

  it("carries the negation over a short list", () => {
    expect(read("No calls, emails or chat.")).toEqual(["No|calls, emails or chat"]);
    expect(readNegations("without travel, weekends or overtime").negated[0]!.words).toEqual(["travel", "weekends", "overtime"]);
  });

  it("reads each of two negations on its own", () => {
    expect(read("No travel and no weekends")).toEqual(["No|travel", "no|weekends"]);
    expect(read("Neither filing nor scanning")).toEqual(["Neither|filing", "nor|scanning"]);
  });

  it("stops a scope that runs on at the word limit", () => {
    const [n] = readNegations("no work on the warehouse floor loading trucks sorting parcels counting stock checking labels and more besides").negated;
    expect(n!.words.length).toBeLessThanOrEqual(10);
  });
});

describe("readNegations reads a negation placed after what it negates", () => {
  it.each([
    ["Travel is not required", "not|Travel"],
    ["Coding not needed", "not|Coding"],
    ["Prior payroll experience is not necessary", "not|Prior payroll experience"],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
    expect(readNegations(text).remainderWords).toEqual([]);
  });
});

describe("readNegations does not take comparisons, idioms and conditions for exclusions", () => {
  it.each([
    "Not only invoices but also payroll",
    "Not just data entry: you will analyse the figures",
    "Submit the report no later than Friday",
    "No more than 3 days a week on site",
    "Not more than 20 hours",
    "No less than two visits a month",
    "Deliver on time without fail",
    "Works without supervision",
    "Works without close supervision",
    "You never miss a deadline",
    "Don't hesitate to apply",
    "We can't wait to meet you",
    "Whether or not you have a car",
    "Call us if you can't work weekends",
    "Ship to Dock No. 5",
    "No 3 is the busiest store",
    "No two days are the same",
    "Answer customer questions and process refunds",
  ])("%s", (text) => {
    expect(readNegations(text).negated).toEqual([]);
  });
});

describe("readNegations tells a waived requirement from excluded work", () => {
  it.each([
    ["No experience required", "WAIVER"],
    ["No degree needed", "WAIVER"],
    ["No prior retail experience necessary", "WAIVER"],
    ["A licence is not required", "WAIVER"],
    ["No customer contact", "EXCLUSION"],
    ["No coding required", "EXCLUSION"],
  ])("%s is a %s", (text, kind) => {
    expect(readNegations(text).negated.map((n) => n.kind)).toEqual([kind]);
  });
});

describe("spans and the remainder", () => {
  it("returns spans that quote the text, shifted by the offset given", () => {
    const text = "Reconcile accounts, no customer contact.";
    const [n] = readNegations(text, 100).negated;
    expect(n).toMatchObject({ start: 123, end: 139, span: { start: 120, end: 139 } });
    expect(text.slice(n!.start - 100, n!.end - 100)).toBe("customer contact");
  });

  it("blanks the negations out of the remainder, keeping its length", () => {
    const text = "File invoices. No dealing with clients.";
    const reading = readNegations(text);
    expect(reading.remainder).toHaveLength(text.length);
    expect(reading.remainder).toBe(`File invoices. ${" ".repeat("No dealing with clients".length)}.`);
    expect(reading.remainderWords).toEqual(["file", "invoices"]);
  });

  it("maps a negation in a posting segment back to the original text", () => {
    const posting = readPosting(MANAGER_NOTE);
    const segment = posting.segments.find((s) => s.text.includes("No dealing"))!;
    const [n] = readNegations(segment.text).negated;
    const span = spanInOriginal(posting, segment, n!.start - 0, n!.end - 0);
    expect(MANAGER_NOTE.slice(span.start, span.end)).toBe("dealing with clients");
  });

  it("survives empty, non-English and odd text", () => {
    expect(readNegations("")).toEqual({ negated: [], remainder: "", remainderWords: [] });
    expect(readNegations("顧客対応なし 🙂").negated).toEqual([]);
    expect(readNegations("no\u0000 travel").negated.map((n) => n.words)).toEqual([["travel"]]);
    expect(readNegations("no no no no no").negated).toEqual([]);
    expect(readNegations("not ".repeat(2_500)).negated).toEqual([]);
  });
});

describe("ruling out candidates", () => {
  const negated = readNegations("Back-office only: no customer contact, no travel.").negated;

  it("rules out a candidate that shares most of an excluded phrase's words", () => {
    expect(ruledOutBy(negated, ["respond", "to", "customer", "inquiries"])?.text).toBe("customer contact");
    expect(ruledOutBy(negated, ["travels", "to", "client", "sites"])?.text).toBe("travel");
  });

  it("rules out a trait whose hyphenated name shares the excluded words", () => {
    expect(ruledOutBy(negated, ["Customer-facing"])?.text).toBe("customer contact");
    expect(ruledOutBy(readNegations("The role is not customer-facing").negated, ["customer-facing"])?.text).toBe("customer-facing");
  });

  it("keeps a candidate that shares none of them", () => {
    expect(ruledOutBy(negated, ["reconcile", "bank", "accounts"])).toBeNull();
  });

  it("never rules out on a waived requirement", () => {
    const waived = readNegations("No payroll experience needed").negated;
    expect(ruledOutBy(waived, ["process", "payroll"])).toBeNull();
  });

  it("measures the shared share on stemmed words", () => {
    const [phrase] = readNegations("no customer contacts").negated;
    expect(negatedShare(phrase!, ["Contact", "customers"])).toBe(1);
    expect(negatedShare(phrase!, ["customer", "orders"])).toBe(0.5);
  });
});
