/**
 * Job postings composed for the benchmark from an O*NET occupation: a title line and the occupation's
 * task statements as the duties (changed in structure only: bullets, numbering, "You will ..."), wrapped
 * in boilerplate of varied templates. Composed text, not real ads: it tests the handling of structure.
 */
import { NEED_LIMITS } from "../../../src/domain/need.js";
import { pick, shuffled } from "../lib.js";
import * as text from "./postingText.js";

export type PostingSource = Readonly<{
  title: string;
  /** Job titles incumbents report (O*NET "Sample of Reported Titles"); may be empty. */
  jobTitles: readonly string[];
  tasks: ReadonlyArray<Readonly<{ id: string; statement: string }>>;
  /** Technology examples of the occupation (O*NET "Technology Skills"); may be empty. */
  technologies: readonly string[];
}>;

export type Posting = Readonly<{ text: string; statedTaskIds: readonly string[] }>;

const STYLES = ["plain", "markdown", "html", "caps"] as const;
type Style = (typeof STYLES)[number];
type Section = Readonly<{ heading: string | null; paragraphs: readonly string[]; bullets: readonly string[] }>;

export const DUTIES = { min: 4, max: 8 } as const;

/** The same source and PRNG state give the same posting. */
export function composePosting(source: PostingSource, rng: () => number): Posting {
  const company = pick(rng, text.COMPANIES);
  const fill = (s: string) => s.replaceAll("{company}", company);
  const style = pick(rng, STYLES);
  const dutyCount = Math.min(source.tasks.length, DUTIES.min + Math.floor(rng() * (DUTIES.max - DUTIES.min + 1)));
  const duties = shuffled(rng, source.tasks).slice(0, dutyCount);
  const prefix = pick(rng, text.DUTY_PREFIXES);
  const dropPeriod = rng() < 0.5;

  const title = (source.jobTitles.length > 0 && rng() < 0.7 ? pick(rng, source.jobTitles) : source.title) + pick(rng, text.TITLE_DECORATIONS);
  const about: Section = { heading: pick(rng, text.ABOUT_HEADINGS), paragraphs: [fill(pick(rng, text.ABOUT))], bullets: [] };
  const intro = pick(rng, text.DUTY_INTROS);
  const dutySection: Section = {
    heading: pick(rng, text.DUTY_HEADINGS),
    paragraphs: intro ? [intro] : [],
    bullets: duties.map((d) => restructure(d.statement, prefix, dropPeriod)),
  };
  const requirements: string[] = shuffled<string>(rng, text.REQUIREMENTS).slice(0, 3 + Math.floor(rng() * 3));
  if (source.technologies.length > 0 && rng() < 0.6) {
    const tools = shuffled(rng, source.technologies).slice(0, 3).join(", ");
    requirements.push(pick(rng, text.TECHNOLOGY_LINES).replace("{tools}", tools));
  }
  const low = 15 + Math.floor(rng() * 30);
  const pay = pick(rng, text.PAY).replaceAll("{low}", String(low)).replaceAll("{high}", String(low + 4 + Math.floor(rng() * 10)));
  const aboutFirst = rng() < 0.7;
  const sections: Section[] = [
    ...(aboutFirst ? [about] : []),
    dutySection,
    { heading: pick(rng, text.REQUIREMENT_HEADINGS), paragraphs: [], bullets: requirements },
    { heading: pick(rng, text.BENEFIT_HEADINGS), paragraphs: [], bullets: shuffled(rng, text.BENEFITS).slice(0, 3 + Math.floor(rng() * 5)) },
    { heading: null, paragraphs: [pay, pick(rng, text.SCHEDULES)], bullets: [] },
    ...(aboutFirst ? [] : [about]),
    { heading: null, paragraphs: [fill(pick(rng, text.EEO)), pick(rng, text.APPLY)], bullets: [] },
  ];
  const header = rng() < 0.5 ? [title, `${company} - ${pick(rng, text.LOCATIONS)}`] : [title];
  // Within the API's limit whatever the source: boilerplate goes first, then duties from the end.
  let rendered = render(style, header, sections);
  while (rendered.length > NEED_LIMITS.textMax && sections.length > 1) {
    sections.splice(sections.findLastIndex((s) => s !== dutySection), 1);
    rendered = render(style, header, sections);
  }
  let kept = duties.length;
  while (rendered.length > NEED_LIMITS.textMax && kept > 1) {
    kept--;
    rendered = render(style, header, [{ ...dutySection, bullets: dutySection.bullets.slice(0, kept) }]);
  }
  return { text: rendered, statedTaskIds: duties.slice(0, kept).map((d) => d.id) };
}

function restructure(statement: string, prefix: string, dropPeriod: boolean): string {
  const body = prefix ? statement.charAt(0).toLowerCase() + statement.slice(1) : statement;
  return prefix + (dropPeriod ? body.replace(/\.$/, "") : body);
}

function render(style: Style, header: readonly string[], sections: readonly Section[]): string {
  switch (style) {
    case "plain":
      return [header.join("\n"), ...sections.map((s) => block(s, (h) => `${h}:`, (b) => `• ${b}`))].join("\n\n");
    case "markdown":
      return [`# ${header[0]}\n${header.slice(1).join("\n")}`.trim(), ...sections.map((s) => block(s, (h) => `## ${h}`, (b) => `- ${b}`))].join("\n\n");
    case "caps":
      return [header.join("\n"), ...sections.map((s) => block(s, (h) => h.toUpperCase(), (b, i) => `${i + 1}. ${b}`))].join("\n\n");
    case "html":
      return [`<h2>${escape(header[0]!)}</h2>${header.slice(1).map((h) => `<p>${escape(h)}</p>`).join("")}`, ...sections.map(html)].join("\n");
  }
}

function block(section: Section, heading: (h: string) => string, bullet: (b: string, i: number) => string): string {
  return [...(section.heading ? [heading(section.heading)] : []), ...section.paragraphs, ...section.bullets.map(bullet)].join("\n");
}

/** Scraped ads keep their markup: headings, list items, entities and the odd line break. */
function html(section: Section): string {
  const heading = section.heading ? `<h3><strong>${escape(section.heading)}</strong></h3>` : "";
  const paragraphs = section.paragraphs.map((p) => `<p>${escape(p).replaceAll("\n", "<br>")}</p>`).join("");
  const list = section.bullets.length ? `<ul>${section.bullets.map((b) => `<li>${escape(b)}</li>`).join("")}</ul>` : "";
  return `${heading}${paragraphs}${list}<p>&nbsp;</p>`;
}

const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("'", "&#39;");
