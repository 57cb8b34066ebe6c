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

/**
 * The phrases of a candidate (its name, keywords, alternative labels) that a clause mentions:
 * a phrase counts when all its content words appear in the clause, stemmed loosely.
 */
export function matchedPhrases(clauseWords: readonly string[], phrases: readonly string[]): string[] {
  const have = new Set(clauseWords.map(stem));
  return phrases.filter((phrase) => {
    const words = contentWords(phrase).map(stem);
    return words.length > 0 && words.every((w) => have.has(w));
  });
}

/** The clause words that also occur in a candidate's text: the "why" behind a lexical match. */
export function sharedWords(clauseWords: readonly string[], candidateText: string): string[] {
  const candidate = new Set(contentWords(candidateText).map(stem));
  return [...new Set(clauseWords.filter((w) => candidate.has(stem(w))))];
}

/** A light English stemmer (plural and common verb endings), enough to match "reports" with "report". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  return word
    .replace(/(?<=\w{2})(?:ies)$/u, "y")
    .replace(/(?<=\w{2})(?:ing|ed|es|s)$/u, "")
    .replace(/(?<=\w{3})e$/u, "");
}
