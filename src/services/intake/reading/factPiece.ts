/** What the fact readers share: a piece of text with its negations, and how a found fact is recorded. */
import type { NegatedPhrase } from "./negation.js";
import type { SectionKind } from "./postingCues.js";

/** Where a fact was read: the phrase (plain text) and its offsets in the original text. */
export type TextSource = Readonly<{ phrase: string; start: number; end: number }>;
export type Sourced<T> = Readonly<{ value: T; source: TextSource }>;

/** One piece of text facts are read from: the title or a segment, with its negations. */
export type Piece = Readonly<{
  text: string;
  lower: string;
  kind: SectionKind;
  heading: string;
  negated: NegatedPhrase[];
  source: (from: number, to: number) => TextSource;
}>;
export type Found<T> = Sourced<T> & { at: number; strength: number };

/** A rate after an amount: "a month", "per shift", "daily". */
export const RATE = /^\s*(?:(?:a|an|per|each|every)\s+(hour|shift|day|week|month|quarter|year)|(hourly|daily|weekly|monthly|quarterly|annually|yearly))\b/;

/** A fact found at [start, end) of a piece, or null when a negation covers it (unless the cue holds its own). */
export type FoundFn = <T>(start: number, end: number, value: T, strength?: number, selfNegated?: boolean) => Found<T> | null;
export const ends = (m: RegExpMatchArray): [number, number] => [m.index!, m.index! + m[0].length];

export function push<T>(list: Found<T>[], fact: Found<T> | null) {
  if (fact) list.push(fact);
}

export function strip<T>(fact: Found<T> | undefined): Sourced<T> | null {
  return fact ? { value: fact.value, source: fact.source } : null;
}

/** Lower case without changing the length, so offsets in the lower-cased text hold in the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
}

