/**
 * Text handling for intake: splitting a need into clauses, picking the words that carry meaning, and
 * finding which of a task's phrases a clause mentions.
 * Pure functions, deterministic for the same input.
 */
import { terms } from "../lucene.js";

/** Words that carry no meaning about the work; dropping them keeps Lucene from matching on "the". */
const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each few for from further had has have having " +
    "he her here hers herself him himself his how i if in into is it its itself just me more most my myself no " +
    "nor not now of off on once only or other our ours ourselves out over own same she should so some such than " +
    "that the their theirs them themselves then there these they this those through to too under until up very " +
    "was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "need needs needed want wants would like someone somebody person people help please get got make sure " +
    "able must may might shall us etc e.g i.e via per every each week's"
  ).split(" "),
);

/** Words about the request rather than the work: they must not pull in tasks. */
const REQUEST_WORDS = new Set(
  "full-time fulltime part-time hire hiring recruit fte headcount contractor consultant freelancer role job position vacancy staff"
    .split(" "),
);

/** Words that name a role: they identify an occupation, but say nothing about which of its tasks. */
const ROLE_WORDS = new Set(
  ("analyst analysts manager managers specialist specialists assistant assistants coordinator coordinators " +
    "officer officers clerk clerks administrator administrators lead head director associate executive " +
    "representative representatives agent agents technician technicians engineer engineers developer developers " +
    "designer designers advisor adviser advisors advisers expert experts professional professionals worker workers")
    .split(" "),
);

export const MAX_CLAUSES = 24;

/** Meaningful, lower-cased words of a text, in order, duplicates kept. */
export function contentWords(text: string): string[] {
  return terms(text).filter((w) => !STOP_WORDS.has(w) && !REQUEST_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
}

/** Content words that describe the work itself (role nouns removed): what task search uses. */
export function workWords(text: string): string[] {
  return contentWords(text).filter((w) => !ROLE_WORDS.has(w));
}

/**
 * Clauses: sentences, then their parts joined by "and", "then", ";" or commas. Each clause usually names
 * one task ("pull the weekly sales numbers" / "send the board pack"), so each is searched on its own.
 */
export function clauses(text: string): string[] {
  // Each run of whitespace becomes one character first: the split below tries `\s+` before every
  // connective, and over a long run of spaces that backtracking made the split quadratic.
  const parts = text
    .replace(/\s+/gu, (run) => (run.includes("\n") ? "\n" : " "))
    .split(/(?<=[.!?;:])\s+|\n+|[•·]|\s+(?:and then|then|and also|as well as|plus|and)\s+|,\s+/iu)
    .map((part) => part.trim())
    .filter((part) => workWords(part).length > 0);
  return [...new Set(parts)].slice(0, MAX_CLAUSES);
}

/** A candidate's words, stemmed once per request rather than once for every clause it is compared with. */
export type CandidateWords = Readonly<{
  /** Stems of the content words of its whole text. */
  stems: ReadonlySet<string>;
  /** Its phrases (name, keywords, alternative labels), each with the stems of its content words. */
  phrases: ReadonlyArray<Readonly<{ phrase: string; stems: readonly string[] }>>;
}>;

export function candidateWords(text: string, phrases: readonly string[]): CandidateWords {
  return {
    stems: new Set(contentWords(text).map(stem)),
    phrases: phrases.map((phrase) => ({ phrase, stems: contentWords(phrase).map(stem) })),
  };
}

/**
 * The phrases of a candidate that a clause mentions: a phrase counts when all its content words
 * appear in the clause, stemmed loosely.
 */
export function matchedPhrases(clauseWords: readonly string[], candidate: CandidateWords): string[] {
  const have = new Set(clauseWords.map(stem));
  return candidate.phrases.filter((p) => p.stems.length > 0 && p.stems.every((w) => have.has(w))).map((p) => p.phrase);
}

/** The clause words that also occur in a candidate's text: the "why" behind a lexical match. */
export function sharedWords(clauseWords: readonly string[], candidate: CandidateWords): string[] {
  return [...new Set(clauseWords.filter((w) => candidate.stems.has(stem(w))))];
}

/** A light English stemmer (plural and common verb endings), enough to match "reports" with "report". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = word
      .replace(/(?<=\w{2})(?:ies)$/u, "y")
      .replace(/(?<=\w{2})(?:ing|ed|es|s)$/u, "")
      .replace(/(?<=\w{3})e$/u, "");
    // Scoring stems the same few thousand words on every request: remember them, within a bound.
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

const MAX_REMEMBERED_STEMS = 100_000;
const STEMS = new Map<string, string>();
