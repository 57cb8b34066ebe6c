/**
 * Whether the text describes work done by hand on a fixed routine ("copies the numbers into a
 * spreadsheet every Monday"): the manual pattern of work that software could do.
 */
// "Someone opens the file and checks it": an unnamed person doing the routine's steps is the manual work itself.
const BY_HAND =
  /\b(by hand|manually|copy(ing|-pasting| and pasting)? (\w+ ){0,4}?(into|from|out of)|re-?key(s|ing)?|keys? in|keying in|enters? (each|every|them|it)( \w+)? into|someone (opens|checks|copies|pastes|types|downloads|uploads|exports|pulls|looks up|goes through|ticks|matches|compares|updates|emails|chases))\b/u;
const CADENCE =
  /\b((every|each) (morning|day|working day|monday|tuesday|wednesday|thursday|friday|week|month end)|(checks?|runs?|updates?|does|reviews?|sends?|compiles?|copies) (it |them |this |these )?(weekly|daily))\b/u;

export type ManualRoutine = Readonly<{ byHand: string | null; cadence: string | null }>;

export function readManualRoutine(text: string): ManualRoutine {
  const lower = text.toLowerCase();
  const phrase = (cue: RegExp) => {
    const match = cue.exec(lower);
    return match ? text.slice(match.index, match.index + match[0].length) : null;
  };
  return { byHand: phrase(BY_HAND), cadence: phrase(CADENCE) };
}
