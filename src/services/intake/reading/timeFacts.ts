/** Lengths of time in a need's text: how long the need lasts, and how long it has run so far. */
import {
  DURATION_AFTER,
  DURATION_BEFORE,
  MONTHS,
  NOT_DURATION_AFTER,
  NOT_DURATION_BEFORE,
  SINCE,
  TENURE_AFTER,
  TENURE_BEFORE,
  TIME_UNIT,
  UNIT_WEEKS,
  UNTIL,
} from "./factCues.js";
import { ends, type Found, type FoundFn, type Piece, push, RATE } from "./factPiece.js";
import { amountPattern, parseAmount } from "./numbers.js";

const WEEK_MS = 7 * 24 * 3600 * 1000;
const AMOUNT = amountPattern(true);
const COUNT = amountPattern(false);
const DURATION = new RegExp(`(?<![\\w.$£€])(${AMOUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?[\\s-]+(?:(?:more|additional|extra|full|calendar|working|business)\\s+)?${TIME_UNIT}\\b`, "g");

/**
 * Lengths of time: the need's duration (strength 2 with a cue such as "for" or "-month contract", 1
 * bare), or the tenure so far; lengths of experience, notice, leave, age and rates are left out.
 */
export function readDurations(piece: Piece, found: FoundFn, durations: Found<number>[], tenures: Found<number>[], today: number) {
  const s = piece.lower;
  for (const m of s.matchAll(DURATION)) {
    const before = s.slice(Math.max(0, m.index! - 60), m.index);
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const amount = parseAmount(m[2] ?? m[1]!);
    if (amount === null || amount === 0) continue;
    const weeks = Math.round(amount * UNIT_WEEKS[m[3]!]! * 10) / 10;
    // "three days a week" is a rate, whatever comes before it.
    if (RATE.test(after) || /^\s*\//.test(after)) continue;
    const cued = DURATION_BEFORE.test(before) || DURATION_AFTER.test(after);
    // "a week" alone is everywhere ("20 hours a week"); an article counts only with a duration cue.
    if (!cued && /^an?$/.test(m[1]!)) continue;
    if (TENURE_BEFORE.test(before) || TENURE_AFTER.test(after)) { push(tenures, found(...ends(m), weeks)); continue; }
    if (NOT_DURATION_BEFORE.test(before) || NOT_DURATION_AFTER.test(after)) continue;
    push(durations, found(...ends(m), weeks, cued ? 2 : 1));
  }
  if (Number.isNaN(today)) return;
  for (const m of s.matchAll(UNTIL)) {
    const target = untilDate(m, today);
    if (target > today) push(durations, found(...ends(m), Math.round(((target - today) / WEEK_MS) * 10) / 10, 2));
  }
  for (const m of s.matchAll(SINCE)) {
    const before = s.slice(Math.max(0, m.index! - 60), m.index);
    if (!TENURE_BEFORE.test(`${before} `) && !/\b(been|here|with us|on site|onsite)\s*$/.test(before)) continue;
    const month = m[2] ? MONTHS.findIndex((name) => name.startsWith(m[2]!)) : 0;
    const since = Date.UTC(Number(m[3]), month, 1);
    if (since < today) push(tenures, found(...ends(m), Math.round(((today - since) / WEEK_MS) * 10) / 10));
  }
}

/** The last day the need runs to: the end of a quarter, a month, or a year; next year's if already past. */
function untilDate(m: RegExpMatchArray, today: number): number {
  const [, , endOf, quarter, month, thisYear, yearEnd, year] = m;
  const currentYear = new Date(today).getUTCFullYear();
  const at = (y: number) => {
    if (quarter) return Date.UTC(y, Number(quarter[1]) * 3, 0);
    if (month) {
      const index = MONTHS.findIndex((name) => name.startsWith(month));
      return endOf ? Date.UTC(y, index + 1, 0) : Date.UTC(y, index, 1);
    }
    return thisYear || yearEnd ? Date.UTC(y, 11, 31) : NaN;
  };
  if (year) return at(Number(year));
  const thisTime = at(currentYear);
  return thisTime > today ? thisTime : at(currentYear + 1);
}

