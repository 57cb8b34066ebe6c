/**
 * Turning user text into a Lucene query. User text is never passed to Lucene as syntax: every term
 * is escaped, and the operators Lucene would read (AND, OR, NOT, quotes, wildcards, fuzzy marks)
 * become plain words or disappear, so `title:x AND *` cannot widen, break or slow a query.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(["and", "or", "not", "to"]);
const MAX_TERMS = 64;
/**
 * Lucene refuses a query of more than 1,024 clauses, and its analyzer makes one token of each CJK
 * character: at most 40 terms of at most 24 characters keep any query under the limit.
 */
const MAX_QUERY_TERMS = 40;
const MAX_TERM_CHARS = 24;

/** Words of the text, lower-cased, unicode-aware, without Lucene operators. */
export function terms(text: string): string[] {
  const words = text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words
    .map((w) => w.replace(/['’.-]+$/u, ""))
    .filter((w) => w.length > 0 && !OPERATORS.has(w))
    .slice(0, MAX_TERMS);
}

export function escapeTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Any of the words, each escaped; a prefix match on the last word helps search-as-you-type. */
export function anyOf(words: readonly string[], { prefixLast = false } = {}): string | null {
  if (words.length === 0) return null;
  const escaped = [...new Set(words.map((w) => [...w].slice(0, MAX_TERM_CHARS).join("")))].slice(0, MAX_QUERY_TERMS).map(escapeTerm);
  if (prefixLast) {
    const last = escaped.length - 1;
    escaped[last] = `${escaped[last]} OR ${escaped[last]}*`;
  }
  return escaped.join(" OR ");
}
