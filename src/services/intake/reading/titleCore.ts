/**
 * The words of a job title that name the work. Real postings decorate titles with how, when, where and for
 * how much the job is done ("Senior Warehouse Associate - Night Shift | $18/hr (m/f/d)"); matched against
 * occupation titles, those words find occupations of their own (a "shift" supervisor, a "sign" language
 * interpreter). The facts they state are read from the whole text elsewhere; only occupation matching uses this.
 */

/** Parts that qualify any job: employment terms, schedule, pay, place of work, urgency, gender marks. */
const QUALIFIER_WORDS = new Set(
  (
    "full part time fulltime parttime temporary temp perm permanent seasonal casual contract contractor fixed term " +
    "per diem prn freelance interim remote hybrid onsite site office home wfh flexible hours hour hourly hr hrs " +
    "day days night nights evening evenings overnight weekend weekends weekday weekdays shift shifts rotating " +
    "graveyard swing am pm 1st 2nd 3rd first second third pay paid salary weekly daily doe competitive up to " +
    "bonus bonuses sign on signing retention relocation benefits urgent urgently immediate immediately start asap " +
    "now hiring apply today new opening openings opportunity vacancy position role job needed wanted " +
    "senior sr junior jr entry level mid experienced trainee i ii iii iv v all genders us usa uk eu"
  ).split(" "),
);

/** Seniority and terms that may open a title ("Senior", "Part-Time", "Entry-Level") without naming the work. */
const LEADING = /^(?:(?:senior|sr\.?|junior|jr\.?|experienced|trainee|entry[- ]level|mid[- ]level|full[- ]time|part[- ]time|temporary|temp|seasonal|casual|night[- ]shift|day[- ]shift|overnight)\s+)+/iu;
/** Levels and terms that may close a title ("II", "Level 2", "Entry Level", "Needed"). */
const TRAILING = /(?:\s+(?:i{1,3}|iv|v|level\s*\d|\d|entry[- ]level|full[- ]time|part[- ]time|needed|wanted|urgently needed|\(?\s*(?:m|f|w|d|x)(?:\s*\/\s*(?:m|f|w|d|x)){1,3}\s*\)?))+$/iu;
/** Pay figures ("$18/hr", "£25k", "$2,000"), wherever they stand. */
const PAY = /[$£€]\s?\d[\d,.]*\s*k?(?:\s*(?:-|–|to)\s*[$£€]?\s?\d[\d,.]*\s*k?)?(?:\s*(?:\/|per|an|a)\s*(?:hour|hr|h|year|yr|annum|week|wk|month))?/giu;
/** "(m/f/d)", "w/m/d": gender marks of European postings. */
const GENDER = /\(?\b[mfwdx](?:\s*\/\s*[mfwdx]){1,3}\b\)?/giu;
/** A trailing "City, ST" place. */
const PLACE = /^[\p{Lu}][\p{L}.' ]+,\s*\p{Lu}{2}$/u;
/** Where a title's decorations start: dashes and bars between spaces, brackets. */
const SEPARATOR = /\s+[-–—|]\s+|[()[\]]/u;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const onlyQualifiers = (part: string) => words(part).every((w) => QUALIFIER_WORDS.has(w) || /^\d+k?$/u.test(w));

/**
 * The title with its decorations left out: parts after a separator that hold only qualifiers or a place, and
 * seniority, levels and employment terms at its start or end. The title as given when nothing would be left.
 */
export function titleCore(title: string): string {
  const cleaned = title.replace(PAY, " ").replace(GENDER, " ");
  const parts = cleaned.split(SEPARATOR).map((part) => part.trim()).filter((part) => part.length > 0);
  const kept = parts.filter((part, i) => !(onlyQualifiers(part) || (i > 0 && PLACE.test(part))));
  let core = kept.join(" ").replace(/\s+/gu, " ").trim();
  core = core.replace(LEADING, "").replace(TRAILING, "").replace(/[\s,;:/&+-]+$/u, "").trim();
  const left = words(core);
  // Nothing left out (brackets and dashes alone do not count): the title as written.
  if (left.length === words(title).length || !left.some((w) => !QUALIFIER_WORDS.has(w))) return title;
  return core;
}
