/**
 * Facts a need's text states (duration, tenure, coverage, volume, headcount, hours, workplace, regulated
 * domains, data sensitivity, control), each with the phrase it was read from and its offsets.
 * Pure: relative dates are read against a `today` the caller passes, never the clock.
 */
import { DATA_SENSITIVITY } from "../../../seed/seedSchema.js";
import {
  CONTROL_CUES,
  type ControlCue,
  COVERAGE_CUES,
  type CoverageKind,
  DURATION_AFTER,
  DURATION_BEFORE,
  FACT_SECTIONS_EXCLUDED,
  HIRING_BEFORE,
  MIN_VOLUME,
  MONTHS,
  NOT_DURATION_AFTER,
  NOT_DURATION_BEFORE,
  NOT_WORK_ITEMS,
  PEOPLE_NOUNS,
  REGULATED_CUES,
  RENEWED,
  SELF_NEGATED,
  SENSITIVITY_CUES,
  SINCE,
  TEAM_OF,
  TENURE_AFTER,
  TENURE_BEFORE,
  TERM_CUES,
  TIME_UNIT,
  UNIT_WEEKS,
  UNTIL,
  type Workplace,
  WORKPLACE_CUES,
} from "./factCues.js";
import { type NegatedPhrase, readNegations } from "./negation.js";
import { amountPattern, parseAmount } from "./numbers.js";
import { type Posting, readPosting, spanInOriginal } from "./posting.js";
import type { SectionKind } from "./postingCues.js";

export type { ControlCue, CoverageKind, Workplace } from "./factCues.js";
export type DataSensitivity = (typeof DATA_SENSITIVITY)[number];
/** Where a fact was read: the phrase (plain text) and its offsets in the original text. */
export type TextSource = Readonly<{ phrase: string; start: number; end: number }>;
export type Sourced<T> = Readonly<{ value: T; source: TextSource }>;
export type VolumeRate = "HOUR" | "SHIFT" | "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";
/** A workload: "2,000 invoices a month" is { amount: 2000, items: "invoices", per: "MONTH" }. */
export type Volume = Readonly<{ amount: number; items: string; per: VolumeRate | null }>;
export type Employment = "FULL_TIME" | "PART_TIME";

export type TextFacts = Readonly<{
  /** How long the need lasts, in weeks (a range counts at its upper end). */
  durationWeeks: Sourced<number> | null;
  /** true: ongoing work ("permanent"); false: bounded ("temporary", "project"). */
  ongoing: Sourced<boolean> | null;
  /** How long the current arrangement has run so far ("has been with us for two years"). */
  tenureWeeks: Sourced<number> | null;
  /** How often it was renewed or extended. */
  renewals: Sourced<number> | null;
  coverage: Sourced<CoverageKind>[];
  volumes: Sourced<Volume>[];
  headcount: Sourced<number> | null;
  hoursPerWeek: Sourced<number> | null;
  employment: Sourced<Employment> | null;
  workplace: Sourced<Workplace> | null;
  regulatedDomains: Sourced<string>[];
  dataSensitivity: Sourced<DataSensitivity> | null;
  control: Sourced<ControlCue>[];
}>;

export type ReadFactsOptions = Readonly<{ today?: string | null }>;

/** One piece of text facts are read from: the title or a segment, with its negations. */
type Piece = Readonly<{ text: string; lower: string; kind: SectionKind; negated: NegatedPhrase[]; source: (from: number, to: number) => TextSource }>;
type Found<T> = Sourced<T> & { at: number; strength: number };

const WEEK_MS = 7 * 24 * 3600 * 1000;
const AMOUNT = amountPattern(true);
const COUNT = amountPattern(false);
const DURATION = new RegExp(`(?<![\\w.$£€])(${AMOUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?[\\s-]+(?:(?:more|additional|extra|full|calendar|working|business)\\s+)?${TIME_UNIT}\\b`, "g");
const HOURS = new RegExp(`(?<![\\w.$£€])(${COUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/|each|every)\\s*(?:week|wk)\\b|(?<![\\w.])(${COUNT})[- ]hours?[- ](?:work[- ]?)?week\\b|(?<![\\w.])(\\d(?:\\.\\d+)?)\\s*fte\\b`, "g");
const COUNTED = new RegExp(`(?<![\\w.$£€])(${COUNT})((?:\\s+[\\p{L}][\\p{L}'-]*){1,3})`, "gu");
const RATE = /^\s*(?:(?:a|an|per|each|every)\s+(hour|shift|day|week|month|quarter|year)|(hourly|daily|weekly|monthly|quarterly|annually|yearly))\b/;
const FUNCTION_WORDS = new Set(["of", "the", "to", "a", "an", "and", "or", "per", "for", "from", "in", "on", "at", "with", "by", "each", "every", "than"]);
const RATE_WORDS: Readonly<Record<string, VolumeRate>> = {
  hour: "HOUR", hourly: "HOUR", shift: "SHIFT", day: "DAY", daily: "DAY", week: "WEEK", weekly: "WEEK", month: "MONTH",
  monthly: "MONTH", quarter: "QUARTER", quarterly: "QUARTER", year: "YEAR", annually: "YEAR", yearly: "YEAR",
};

/** Reads the facts a text (or an already read posting) states. */
export function readStatedFacts(input: string | Posting, options: ReadFactsOptions = {}): TextFacts {
  const posting = typeof input === "string" ? readPosting(input) : input;
  const today = options.today ? Date.parse(`${options.today}T00:00:00Z`) : NaN;
  const pieces = [...(posting.title ? [{ ...posting.title, kind: "GENERAL" as SectionKind }] : []), ...posting.segments].map(
    (segment): Piece => ({
      text: segment.text,
      lower: lowerSameLength(segment.text),
      kind: segment.kind,
      negated: readNegations(segment.text).negated,
      source: (from, to) => ({ phrase: segment.text.slice(from, to), ...spanInOriginal(posting, segment, from, to) }),
    }),
  );
  const durations: Found<number>[] = [];
  const tenures: Found<number>[] = [];
  const facts = {
    term: [] as Found<boolean>[], renewals: [] as Found<number>[], coverage: [] as Found<CoverageKind>[], volumes: [] as Found<Volume>[],
    headcount: [] as Found<number>[], hours: [] as Found<number>[], employment: [] as Found<Employment>[],
    workplace: [] as Found<Workplace>[], regulated: [] as Found<string>[], sensitivity: [] as Found<DataSensitivity>[], control: [] as Found<ControlCue>[],
  };
  pieces.forEach((piece, index) => {
    const at = (offset: number) => index * 100_000 + offset;
    const allowed = (fact: string) => !FACT_SECTIONS_EXCLUDED[fact]!.includes(piece.kind);
    const found: FoundFn = (start, end, value, strength = 0, selfNegated = false) => {
      if (!(selfNegated && SELF_NEGATED.test(piece.lower.slice(start, end))) && piece.negated.some((n) => n.start < end && start < n.end)) return null;
      return { value, source: piece.source(start, end), at: at(start), strength };
    };
    const cues = <T>(fact: keyof typeof facts, list: ReadonlyArray<readonly [T, RegExp]>, selfNegated = false) => {
      if (!allowed(fact)) return;
      for (const [value, re] of list) for (const m of piece.lower.matchAll(re)) push(facts[fact] as Found<T>[], found(...ends(m), value, 0, selfNegated));
    };
    if (allowed("duration")) readDurations(piece, found, durations, tenures, today);
    if (allowed("term")) {
      for (const [value, strength, re] of TERM_CUES) for (const m of piece.lower.matchAll(re)) push(facts.term, found(...ends(m), value, strength, true));
      for (const m of piece.lower.matchAll(RENEWED)) {
        const count = parseAmount(m[3] ?? m[2]!);
        if (count !== null) push(facts.renewals, found(...ends(m), count));
      }
    }
    cues("coverage", COVERAGE_CUES);
    cues("workplace", WORKPLACE_CUES, true);
    cues("regulated", REGULATED_CUES);
    cues("sensitivity", SENSITIVITY_CUES);
    cues("control", CONTROL_CUES);
    if (allowed("hours")) {
      for (const m of piece.lower.matchAll(HOURS)) {
        const value = m[4] ? Number(m[4]) * 40 : parseAmount(m[2] ?? m[1] ?? m[3]!);
        const low = m[2] ? parseAmount(m[1]!) : null;
        if (value) push(facts.hours, found(...ends(m), low ? (low + value) / 2 : value));
      }
      for (const m of piece.lower.matchAll(/\b(full|part)[- ]?time\b/g)) push(facts.employment, found(...ends(m), m[1] === "full" ? "FULL_TIME" : "PART_TIME"));
    }
    readCounts(piece, found, allowed("headcount") ? facts.headcount : null, allowed("volume") ? facts.volumes : null);
  });
  const first = <T>(list: Found<T>[]) => strip(list.sort((a, b) => b.strength - a.strength || a.at - b.at)[0]);
  const perValue = <T>(list: Found<T>[]) =>
    list.sort((a, b) => a.at - b.at).filter((f, i, all) => all.findIndex((g) => g.value === f.value) === i).map((f) => strip(f)!);
  const hybrid = facts.workplace.find((f) => f.value === "HYBRID");
  const highest = facts.sensitivity.sort((a, b) => DATA_SENSITIVITY.indexOf(b.value) - DATA_SENSITIVITY.indexOf(a.value) || a.at - b.at)[0];
  return {
    durationWeeks: first(durations),
    ongoing: first(facts.term),
    tenureWeeks: first(tenures),
    renewals: first(facts.renewals),
    coverage: perValue(facts.coverage),
    volumes: facts.volumes.sort((a, b) => a.at - b.at).map((f) => strip(f)!),
    headcount: first(facts.headcount),
    hoursPerWeek: first(facts.hours),
    employment: first(facts.employment),
    workplace: strip(hybrid) ?? first(facts.workplace),
    regulatedDomains: perValue(facts.regulated),
    dataSensitivity: strip(highest),
    control: perValue(facts.control),
  };
}

/** A fact found at [start, end) of a piece, or null when a negation covers it (unless the cue holds its own). */
type FoundFn = <T>(start: number, end: number, value: T, strength?: number, selfNegated?: boolean) => Found<T> | null;
const ends = (m: RegExpMatchArray): [number, number] => [m.index!, m.index! + m[0].length];

function push<T>(list: Found<T>[], fact: Found<T> | null) {
  if (fact) list.push(fact);
}

function strip<T>(fact: Found<T> | undefined): Sourced<T> | null {
  return fact ? { value: fact.value, source: fact.source } : null;
}

/** Lower case without changing the length, so offsets in the lower-cased text hold in the original. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
}

/**
 * Lengths of time: the need's duration (strength 2 with a cue such as "for" or "-month contract", 1
 * bare), or the tenure so far; lengths of experience, notice, leave, age and rates are left out.
 */
function readDurations(piece: Piece, found: FoundFn, durations: Found<number>[], tenures: Found<number>[], today: number) {
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

/** Counts of people (headcount) and of work items (volume). */
function readCounts(piece: Piece, found: FoundFn, headcount: Found<number>[] | null, volumes: Found<Volume>[] | null) {
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
