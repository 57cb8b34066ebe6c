/**
 * The need's text as intake reads it, once per request: its title, the clauses of the segments that
 * describe the work (each with its section's weight; boilerplate left out), the text's own work summary
 * for occupation matching, and the phrases it rules out.
 */
import type { ClauseWords } from "../../domain/intake.js";
import type { NeedInput } from "../../domain/need.js";
import { type NegatedPhrase, readNegations } from "./reading/negation.js";
import { matchingSegments, type Posting, readPosting } from "./reading/posting.js";
import { titleCore } from "./reading/titleCore.js";
import { clauses, contentWords, MAX_CLAUSES, workWords } from "./text.js";

/** A need this short is probably a job title, so it is also matched against occupation titles. */
const TITLE_LIKE_WORDS = 12;
/** Enough of the work text to describe an occupation; the embedding model reads about 256 word pieces. */
const WORK_TEXT_CHARS = 1_200;

export type NeedReading = Readonly<{
  posting: Posting;
  /** The title to match occupations by: the one stated or the posting's title line (its core: titleCore), or a short need itself. */
  title: string | null;
  /** True when the title was given or stands as the text's title line (not a guess from a short need). */
  titleStated: boolean;
  clauses: ClauseWords[];
  /** The work segments joined, for the occupation whose description reads most like them. */
  workText: string;
  /** What the text rules out ("no dealing with clients"), for lowering matching tasks and traits. */
  ruledOut: NegatedPhrase[];
}>;

export function readNeed(need: NeedInput): NeedReading {
  const posting = readPosting(need.text);
  const segments = matchingSegments(posting, MAX_CLAUSES);
  const ruledOut: NegatedPhrase[] = [];
  const weighted: Array<{ text: string; weight: number }> = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    const reading = readNegations(segment.text);
    ruledOut.push(...reading.negated.filter((n) => n.kind === "EXCLUSION"));
    // Clauses come from what the segment affirms: a negated phrase must not match the work it rules out.
    // A bullet names one duty ("Pick and pack orders"); prose is split at "and", "then" and commas.
    const affirmed = reading.remainder.replace(/\s+/gu, " ").trim();
    const parts = segment.bullet ? (workWords(affirmed).length > 0 ? [affirmed] : []) : clauses(reading.remainder);
    for (const text of parts) {
      if (seen.has(text)) continue;
      seen.add(text);
      weighted.push({ text, weight: segment.weight });
    }
  }
  // The heaviest clauses when there are too many (duties before requirements), then back in text order.
  const kept = new Set([...weighted].sort((a, b) => b.weight - a.weight).slice(0, MAX_CLAUSES));
  const clauseWords = weighted.filter((c) => kept.has(c)).map(({ text, weight }) => ({ text, words: workWords(text), weight }));

  const postingTitle = posting.title?.text ?? null;
  const statedTitle = need.title ?? postingTitle;
  const shortNeed = contentWords(need.text).length <= TITLE_LIKE_WORDS ? need.text : null;
  const title = statedTitle !== null ? titleCore(statedTitle) : shortNeed;
  const workText = segments.map((s) => s.text).join(" ").slice(0, WORK_TEXT_CHARS);
  return { posting, title, titleStated: need.title !== null || postingTitle !== null, clauses: clauseWords, workText, ruledOut };
}
