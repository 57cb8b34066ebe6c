/**
 * The shape of a pasted job ad or manager's note: its title line, and its sentences and bullets, each
 * with the kind of section it sits in and how much it should count for task matching. Linear in the input.
 */
import { originalSpan, type PlainText, toPlainText } from "./plainText.js";
import {
  ABBREVIATIONS,
  EMAIL_HEADER,
  EMAIL_SUBJECT,
  GENERAL_WEIGHT_BESIDE_DUTIES,
  GREETING,
  HEADING_CUES,
  SECTION_WEIGHTS,
  type SectionKind,
  SENTENCE_PRONOUNS,
  TITLE_LABEL,
} from "./postingCues.js";
import { sentenceKind } from "./sectionKind.js";

export type { SectionKind } from "./postingCues.js";

/** A piece of the original text: `text` is plain (no tags or entities); start/end index the original. */
export type TextSpan = Readonly<{ text: string; start: number; end: number }>;

export type Segment = TextSpan &
  Readonly<{
    kind: SectionKind;
    /** 0 for boilerplate, up to 1 for duties: the factor for this segment's task matches. */
    weight: number;
    /** The heading it sits under, as written; null when there is none. */
    heading: string | null;
    bullet: boolean;
    /** Where `text` starts in `plain.text` (it has the same length), to map offsets inside it back to the original. */
    plainStart: number;
  }>;

/** The title line; `plainStart` as for a segment. */
export type TitleSpan = TextSpan & Readonly<{ plainStart: number }>;

export type Posting = Readonly<{ title: TitleSpan | null; segments: Segment[]; plain: PlainText }>;

/** A segment longer than this is cut at a space: one run-on "sentence" must not become one giant clause. */
export const MAX_SEGMENT_CHARS = 400;
const MAX_HEADING_WORDS = 8;
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_CHARS = 120;
const MAX_GREETING_WORDS = 4;

const TITLE_PREFIX = /^(#{1,6}\s+)?(\d{1,2}[.)]\s+)?/u;
const BULLET = /^(?:[•·●▪◦‣∙○■□►▸➢✓✔➤→・◆◇★⁃❖➔]\s*|[*\-–—+]\s+|\(?\d{1,2}[.)]\s+)/u;
const MARKDOWN_HEADING = /^#{1,6}\s+|^\*\*(?=.*\*\*:?$)|^__(?=.*__:?$)/u;

type Line = { start: number; end: number; bullet: boolean };

/** Reads the shape of a posting: title, segments in order, and the plain text they index. */
export function readPosting(raw: string): Posting {
  const plain = toPlainText(raw);
  const lines = splitLines(plain.text);
  const { title, titleLine } = findTitle(plain, lines);
  const segments: Segment[] = [];
  let section: SectionKind = "GENERAL";
  let heading: string | null = null;
  let pending: Line | null = null;
  const flush = () => {
    if (pending) segments.push(...sentencesOf(plain, pending, section, heading));
    pending = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (index === titleLine) continue;
    if (line.start === line.end) { flush(); continue; }
    const text = plain.text.slice(line.start, line.end);
    // "Hi all," and "Thanks, Sam" frame a note; they say nothing about the work.
    if ((GREETING.test(text) && text.split(" ").length <= MAX_GREETING_WORDS) || EMAIL_HEADER.test(text)) { flush(); continue; }
    const subject = EMAIL_SUBJECT.exec(text);
    if (subject && subject[0].length < text.length) {
      flush();
      segments.push(...sentencesOf(plain, { start: line.start + subject[0].length, end: line.end, bullet: false }, section, heading));
      continue;
    }
    const inline = inlineLabel(text);
    const asHeading = line.bullet || inline ? null : headingOf(text);
    if (asHeading) {
      flush();
      section = asHeading.kind;
      heading = asHeading.text;
      // A heading no cue names ("THE TEAM", "Ihre Aufgaben:"), or names only in part, may still say something about the work.
      if (!asHeading.known) segments.push(...sentencesOf(plain, line, section, null));
      continue;
    }
    if (inline) {
      flush();
      const content = { start: line.start + inline.contentAt, end: line.end, bullet: line.bullet };
      segments.push(...sentencesOf(plain, content, inline.kind, inline.label));
      continue;
    }
    if (pending && !line.bullet && continuesLine(plain.text.slice(pending.start, pending.end), text)) {
      pending.end = line.end;
      continue;
    }
    flush();
    pending = { ...line };
  }
  flush();
  const hasDuties = segments.some((s) => s.kind === "DUTIES");
  const weighted = segments.map((s) =>
    s.kind === "GENERAL" && hasDuties ? { ...s, weight: GENERAL_WEIGHT_BESIDE_DUTIES } : s,
  );
  return { title, segments: weighted, plain };
}

/**
 * The segments that count for task matching, in text order. With a limit (a query budget), the
 * heaviest are kept, earlier first among equals: duties before requirements, whatever their order.
 */
export function matchingSegments(posting: Posting, limit = Infinity): Segment[] {
  const matching = posting.segments.filter((s) => s.weight > 0);
  if (matching.length <= limit) return matching;
  const kept = new Set([...matching].sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, Math.max(0, limit)));
  return matching.filter((s) => kept.has(s));
}

/** The original span of the characters [from, to) of a segment's (or the title's) text, for quoting evidence. */
export function spanInOriginal(posting: Posting, segment: Segment | TitleSpan, from: number, to: number): { start: number; end: number } {
  return originalSpan(posting.plain, segment.plainStart + from, segment.plainStart + to);
}

/** Words that cannot end a sentence: a line ending in one was wrapped, as e-mail clients do. */
const OPEN_ENDED = /\b(and|or|but|while|the|a|an|to|of|for|with|in|on|at|by|from|our|your|their|as|that|which|who|is|are|will|be)$/iu;

/** Whether a line is the continuation of the one before it, wrapped by a mail client or an editor. */
function continuesLine(previous: string, line: string): boolean {
  if (/[.!?:;]$/u.test(previous)) return false;
  return /^\p{Ll}/u.test(line) || OPEN_ENDED.test(previous);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const raw = text.slice(start, i);
    const marker = BULLET.exec(raw);
    lines.push({ start: start + (marker ? marker[0].length : 0), end: i, bullet: marker !== null });
    start = i + 1;
  }
  return lines;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/['’]/gu, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function cueOf(text: string): { kind: SectionKind; coverage: number } | null {
  const norm = normalise(text);
  if (!norm) return null;
  for (const [kind, cue] of HEADING_CUES) {
    const match = cue.exec(norm);
    if (match) return { kind, coverage: match[0].length / norm.length };
  }
  return null;
}

/** A line that opens a section: short, and marked as a heading (colon, capitals, markdown) or a known cue. */
function headingOf(line: string): { kind: SectionKind; text: string; known: boolean } | null {
  const markdown = MARKDOWN_HEADING.test(line);
  const text = line.replace(/^#{1,6}\s+/u, "").replace(/^(\*\*|__)|(\*\*|__)(?=:?$)/gu, "").trim();
  const words = normalise(text).split(" ").filter(Boolean).length;
  if (words === 0 || words > MAX_HEADING_WORDS || /[.!]$/u.test(text)) return null;
  const colon = text.endsWith(":");
  // Capitals with a number ("0.5 FTE", "URGENT: 3 PICKERS") are shouting, not a heading.
  const capitals = /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && !/\d/u.test(text);
  const cue = cueOf(text);
  const cueHeading = cue !== null && cue.coverage >= 0.5 && words <= 6;
  if (!(colon || capitals || markdown || cueHeading)) return null;
  // "MUST HAVE FORKLIFT EXPERIENCE", "Warehouse duties:": the cue names the section, the rest is content.
  return { kind: cue?.kind ?? "GENERAL", text: text.replace(/[:?]$/u, "").trim(), known: cue !== null && cue.coverage >= 0.5 };
}

/** "Pay: $18 an hour" or "Benefits: dental, vision": a labelled line whose label is a known heading. */
function inlineLabel(line: string): { kind: SectionKind; label: string; contentAt: number } | null {
  const colon = line.indexOf(":");
  if (colon < 2 || colon > 60 || !/\S/u.test(line.slice(colon + 1))) return null;
  const label = line.slice(0, colon);
  const cue = cueOf(label);
  if (!cue || cue.coverage < 0.5 || normalise(label).split(" ").length > 5) return null;
  const contentAt = colon + 1 + (line.slice(colon + 1).length - line.slice(colon + 1).trimStart().length);
  return { kind: cue.kind, label: label.trim(), contentAt };
}

function findTitle(plain: PlainText, lines: readonly Line[]): { title: TitleSpan | null; titleLine: number } {
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.end > l.start);
  for (const { l, i } of nonEmpty.slice(0, 5)) {
    const label = TITLE_LABEL.exec(plain.text.slice(l.start, l.end));
    if (label) {
      const start = l.end - label[2]!.length;
      return { title: { ...spanOf(plain, start, l.end), plainStart: start }, titleLine: i };
    }
  }
  const first = nonEmpty[0];
  // In a two-line note the first line is as likely a sentence as a title; a posting has more below it.
  const second = nonEmpty[1];
  const bodyFollows = nonEmpty.length >= 3 || (second !== undefined && headingOf(plain.text.slice(second.l.start, second.l.end)) !== null);
  if (!first || !bodyFollows || first.l.bullet) return { title: null, titleLine: -1 };
  const text = plain.text.slice(first.l.start, first.l.end);
  const words = normalise(text).split(" ").filter(Boolean).length;
  const cue = cueOf(text);
  const looksLikeTitle =
    words > 0 &&
    words <= MAX_TITLE_WORDS &&
    text.length <= MAX_TITLE_CHARS &&
    /\p{L}/u.test(text) &&
    !/[.!?:;,]$/u.test(text) &&
    !GREETING.test(text) &&
    !SENTENCE_PRONOUNS.test(text) &&
    !(cue && cue.coverage >= 0.5);
  if (!looksLikeTitle) return { title: null, titleLine: -1 };
  // "## 1. Payroll Analyst": the markdown and the numbering are not part of the title.
  const start = first.l.start + (TITLE_PREFIX.exec(text)?.[0].length ?? 0);
  return { title: { ...spanOf(plain, start, first.l.end), plainStart: start }, titleLine: first.i };
}

/** A wrapped line keeps its place, so its line break becomes a space: same length, same offsets. */
function spanOf(plain: PlainText, from: number, to: number): TextSpan {
  return { text: plain.text.slice(from, to).replace(/\n/gu, " "), ...originalSpan(plain, from, to) };
}

/** Sentences (or bullets) of a block, each with its section kind. */
function sentencesOf(plain: PlainText, block: Line, section: SectionKind, heading: string | null): Segment[] {
  const out: Segment[] = [];
  const text = plain.text;
  let start = block.start;
  const emit = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    while (to - from > MAX_SEGMENT_CHARS) {
      const cut = text.lastIndexOf(" ", from + MAX_SEGMENT_CHARS);
      const at = cut > from ? cut : from + MAX_SEGMENT_CHARS;
      pushSegment(out, plain, from, at, section, heading, block.bullet);
      from = at;
      while (from < to && /\s/u.test(text[from]!)) from++;
    }
    if (to > from) pushSegment(out, plain, from, to, section, heading, block.bullet);
  };
  for (let i = block.start; i < block.end; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    const sentenceEnd = (c === "." || c === "!" || c === "?") && (i + 1 === block.end || next === " ") && !isAbbreviation(text, i);
    const inlineBullet = c === "•" && i > block.start;
    if (sentenceEnd || c === ";") {
      emit(i + 1);
      start = i + 1;
    } else if (inlineBullet) {
      emit(i);
      start = i + 1;
    }
  }
  emit(block.end);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot).toLowerCase();
  // A single letter ("J. Smith") or a number ("No. 5") before the dot is not the end of a sentence.
  return word.length === 1 || ABBREVIATIONS.has(word) || /\d$/u.test(text.slice(0, dot)) && /^ \d/u.test(text.slice(dot + 1, dot + 3));
}

function pushSegment(out: Segment[], plain: PlainText, from: number, to: number, section: SectionKind, heading: string | null, bullet: boolean) {
  const text = plain.text.slice(from, to);
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  const kind = sentenceKind(text, section);
  out.push({ ...spanOf(plain, from, to), kind, weight: SECTION_WEIGHTS[kind], heading, bullet, plainStart: from });
}
