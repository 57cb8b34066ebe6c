/**
 * Facts a need's text states (duration, tenure, coverage, volume, headcount, hours, workplace, regulated
 * domains, data sensitivity, control), each with the phrase it was read from and its offsets.
 * Pure: relative dates are read against a `today` the caller passes, never the clock.
 */
import { DATA_SENSITIVITY } from "../../../domain/need.js";
import { readCounts, type Volume } from "./countFacts.js";
import {
  CONTROL_CUES,
  type ControlCue,
  COVERAGE_CUES,
  type CoverageKind,
  FACT_SECTIONS_EXCLUDED,
  HOURS_LABEL,
  JOB_TYPE_LABEL,
  LABELLED_CONTRACT,
  LABELLED_WORKPLACE,
  LOCATION_LABEL,
  REGULATED_CUES,
  RENEWED,
  SELF_NEGATED,
  SENSITIVITY_CUES,
  TERM_CUES,
  type Workplace,
  WORKPLACE_CUES,
} from "./factCues.js";
import { ends, type Found, type FoundFn, lowerSameLength, type Piece, push, type Sourced, strip } from "./factPiece.js";
import { readNegations } from "./negation.js";
import { amountPattern, parseAmount } from "./numbers.js";
import { type Posting, readPosting, spanInOriginal } from "./posting.js";
import type { SectionKind } from "./postingCues.js";
import { readDurations } from "./timeFacts.js";

export type { ControlCue, CoverageKind, Workplace } from "./factCues.js";
export type DataSensitivity = (typeof DATA_SENSITIVITY)[number];
export type { Sourced, TextSource } from "./factPiece.js";
export type { Volume, VolumeRate } from "./countFacts.js";
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

const COUNT = amountPattern(false);
const HOURS = new RegExp(`\\bhours?\\s*:?\\s*(${COUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?\\s*(?:a|per|/)\\s*week\\b|(?<![\\w.$£€])(${COUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?\\s*(?:hours?|hrs?|h)\\s*(?:a|per|/|each|every)\\s*(?:week|wk)\\b|(?<![\\w.])(${COUNT})[- ]hours?[- ](?:work[- ]?)?week\\b|(?<![\\w.])(\\d(?:\\.\\d+)?)\\s*fte\\b`, "g");
const LABELLED_HOURS = new RegExp(`^(${COUNT})(?:\\s*(?:-|–|to)\\s*(${COUNT}))?\\s*(?:hours?\\s*)?(?:a|per|/)\\s*week\\b`);

/** Reads the facts a text (or an already read posting) states. */
export function readStatedFacts(input: string | Posting, options: ReadFactsOptions = {}): TextFacts {
  const posting = typeof input === "string" ? readPosting(input) : input;
  const today = options.today ? Date.parse(`${options.today}T00:00:00Z`) : NaN;
  const pieces = [...(posting.title ? [{ ...posting.title, kind: "GENERAL" as SectionKind }] : []), ...posting.segments].map(
    (segment): Piece => ({
      text: segment.text,
      lower: lowerSameLength(segment.text),
      kind: segment.kind,
      heading: "heading" in segment ? (segment.heading ?? "").toLowerCase() : "",
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
      // "Job type: Contract": under such a label the word says the work is bounded.
      const contract = JOB_TYPE_LABEL.test(piece.heading) ? LABELLED_CONTRACT.exec(piece.lower) : null;
      if (contract) push(facts.term, found(...ends(contract), false, 1));
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
        // Groups: "hours: 20-30 per week" (1, 2), "20-30 hours a week" (3, 4), "40-hour week" (5), "0.5 FTE" (6).
        const value = m[6] ? Number(m[6]) * 40 : parseAmount(m[2] ?? m[1] ?? m[4] ?? m[3] ?? m[5]!);
        const low = m[2] ? parseAmount(m[1]!) : m[4] ? parseAmount(m[3]!) : null;
        if (value) push(facts.hours, found(...ends(m), low ? (low + value) / 2 : value));
      }
      for (const m of piece.lower.matchAll(/\b(full|part)[- ]?time\b/g)) push(facts.employment, found(...ends(m), m[1] === "full" ? "FULL_TIME" : "PART_TIME"));
      // "Expected hours: 20 – 40 per week": the label says what the numbers are.
      const labelled = HOURS_LABEL.test(piece.heading) ? LABELLED_HOURS.exec(piece.lower) : null;
      if (labelled) {
        const high = parseAmount(labelled[2] ?? labelled[1]!);
        if (high) push(facts.hours, found(...ends(labelled), labelled[2] ? (parseAmount(labelled[1]!)! + high) / 2 : high));
      }
    }
    // "Work location: In person", "Location: Remote".
    if (allowed("workplace") && LOCATION_LABEL.test(piece.heading)) {
      for (const [value, re] of LABELLED_WORKPLACE) {
        const m = re.exec(piece.lower);
        if (m) push(facts.workplace, found(...ends(m), value));
      }
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

