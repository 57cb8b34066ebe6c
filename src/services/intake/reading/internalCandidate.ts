/**
 * Whether the text names an internal candidate for the work: a colleague who asked to move, people
 * coming free from another project, a secondment. Internal mobility is earned by such evidence.
 */
const PEOPLE = "(staff|people|team|analysts?|engineers?|developers?|colleagues?|employees?|accountants?|specialists?|managers?|designers?|consultants?)";
const WILLING = "(could|can|has asked|have asked|asked|wants? to|would like to|is available|are available|are coming off|is coming off|coming off|are free|is free|has volunteered|volunteered)";

const INTERNAL_CANDIDATE: readonly RegExp[] = [
  /\b(internal candidate|internal transfer|internal move|stretch assignment|secondment|second (her|him|them|someone) (from|into))\b/u,
  new RegExp(`\\b(one|two|three|some|a few|several|a couple) of (our|my) (own )?(\\w+[- ]?){0,3}?${PEOPLE}\\b[^.;]{0,80}?\\b${WILLING}\\b`, "u"),
  new RegExp(`\\b(a|an|our|my) (\\w+[- ]?){0,2}?${PEOPLE} (from|in) (our|the|my) [^.;]{0,40}?\\b${WILLING}\\b`, "u"),
  /\b(release|lend|loan) (her|him|them|one of them)\b/u,
];

/** The text says nobody inside has the skill: the work needs what the organisation does not hold. */
const NO_INTERNAL_SKILL: readonly RegExp[] = [
  /\b(no ?one|nobody|none of us|no-one)( (here|inside|in[- ]house|internally|on (the|our) team))? (who )?(knows|has done|has ever done|can do|has the skills?|with the skills?)\b/u,
  /\bwe (don't|do not|lack) (have )?(anyone|the (skills?|expertise|know-how))\b/u,
  /\bno (in[- ]house|internal) (skills?|expertise|capability|experience)\b/u,
];

function firstMatch(text: string, cues: readonly RegExp[]): string | null {
  const lower = text.toLowerCase();
  for (const cue of cues) {
    const match = cue.exec(lower);
    if (match) return text.slice(match.index, match.index + match[0].length);
  }
  return null;
}

/** The words naming an internal candidate, or null when the text names none. */
export const readInternalCandidate = (text: string): string | null => firstMatch(text, INTERNAL_CANDIDATE);

/** The words saying nobody inside has the skill, or null. */
export const readNoInternalSkill = (text: string): string | null => firstMatch(text, NO_INTERNAL_SKILL);
