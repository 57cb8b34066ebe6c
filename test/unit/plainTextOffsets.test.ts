import { describe, expect, it } from "vitest";
import { readPosting, spanInOriginal } from "../../src/services/intake/reading/posting.js";
import { originalSpan, toPlainText } from "../../src/services/intake/reading/plainText.js";

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
