/** Pasted text (HTML remnants, entities, control characters) made plain, keeping each character's original offset. */
import { decodeHTML } from "entities";

/** Plain text plus, for each of its UTF-16 units, the span [from, to) of the original it came from. */
export type PlainText = Readonly<{ text: string; from: Uint32Array; to: Uint32Array }>;

/** Block-level tags: they end a line, as a browser would render them. */
const BLOCK_TAGS = new Set(
  "br p div h1 h2 h3 h4 h5 h6 ul ol tr table section article header footer blockquote hr dd dt".split(" "),
);

// Bounded quantifiers keep every pattern linear: no pattern can rescan a long run of text.
const TAG = /<\/?([a-z][a-z0-9]{0,15})\b[^<>]{0,500}>/iy;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;
/** Characters that render as nothing: zero-width spaces and joiners, soft hyphens, byte-order marks. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
/** A sentence end glued to a capitalised word: lower-case letter, end mark, capital, lower-case letter. */
const GLUED_SENTENCE = /^\p{Ll}[.!?]\p{Lu}\p{Ll}$/u;
/** Horizontal white space and control characters other than the line feed. */
const SPACE = /[\p{Zs}\t\v\f\p{Cc}]/u;

/**
 * Strips tags (a block tag or <li> becomes a line break, <li> also a bullet) and markdown emphasis,
 * breaks a line where a scraped page glued a heading to a sentence, decodes entities, turns
 * CR/CRLF and U+2028/2029 into line feeds, drops invisible characters and collapses horizontal
 * white space to one space. One pass over the input.
 */
export function toPlainText(raw: string): PlainText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const pop = () => { chars.pop(); from.pop(); to.pop(); };
  const push = (s: string, start: number, end: number) => {
    for (const c of s) {
      const previous = chars[chars.length - 1];
      // Trailing spaces before a line break carry nothing; nor do runs of spaces or leading spaces.
      if (c === "\n") while (chars[chars.length - 1] === " ") pop();
      else if (c === " " && (previous === undefined || previous === " " || previous === "\n")) continue;
      chars.push(c);
      from.push(start);
      to.push(end);
    }
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === "<") {
      TAG.lastIndex = i;
      const tag = TAG.exec(raw);
      if (tag) {
        const name = tag[1]!.toLowerCase();
        if (name === "li") push(tag[0][1] === "/" ? "\n" : "\n• ", i, i);
        else if (BLOCK_TAGS.has(name)) push("\n", i, i);
        else push(" ", i, i);
        i += tag[0].length;
        continue;
      }
    } else if (c === "&") {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(raw);
      if (entity) {
        const decoded = decodeHTML(entity[0]);
        push(normaliseChars(decoded), i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    } else if ((c === "*" || c === "_") && raw[i + 1] === c) {
      // Markdown emphasis ("**Pay:** $18") is formatting, like a tag.
      let end = i;
      while (raw[end] === c) end++;
      i = end;
      continue;
    } else if (GLUED_SENTENCE.test(raw.slice(Math.max(0, i - 1), i + 3))) {
      // "...our depot.Responsibilities": text scraped from a page glues a heading to the sentence before.
      push(".", i, i + 1);
      push("\n", i + 1, i + 1);
      i++;
      continue;
    } else if (c === "\r") {
      const width = raw[i + 1] === "\n" ? 2 : 1;
      push("\n", i, i + width);
      i += width;
      continue;
    }
    const point = raw.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    push(normaliseChars(raw.slice(i, i + width)), i, i + width);
    i += width;
  }
  while (chars[chars.length - 1] === " " || chars[chars.length - 1] === "\n") pop();
  const text = chars.join("");
  // One entry per UTF-16 unit of the output, so any slice of the text maps back exactly.
  const fromUnits = new Uint32Array(text.length);
  const toUnits = new Uint32Array(text.length);
  let unit = 0;
  chars.forEach((ch, k) => {
    for (let u = 0; u < ch.length; u++, unit++) {
      fromUnits[unit] = from[k]!;
      toUnits[unit] = to[k]!;
    }
  });
  return { text, from: fromUnits, to: toUnits };
}

function normaliseChars(s: string): string {
  if (s === "\n" || s === "\u2028" || s === "\u2029") return "\n";
  if (INVISIBLE.test(s)) return "";
  if (SPACE.test(s)) return " ";
  return s;
}

/** The span of the original that the plain-text offsets [start, end) came from. */
export function originalSpan(plain: PlainText, start: number, end: number): { start: number; end: number } {
  if (plain.text.length === 0) return { start: 0, end: 0 };
  const first = Math.min(Math.max(start, 0), plain.text.length - 1);
  const last = Math.min(Math.max(end - 1, first), plain.text.length - 1);
  return { start: plain.from[first]!, end: plain.to[last]! };
}
