/** Amounts as people write them: "12", "10,000", "1.5", "10k", "twelve", "twenty-five", "a couple of", "half a". */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000 };
/** Vague amounts read as the number people usually mean by them. */
const PHRASES: Record<string, number> = {
  "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "a dozen": 12, dozen: 12, "one and a half": 1.5,
  "a half": 0.5, "half a": 0.5, "half an": 0.5, half: 0.5, a: 1, an: 1, once: 1, twice: 2, thrice: 3,
};

const unitWords = Object.keys(UNITS).join("|");
const tensWords = Object.keys(TENS).join("|");
const WORD_NUMBER = `(?:(?:${tensWords})(?:[- ](?:${unitWords}))?|${unitWords})(?: (?:hundred|thousand))?`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?k?`;
const PHRASE_WORDS = Object.keys(PHRASES)
  .filter((p) => p !== "a" && p !== "an")
  .sort((x, y) => y.length - x.length)
  .join("|");

/** A regex source for an amount, digits or words; "a"/"an" only when `withArticle` (they are everywhere). */
export function amountPattern(withArticle = false): string {
  return `(?:${DIGITS}|${PHRASE_WORDS}|${WORD_NUMBER}${withArticle ? "|an?" : ""})`;
}

/** The value of an amount matched by amountPattern, or null. */
export function parseAmount(raw: string): number | null {
  const text = raw.toLowerCase().trim().replace(/\s+/gu, " ");
  if (/^\d/u.test(text)) {
    const thousands = text.endsWith("k");
    const value = Number(text.replace(/[,k]/gu, ""));
    return Number.isFinite(value) ? value * (thousands ? 1_000 : 1) : null;
  }
  if (text in PHRASES) return PHRASES[text]!;
  let total = 0;
  let current = 0;
  for (const word of text.split(/[- ]/u)) {
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word in SCALES) {
      current = (current || 1) * SCALES[word]!;
      if (word === "thousand") { total += current; current = 0; }
    } else return null;
  }
  return total + current;
}
