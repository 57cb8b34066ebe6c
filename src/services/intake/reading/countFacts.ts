/** Counts in a need's text: people wanted (headcount) and work items to get through (volume). */
import { HIRING_BEFORE, MIN_VOLUME, NOT_WORK_ITEMS, PEOPLE_NOUNS, TEAM_OF } from "./factCues.js";
import { type Found, type FoundFn, type Piece, push, RATE } from "./factPiece.js";
import { amountPattern, parseAmount } from "./numbers.js";

export type VolumeRate = "HOUR" | "SHIFT" | "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";
/** A workload: "2,000 invoices a month" is { amount: 2000, items: "invoices", per: "MONTH" }. */
export type Volume = Readonly<{ amount: number; items: string; per: VolumeRate | null }>;

const COUNT = amountPattern(false);
const COUNTED = new RegExp(`(?<![\\w.$£€])(${COUNT})((?:\\s+[\\p{L}][\\p{L}'-]*){1,3})`, "gu");
const FUNCTION_WORDS = new Set(["of", "the", "to", "a", "an", "and", "or", "per", "for", "from", "in", "on", "at", "with", "by", "each", "every", "than"]);
const RATE_WORDS: Readonly<Record<string, VolumeRate>> = {
  hour: "HOUR", hourly: "HOUR", shift: "SHIFT", day: "DAY", daily: "DAY", week: "WEEK", weekly: "WEEK", month: "MONTH",
  monthly: "MONTH", quarter: "QUARTER", quarterly: "QUARTER", year: "YEAR", annually: "YEAR", yearly: "YEAR",
};

/** Counts of people (headcount) and of work items (volume). */
export function readCounts(piece: Piece, found: FoundFn, headcount: Found<number>[] | null, volumes: Found<Volume>[] | null) {
  const s = piece.lower;
  if (headcount) {
    for (const m of s.matchAll(TEAM_OF)) {
      if (m[1]) continue;
      const count = new RegExp(`^(${COUNT})\\b`).exec(s.slice(m.index! + m[0].length));
      const value = count ? parseAmount(count[1]!) : null;
      if (value) push(headcount, found(m.index!, m.index! + m[0].length + count![0].length, value));
    }
  }
  for (const m of s.matchAll(COUNTED)) {
    const amount = parseAmount(m[1]!);
    if (amount === null || amount === 0 || /^\s*%/.test(s.slice(m.index! + m[1]!.length))) continue;
    const words = m[2]!.trim().split(/\s+/);
    const personAt = words.findIndex((w) => PEOPLE_NOUNS.test(w));
    if (personAt >= 0) {
      const before = s.slice(Math.max(0, m.index! - 40), m.index);
      const hiring = HIRING_BEFORE.test(before) || /^(more|additional|extra|new)$/.test(words[0]!);
      if (headcount && hiring && words.slice(0, personAt).every((w) => !FUNCTION_WORDS.has(w))) {
        const end = m.index! + m[1]!.length + m[2]!.indexOf(words[personAt]!) + words[personAt]!.length;
        push(headcount, found(m.index!, end, amount));
      }
      continue;
    }
    if (!volumes || amount < MIN_VOLUME) continue;
    const nounAt = words.findIndex((w) => /s$/.test(w) && !/'s$/.test(w));
    if (nounAt < 0 || NOT_WORK_ITEMS.test(words[nounAt]!) || words.slice(0, nounAt + 1).some((w) => FUNCTION_WORDS.has(w))) continue;
    const items = words.slice(0, nounAt + 1).join(" ");
    const itemsEnd = m.index! + m[1]!.length + m[2]!.indexOf(words[nounAt]!) + words[nounAt]!.length;
    const rate = RATE.exec(s.slice(itemsEnd));
    const per = rate ? RATE_WORDS[rate[1] ?? rate[2]!]! : null;
    push(volumes, found(m.index!, itemsEnd + (rate ? rate[0].length : 0), { amount, items, per }));
  }
}

