/**
 * Negation and its scope in a need's text: "no customer contact", "not customer-facing", "without
 * travel", "coding is not required". What is negated is returned with its span, so intake can lower
 * the tasks and traits it names and the evidence can quote what the text rules out.
 */
import { contentWords, stem } from "../text.js";
import {
  CLAUSE_STARTERS,
  LIGHT_WORDS,
  LINKING_WORDS,
  MAX_LIST_ITEM_WORDS,
  MAX_POSTPOSED_WORDS,
  MAX_SCOPE_WORDS,
  NEGATION_PHRASES,
  NEGATION_WORDS,
  CONDITION_LOOKBACK,
  CONDITION_WORDS,
  NOT_EXCLUSIONS,
  POSTPOSED_PREDICATES,
  REQUIREMENT_NOUNS,
  SCOPE_BREAKERS,
  SCOPE_END_MARKS,
} from "./negationCues.js";

/** EXCLUSION: work the text rules out. WAIVER: a requirement it waives ("no experience needed"). */
export type NegationKind = "EXCLUSION" | "WAIVER";

export type NegatedPhrase = Readonly<{
  kind: NegationKind;
  /** The cue as written: "no", "isn't", "without", "rather than". */
  cue: string;
  /** The negated phrase as written, and where it is (offsets include the `offset` given). */
  text: string;
  start: number;
  end: number;
  /** Its content words, lower-cased, hyphenated words split ("customer-facing" gives customer, facing). */
  words: string[];
  /** The whole negation, cue included: what the remainder leaves out. */
  span: Readonly<{ start: number; end: number }>;
}>;

export type NegationReading = Readonly<{
  negated: NegatedPhrase[];
  /** The text with every negation blanked out by spaces: same length, so offsets still hold. */
  remainder: string;
  /** The content words of the remainder: what the text affirms. */
  remainderWords: string[];
}>;

/**
 * A candidate is ruled out by a negated phrase when at least this share of the phrase's words occur in
 * it: "customer contact" rules out "respond to customer inquiries"; one word of three does not.
 */
export const RULED_OUT_SHARE = 0.5;

type Token = Readonly<{ text: string; lower: string; start: number; end: number; word: boolean }>;

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/gu, "'"),
    start: m.index,
    end: m.index + m[0].length,
    word: /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

const startsWith = (tokens: readonly Token[], at: number, words: readonly string[]) =>
  words.every((w, k) => tokens[at + k]?.lower === w);

/** The cue at a token, if any: its length in tokens. */
function cueAt(tokens: readonly Token[], at: number): number {
  for (const phrase of NEGATION_PHRASES) if (startsWith(tokens, at, phrase)) return phrase.length;
  const t = tokens[at]!;
  return NEGATION_WORDS.has(t.lower) || t.lower.endsWith("n't") ? 1 : 0;
}

/** Reads the negations of a text (a segment or clause); `offset` is added to every span it returns. */
export function readNegations(text: string, offset = 0): NegationReading {
  const tokens = tokenize(text);
  const negated: NegatedPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "non-customer-facing": the prefix negates the rest of the word.
    if (t.lower.startsWith("non-") && t.lower.length > 4) {
      const phrase = phraseOf(text, t.start + 4, t.end, t.start, t.end, "non", offset);
      if (phrase) negated.push(phrase);
      continue;
    }
    const cueLength = cueAt(tokens, i);
    if (cueLength === 0) continue;
    const after = i + cueLength;
    const cue = text.slice(t.start, tokens[after - 1]!.end);
    if (conditional(tokens, i) || NOT_EXCLUSIONS.some((words) => startsWith(tokens, after, words))) continue;
    // "No. 5", "no 3": a number, not a negation.
    if (tokens[after] && (tokens[after]!.text === "." || /^\d/u.test(tokens[after]!.text))) continue;
    const postposed = postposedSubject(tokens, i, after);
    if (postposed) {
      const end = scopeEnd(tokens, after);
      const phrase = phraseOf(text, postposed.start, postposed.end, postposed.start, tokens[end - 1]?.end ?? t.end, cue, offset);
      if (phrase) negated.push(phrase);
      i = end - 1;
      continue;
    }
    const end = scopeEnd(tokens, after);
    if (end > after) {
      const phrase = phraseOf(text, tokens[after]!.start, tokens[end - 1]!.end, t.start, tokens[end - 1]!.end, cue, offset);
      if (phrase) negated.push(phrase);
    }
    i = Math.max(i, end - 1);
  }
  let remainder = text;
  if (negated.length > 0) {
    remainder = "";
    let at = 0;
    for (const n of negated) {
      const from = n.span.start - offset;
      const to = n.span.end - offset;
      if (from < at) continue;
      remainder += text.slice(at, from) + " ".repeat(to - from);
      at = to;
    }
    remainder += text.slice(at);
  }
  return { negated, remainder, remainderWords: contentWords(remainder) };
}

/** "whether or not", "if you can't", "unless it does not": a condition, not a statement about the work. */
function conditional(tokens: readonly Token[], cue: number): boolean {
  if (tokens[cue - 1]?.lower === "or") return true;
  for (let k = cue - 1; k >= Math.max(0, cue - CONDITION_LOOKBACK); k--) {
    if (!tokens[k]!.word) return false;
    if (CONDITION_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * "Travel is not required", "coding not needed": the negated thing comes before the cue. Returns the
 * span of that noun phrase (read back to the clause start, at most a few words) or null.
 */
function postposedSubject(tokens: readonly Token[], cueAt: number, after: number): { start: number; end: number } | null {
  const next = tokens[after]?.lower;
  if (!next || !POSTPOSED_PREDICATES.has(next)) return null;
  if (next === "a" && tokens[after + 1]?.lower !== "requirement" && tokens[after + 1]?.lower !== "must") return null;
  let k = cueAt - 1;
  while (k >= 0 && LINKING_WORDS.has(tokens[k]!.lower)) k--;
  const last = k;
  let words = 0;
  while (k >= 0 && tokens[k]!.word && !CLAUSE_STARTERS.has(tokens[k]!.lower) && !SCOPE_BREAKERS.has(tokens[k]!.lower) && words < MAX_POSTPOSED_WORDS) {
    k--;
    words++;
  }
  return words > 0 ? { start: tokens[k + 1]!.start, end: tokens[last]!.end } : null;
}

/** The token index where a scope starting at `from` ends (exclusive). */
function scopeEnd(tokens: readonly Token[], from: number): number {
  let words = 0;
  let k = from;
  for (; k < tokens.length && words < MAX_SCOPE_WORDS; k++) {
    const t = tokens[k]!;
    if (SCOPE_END_MARKS.has(t.lower) || SCOPE_BREAKERS.has(t.lower) || (k > from && cueAt(tokens, k) > 0)) break;
    if ((t.lower === "and" || t.lower === "or") && startsClause(tokens, k + 1)) break;
    if (t.lower === ",") {
      if (startsClause(tokens, k + 1) || !shortListItem(tokens, k + 1)) break;
      continue;
    }
    if (t.word) words++;
  }
  // A trailing comma or conjunction belongs to what follows.
  while (k > from && !tokens[k - 1]!.word) k--;
  while (k > from && (tokens[k - 1]!.lower === "and" || tokens[k - 1]!.lower === "or")) k--;
  return k;
}

function startsClause(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !t || CLAUSE_STARTERS.has(t.lower) || SCOPE_BREAKERS.has(t.lower) || cueAt(tokens, at) > 0;
}

/** Whether the words from `at` to the next comma or mark form a short list item. */
function shortListItem(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) break;
    words++;
  }
  return words > 0 && words <= MAX_LIST_ITEM_WORDS;
}

function phraseOf(
  text: string,
  start: number,
  end: number,
  spanStart: number,
  spanEnd: number,
  cue: string,
  offset: number,
): NegatedPhrase | null {
  const phrase = text.slice(start, end);
  const words = contentWords(phrase.replace(/[-‐]/gu, " ")).filter((w) => !LIGHT_WORDS.has(w));
  if (words.length === 0) return null;
  const kind: NegationKind = words.some((w) => REQUIREMENT_NOUNS.has(w)) ? "WAIVER" : "EXCLUSION";
  return {
    kind,
    cue,
    text: phrase,
    start: start + offset,
    end: end + offset,
    words,
    span: { start: Math.min(spanStart, start) + offset, end: Math.max(spanEnd, end) + offset },
  };
}

/** The share of a negated phrase's words that occur among a candidate's words, loosely stemmed. */
export function negatedShare(phrase: Readonly<{ words: readonly string[] }>, candidateWords: readonly string[]): number {
  // Candidates name themselves in their own way ("Customer-facing", "respond to customers"): compare word parts.
  const have = new Set(candidateWords.flatMap((w) => w.toLowerCase().split(/[-‐\s]+/u)).map(stem));
  const words = [...new Set(phrase.words.map(stem))];
  return words.filter((w) => have.has(w)).length / words.length;
}

/** The exclusion that rules a candidate out (most of its words in the candidate's), or null. */
export function ruledOutBy(negated: readonly NegatedPhrase[], candidateWords: readonly string[]): NegatedPhrase | null {
  let best: { phrase: NegatedPhrase; share: number } | null = null;
  for (const phrase of negated) {
    if (phrase.kind !== "EXCLUSION") continue;
    const share = negatedShare(phrase, candidateWords);
    if (share >= RULED_OUT_SHARE && (!best || share > best.share)) best = { phrase, share };
  }
  return best?.phrase ?? null;
}
