/** Which kind of section one sentence of a posting belongs to, given the heading it sits under. */
import {
  BOILERPLATE_SENTENCE_CUES,
  DUTY_SENTENCE_CUE,
  REQUIREMENT_SENTENCE_CUE,
  type SectionKind,
  SUMMARY_SENTENCE_CUE,
} from "./postingCues.js";

const WEAK_GLOBAL = new Map(BOILERPLATE_SENTENCE_CUES.map((cue) => [cue.kind, cue.weak && new RegExp(cue.weak.source, "g")]));
const BOILERPLATE = new Set<SectionKind>(BOILERPLATE_SENTENCE_CUES.map((cue) => cue.kind));

/**
 * Under a boilerplate heading a sentence stays boilerplate (of the kind its strong cue names); elsewhere
 * a sentence that is plainly boilerplate is so wherever it sits (under a duty or requirement heading
 * only a strong cue counts), and text under no heading takes the kind its own cues give. A duty or
 * role-summary sentence after a boilerplate block takes the posting back to the work.
 */
export function sentenceKind(text: string, section: SectionKind): SectionKind {
  const s = text.toLowerCase().replace(/’/gu, "'");
  if (BOILERPLATE.has(section)) {
    // Pasted ads run boilerplate blocks together ("Benefits" then an EEO line, then "To apply"), and
    // sometimes go back to the duties without a heading.
    const strong = BOILERPLATE_SENTENCE_CUES.find((cue) => cue.strong.test(s));
    if (strong) return strong.kind;
    return DUTY_SENTENCE_CUE.test(s) ? "DUTIES" : SUMMARY_SENTENCE_CUE.test(s) ? "SUMMARY" : section;
  }
  const explicit = section === "DUTIES" || section === "REQUIREMENTS";
  for (const cue of BOILERPLATE_SENTENCE_CUES) {
    if (cue.strong.test(s)) return cue.kind;
    const weak = WEAK_GLOBAL.get(cue.kind);
    if (!explicit && weak && new Set(s.match(weak)).size >= 2) return cue.kind;
  }
  if (section !== "GENERAL") return section;
  if (DUTY_SENTENCE_CUE.test(s)) return "DUTIES";
  if (SUMMARY_SENTENCE_CUE.test(s)) return "SUMMARY";
  if (REQUIREMENT_SENTENCE_CUE.test(s)) return "REQUIREMENTS";
  return section;
}
