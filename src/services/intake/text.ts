/**
 * Text handling for intake: splitting a need into clauses, picking the words that carry meaning,
 * reading durations out of prose, and finding which of a task's phrases a clause mentions.
 * Pure functions, deterministic for the same input.
 */
import type { TextDuration } from "../../domain/need.js";
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
  const parts = text
    .split(/(?<=[.!?;:])\s+|\n+|[•·]|\s+(?:and then|then|and also|as well as|plus|and)\s+|,\s+/iu)
    .map((part) => part.trim())
    .filter((part) => workWords(part).length > 0);
  return [...new Set(parts)].slice(0, MAX_CLAUSES);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, eighteen: 18, twenty: 20, "twenty-four": 24, "thirty-six": 36,
};
const UNIT_WEEKS: Record<string, number> = { day: 1 / 5, week: 1, month: 52 / 12, quarter: 13, year: 52 };

/** A duration stated in the text ("for 12 weeks", "a three-month project", "6-month contract"). */
export function durationInText(text: string): TextDuration | null {
  const pattern =
    /\b(\d{1,3}(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four|thirty-six)[\s-]+(day|week|month|quarter|year)s?\b/iu;
  const match = pattern.exec(text);
  if (!match) return null;
  const [phrase, amount, unit] = match;
  const count = /^\d/.test(amount!) ? Number(amount) : NUMBER_WORDS[amount!.toLowerCase()];
  if (!count) return null;
  return { weeks: Math.round(count * UNIT_WEEKS[unit!.toLowerCase()]! * 10) / 10, phrase: phrase.trim() };
}

/** Cues in prose for an ongoing need, as opposed to a project. */
export function ongoingInText(text: string): string | null {
  const match = /\b(ongoing|permanent(?:ly)?|indefinitely|business as usual|run[- ]the[- ]business|every (?:day|week|month)|weekly|daily|monthly|long[- ]term)\b/iu.exec(text);
  return match ? match[0] : null;
}

/** Cues in prose for a bounded project. */
export function projectInText(text: string): string | null {
  const match = /\b(project|one[- ]off|pilot|migration|launch|by (?:the )?(?:end of )?(?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december)|deadline|backlog)\b/iu.exec(text);
  return match ? match[0] : null;
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
