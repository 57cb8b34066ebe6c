import { describe, expect, it } from "vitest";
import { MAX_SEGMENT_CHARS, readPosting } from "../../src/services/intake/reading/posting.js";
import { CJK_TEXT, GERMAN_AD, NOISY_TEXT, RETAIL_AD, WAREHOUSE_AD } from "./fixtures/postings.js";

describe("readPosting on long and odd input", () => {
  it("cuts a run-on sentence into segments of at most the limit", () => {
    const text = "sort parcels ".repeat(100).trim();
    const s = readPosting(text).segments;
    expect(s.length).toBeGreaterThan(2);
    expect(s.every((x) => x.text.length <= MAX_SEGMENT_CHARS)).toBe(true);
    expect(s.map((x) => x.text).join(" ")).toBe(text);
  });

  // The default test timeout guards these: a super-linear pattern would take minutes on such input.
  it("reads 10,001 characters of spaces, tabs and bullets to nothing", () => {
    const text = ` \t•  -  * \u00a0`.repeat(1000).slice(0, 10_001);
    expect(text).toHaveLength(10_001);
    const posting = readPosting(text);
    expect(posting.segments).toEqual([]);
    expect(posting.title).toBeNull();
  });

  it("reads a 10,001-character ad into ordered segments within the text", () => {
    const text = `${RETAIL_AD}\n\n${WAREHOUSE_AD}\n\n`.repeat(4).slice(0, 10_001);
    const s = readPosting(text).segments;
    expect(s.length).toBeGreaterThan(80);
    for (let i = 0; i < s.length; i++) {
      expect(s[i]!.end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(s[i]!.start).toBeGreaterThanOrEqual(s[i - 1]!.end);
    }
    expect(s.filter((x) => x.kind === "DUTIES").length).toBeGreaterThan(20);
  });

  it("reads non-English text without inventing sections", () => {
    const german = readPosting(GERMAN_AD);
    expect(german.title?.text).toBe("Lagermitarbeiter (m/w/d)");
    expect(german.segments.map((x) => x.text)).toContain("Kommissionierung und Verpackung von Waren");
    const cjk = readPosting(CJK_TEXT);
    expect(cjk.title?.text).toBe("倉庫スタッフ募集");
    expect(cjk.segments.map((x) => x.text)).toEqual(["商品のピッキングと梱包", "在庫管理", "時給1200円 🙂"]);
  });

  it("drops control and zero-width characters and keeps emoji", () => {
    const s = readPosting(NOISY_TEXT).segments;
    expect(s.map((x) => x.text)).toEqual(["Process refunds for customers 🙂🙂 and file claims", "Update the CRM"]);
    const first = s[0]!;
    expect(NOISY_TEXT.slice(first.start, first.end)).toContain("Process\u0000 refunds");
  });

  it("gives nothing for empty or blank text", () => {
    expect(readPosting("")).toMatchObject({ title: null, segments: [] });
    expect(readPosting(" \n\t\r\n ")).toMatchObject({ title: null, segments: [] });
  });
});
