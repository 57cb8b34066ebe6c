/**
 * Turning user text into a Lucene query. User text is never passed to Lucene as syntax: every term
 * is escaped, and the operators Lucene would read (AND, OR, NOT, quotes, wildcards, fuzzy marks)
 * become plain words or disappear, so `title:x AND *` cannot widen, break or slow a query.
 */
import { BadInputError } from "../errors.js";

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(["and", "or", "not", "to"]);
const MAX_TERMS = 64;
/** Distinct words in one query: enough for any need; more adds noise, not recall. */
const MAX_QUERY_TERMS = 40;
/**
 * Lucene refuses a query of more than 1,024 clauses, counted after analysis: its tokenizer makes one token
 * of each Han or Hiragana character and splits words at hyphens and the like. A query stays under this
 * budget, with room for the prefix match.
 */
export const MAX_QUERY_CLAUSES = 1_000;
/**
 * Clauses a query typed by a user (`search`) may make, counted as Lucene's analyzer counts them. A typed
 * query is refused past it rather than cut, so what is searched is always what was typed; 40 is far more
 * than any search box needs (a 40-character Chinese or Japanese query, or 40 English words).
 */
export const MAX_TYPED_QUERY_CLAUSES = MAX_QUERY_TERMS;
/** One token per Han or Hiragana character, one per run of other letters and digits (a safe over-count). */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}])[\p{L}\p{N}])+/gu;

/** How many clauses Lucene's analyzer will make of a term. */
export function clauseCount(term: string): number {
  return term.match(TOKEN)?.length ?? 0;
}

/** The longest start of `term` that makes at most `budget` clauses. */
function fitTerm(term: string, budget: number): string {
  if (clauseCount(term) <= budget) return term;
  let end = 0;
  let used = 0;
  for (const token of term.matchAll(TOKEN)) {
    if (++used > budget) break;
    end = token.index + token[0].length;
  }
  return term.slice(0, end);
}

/** Words of the text, lower-cased, unicode-aware, without Lucene operators. */
export function terms(text: string): string[] {
  return allTerms(text).slice(0, MAX_TERMS);
}

function allTerms(text: string): string[] {
  const words = text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.map((w) => w.replace(/['’.-]+$/u, "")).filter((w) => w.length > 0 && !OPERATORS.has(w));
}

/**
 * The Lucene query for text a user typed: all of its distinct words, the last also as a prefix; null when
 * it has no words. More than MAX_TYPED_QUERY_CLAUSES clauses is BAD_USER_INPUT naming the limit.
 */
export function typedQuery(text: string, field: string): string | null {
  const words = [...new Set(allTerms(text))];
  const clauses = words.reduce((sum, word) => sum + clauseCount(word), 0);
  if (clauses > MAX_TYPED_QUERY_CLAUSES) {
    throw new BadInputError(
      `${field} makes ${clauses} search clauses; at most ${MAX_TYPED_QUERY_CLAUSES} are allowed ` +
        "(each word counts one, each part of a hyphenated word one, each Chinese character and Hiragana letter one)",
      { field, limit: MAX_TYPED_QUERY_CLAUSES, clauses },
    );
  }
  return anyOf(words, { prefixLast: true });
}

export function escapeTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Any of the words, each escaped; a prefix match on the last word helps search-as-you-type. Words past the
 * clause budget are left out and a word that would overrun it is cut, so long or CJK text (where every
 * character is a clause) searches on its first part instead of failing inside Lucene.
 */
export function anyOf(words: readonly string[], { prefixLast = false } = {}): string | null {
  const kept: string[] = [];
  let budget = MAX_QUERY_CLAUSES - (prefixLast ? 1 : 0);
  for (const word of new Set(words)) {
    if (kept.length === MAX_QUERY_TERMS || budget <= 0) break;
    const fitted = fitTerm(word, budget);
    if (fitted.length === 0) continue;
    kept.push(fitted);
    budget -= clauseCount(fitted);
  }
  if (kept.length === 0) return null;
  const escaped = kept.map(escapeTerm);
  if (prefixLast) {
    const last = escaped.length - 1;
    escaped[last] = `${escaped[last]} OR ${escaped[last]}*`;
  }
  return escaped.join(" OR ");
}
