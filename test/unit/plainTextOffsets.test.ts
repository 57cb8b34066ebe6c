import { describe, expect, it } from "vitest";
import { readPosting, spanInOriginal } from "../../src/services/intake/reading/posting.js";
import { originalSpan, toPlainText } from "../../src/services/intake/reading/plainText.js";
import { readStatedFacts } from "../../src/services/intake/reading/statedFacts.js";

describe("plain text offsets", () => {
  it("maps a decoded entity back to the whole entity", () => {
    const raw = "Fish &amp; chips<br>Salt";
    const plain = toPlainText(raw);
    expect(plain.text).toBe("Fish & chips\nSalt");
    expect(originalSpan(plain, 5, 6)).toEqual({ start: 5, end: 10 });
    expect(originalSpan(plain, 13, 17)).toEqual({ start: 20, end: 24 });
  });

  it("maps a span inside a segment back to the original", () => {
    const raw = "<p>Duties:</p><ul><li>Pack &amp; ship orders</li></ul>";
    const posting = readPosting(raw);
    const segment = posting.segments[0]!;
    const at = segment.text.indexOf("ship");
    const span = spanInOriginal(posting, segment, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe("ship");
  });

  it("does not take a less-than sign before a number for a tag", () => {
    expect(toPlainText("Lift <25 kg and >10 boxes").text).toBe("Lift <25 kg and >10 boxes");
  });
});

describe("reading arbitrary text", () => {
  // Pieces that stress each step: tags, entities, line ends, bullets, markdown, cues, numbers, scripts,
  // characters whose lower case is longer (İ), astral emoji, control and invisible characters.
  const PIECES = [
    "<li>", "</p>", "<br/>", "<a href='x'>", "&amp;", "&nbsp;", "&#x1F600;", "&bogus;", "\r\n", "\n\n", "•", "- ", "1. ",
    "**", "__", ".", ";", ":", ",", "No", "not", "without", "24/7", "10,000", "six months", "since 2022", "Benefits:",
    "RESPONSIBILITIES", "We offer", "İ", "é", "🙂", "\u0000", "\u200b", "\u2028", "倉庫", " ", "  ", "word", "Fully remote",
  ];
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it("gives segments and fact sources that lie inside the original, in order, and never throws", () => {
    const next = random(7);
    for (let run = 0; run < 40; run++) {
      let raw = "";
      while (raw.length < 2_000) raw += PIECES[Math.floor(next() * PIECES.length)];
      const posting = readPosting(raw);
      let previousEnd = 0;
      for (const segment of posting.segments) {
        expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
        expect(segment.end).toBeGreaterThan(segment.start);
        expect(segment.end).toBeLessThanOrEqual(raw.length);
        expect(segment.text).toBe(posting.plain.text.slice(segment.plainStart, segment.plainStart + segment.text.length).replace(/\n/gu, " "));
        previousEnd = segment.end;
      }
      const facts = readStatedFacts(posting, { today: "2026-11-29" });
      for (const fact of Object.values(facts).flat()) {
        if (!fact) continue;
        expect(fact.source.start).toBeGreaterThanOrEqual(0);
        expect(fact.source.end).toBeLessThanOrEqual(raw.length);
      }
    }
  });
});
