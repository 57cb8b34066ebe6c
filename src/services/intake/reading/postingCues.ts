/** The cue lists that tell the sections of a job ad or a manager's note apart, kept as data in one place. */

/**
 * What a part of a posting is about. DUTIES, SUMMARY, REQUIREMENTS and GENERAL (text under no or an
 * unknown heading) describe the work; the others are boilerplate that says nothing about which tasks
 * the work is made of, but may state facts (hours, shifts, location, pay).
 */
export const SECTION_KINDS = [
  "DUTIES",
  "SUMMARY",
  "GENERAL",
  "REQUIREMENTS",
  "BENEFITS",
  "PAY",
  "SCHEDULE",
  "EQUAL_OPPORTUNITY",
  "ABOUT_COMPANY",
  "HOW_TO_APPLY",
  "LEGAL",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * How much a segment of each kind counts for task matching. Duty lists say what is done; a role summary
 * says it in general terms; requirements name skills that many occupations share; boilerplate is the
 * same across occupations and so only adds noise (it drove the wrong matches in issue 9).
 */
export const SECTION_WEIGHTS: Readonly<Record<SectionKind, number>> = {
  DUTIES: 1,
  SUMMARY: 0.8,
  GENERAL: 1,
  REQUIREMENTS: 0.5,
  BENEFITS: 0,
  PAY: 0,
  SCHEDULE: 0,
  EQUAL_OPPORTUNITY: 0,
  ABOUT_COMPANY: 0,
  HOW_TO_APPLY: 0,
  LEGAL: 0,
};

/** Text under no heading weighs this much when the posting also has a duty list, the better evidence. */
export const GENERAL_WEIGHT_BESIDE_DUTIES = 0.8;

/**
 * Heading text (lower-cased, punctuation dropped) to section kind; the first matching row wins, so the
 * specific "about the role" / "about you" rows come before the catch-all "about ..." of a company blurb.
 */
export const HEADING_CUES: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  // Pasted ads often label a pay or equal-opportunity block that a looser row below would also match.
  ["EQUAL_OPPORTUNITY", /\b(equal (employment )?opportunit\w*|eeo|eoe|diversity|inclusion|affirmative action|non ?discrimination)/],
  // Before PAY: "pay transparency" is a legal notice, not pay.
  ["LEGAL", /\b(pay transparency|work authori[sz]ation|right to work|visa sponsorship)\b/],
  ["PAY", /\b(compensation|salary|pay|wages?|rate|remuneration|earnings)\b/],
  ["BENEFITS", /\b(benefits?|perks|what we offer|we offer|what you ll get|what you get|what s in it for you|rewards|why (join|work)|package)\b/],
  ["SUMMARY", /^(about (the|this) (role|job|position|opportunity)|job summary|summary|overview|(the|your) (role|job|opportunity|position)|position (summary|overview)|role (summary|overview|purpose)|job (description|overview|purpose)|description|purpose|introduction|job brief|brief|(role|position) description)\b/],
  ["DUTIES", /\b(responsibilit\w*|duties|duty|what (you ll|you will|will you) (do|be doing)|in this role|day to day|day in the life|key tasks|tasks|your impact|accountabilit\w*|essential functions|job functions|scope of work|activities|you will)\b/],
  ["REQUIREMENTS", /\b(requirements?|qualifications?|skills|what you ll need|what you need|what we re looking for|what we are looking for|who you are|about you|you have|you bring|what you bring|must haves?|nice to haves?|preferred|experience|education|competenc\w*|knowledge|abilities|ideal candidate|profile|certifications?|licen[cs]es?|physical demands)\b/],
  ["SCHEDULE", /^((work |working |weekly |expected )?(schedule|hours|shifts?)|(shift )?availability|job types?|employment types?|contract (types?|length)|(work )?location|workplace|start date|duration|ability to (commute|relocate)|willingness to travel|travel)\b/],
  ["HOW_TO_APPLY", /\b(how to apply|to apply|apply|application( questions?)?|next steps|hiring process|recruitment process|interview process|contact)\b/],
  ["LEGAL", /\b(legal|disclaimer|notice|privacy|ccpa|background check|e verify|pay transparency|fair chance|agencies|sponsorship)\b/],
  ["ABOUT_COMPANY", /^(about|company|employer|organi[sz]ation|who we are|our (company|story|mission|values|culture|team)|company (overview|description|profile)|the company|culture|why us)\b/],
];

/** The boilerplate kinds, each with cues that are boilerplate on their own (strong) or only in company (weak). */
export type SentenceCue = Readonly<{ kind: SectionKind; strong: RegExp; weak: RegExp | null }>;

/**
 * Sentence-level cues for postings without headings (and boilerplate slipped into a duty list). A strong
 * cue addresses the applicant ("we offer", "apply now") and is never a duty; a weak cue is a topic word
 * ("dental", "401(k)") that a benefits administrator's duties may also use, so it takes two of them.
 */
export const BOILERPLATE_SENTENCE_CUES: readonly SentenceCue[] = [
  {
    kind: "EQUAL_OPPORTUNITY",
    strong: /\b(equal (employment )?opportunity|eoe\b|m\/f\/d|without regard to|regardless of (race|age|gender|sex|religion|color|colour|national origin|disability|sexual orientation|background)|affirmative action|protected veteran|all qualified applicants|celebrate diversity|committed to (creating |building |fostering )?(a )?(diverse|inclusive)|do(es)? not discriminate|reasonable accommodation)/,
    weak: /\b(diversity|inclusive|inclusion|race|religion|disability|veteran status|gender identity|sexual orientation|national origin)\b/,
  },
  {
    kind: "PAY",
    strong: /([$£€¥₹]\s?\d|\b\d[\d,.]*\s?(usd|eur|gbp|cad|aud)\b|\bcompetitive (salary|pay|wages?|compensation|rates?)|\b(salary|pay|wage|compensation) (range|band|is|of|starts?|from)\b|\bdepending on experience\b|\bdoe\b|\bstarting (pay|wage|salary|rate)\b)/,
    weak: /\b(salary|wages?|per hour|an hour|hourly|per annum|annually|bonus|commission|overtime pay|tips)\b/,
  },
  {
    kind: "BENEFITS",
    strong: /\b(we offer|we provide (a )?(competitive|comprehensive|generous)|benefits (include|package)|(comprehensive|competitive|generous|great|full) benefits|you('ll| will) (receive|enjoy|get)|(our )?employees (enjoy|receive)|eligible for (our |a )?(benefits|bonus|health|medical|dental|401|pto|paid)|(company|employer) match|paid time off|\bpto\b|employee (discount|assistance program)|tuition (reimbursement|assistance)|parental leave|paid (holidays|vacation|sick))/,
    weak: /\b(dental|vision|medical|insurance|discounts?|wellness|gym|vacation|holidays|sick (days|leave)|stock options?|equity|perks|benefits|retirement|pension|hsa|fsa|life insurance)\b|\b401 ?\(?k\)?/,
  },
  {
    kind: "SCHEDULE",
    strong: /\b(monday (through|to|thru|-) (friday|saturday|sunday)|mon ?- ?fri|\d{1,2}(:\d\d)? ?(am|pm) ?(-|to|until) ?\d{1,2}(:\d\d)? ?(am|pm)|job type|(full|part)[- ]time (position|role|job|schedule|opportunity)|shifts? available|schedule (is|will|includes?|may)|work schedule|8[- ]hour shifts?|10[- ]hour shifts?|12[- ]hour shifts?)/,
    weak: /\b(weekends?|evenings?|holidays|shifts?|overtime|flexible (hours|schedule)|schedule|hours|full[- ]time|part[- ]time)\b/,
  },
  {
    kind: "ABOUT_COMPANY",
    strong: /\b((is|are) (a|an|the) (leading|premier|global|world ?s|top|largest|fast[- ]growing|award[- ]winning|trusted|renowned|fortune \d+)|founded in \d{4}|since \d{4},? (we|our)|our (mission|vision|values|culture|story) (is|are)|headquartered in|we are proud to be|family[- ]owned (and operated )?(company|business))/,
    weak: /\b(our (mission|vision|values|culture|customers|communities|brand|stores|locations|clients)|we are a|we re a|industry|locations|worldwide|communities|founded|proud)\b/,
  },
  {
    kind: "HOW_TO_APPLY",
    strong: /\b(apply (now|today|online|here|at|via|through|in person)|to apply|click (on )?(the )?apply|(send|submit|email|forward) (us )?(your|a) (cv|resume|résumé|application|cover letter)|interested (candidates|applicants)|applications (close|are due|will be)|only (shortlisted|successful) (candidates|applicants)|we look forward to (hearing|receiving|meeting)|(qualified|successful) (candidates|applicants) will be contacted)/,
    weak: /\b(apply|applicants?|candidates?|resume|cv|cover letter|interviews?|respond|reply|get in touch|reach out)\b/,
  },
  {
    kind: "LEGAL",
    strong: /\b(background (check|screening)|drug (screen|test)|e-verify|at[- ]will|pay transparency|fair chance|(criminal|conviction) (history|record)s? (will|may)|recruitment agencies|unsolicited (resumes|cvs)|(this|the) job description (is not|does not)|other duties as (assigned|required)|privacy (notice|policy)|(not|unable to) (provide |offer )?(visa )?sponsor|authori[sz]ed to work|work authori[sz]ation|right to work)/,
    weak: null,
  },
];

/**
 * Cues that a sentence under no heading describes the work: the strongest evidence, weighted as a duty.
 * "You will <verb>" is a duty unless the verb is about what the worker gets ("you will receive").
 */
export const DUTY_SENTENCE_CUE =
  /\b(you('ll| will) (also )?(?!(receive|enjoy|get|earn|gain|be (paid|eligible|offered|rewarded|part|joining|welcomed)|have (access|the (chance|opportunity))|join|need|love|thrive|grow|learn|report)\b)[a-z]+|responsible for|responsibilities include|duties (include|are|will)|your (main|key|daily|primary) (tasks|duties|responsibilities)|in this role,? you)/;

/** Cues that a sentence introduces the role ("We are looking for a ... to ..."): weighted as a role summary. */
export const SUMMARY_SENTENCE_CUE =
  /\b(we('re| are) (currently )?(looking for|seeking|hiring|searching for|recruiting)|(is|are) (currently )?(looking for|seeking|hiring|recruiting) (a|an)\b|as (a|an|our) [\w -]{2,40}, you( will|'ll)?\b|the (successful|ideal) candidate will)/;

/** Cues that a sentence under no heading states what the worker must bring: weighted as a requirement. */
export const REQUIREMENT_SENTENCE_CUE =
  /\b(\d+\+? ?(years?|yrs)('s)? (of )?(\w+ ){0,3}experience|experience (in|with|of)|degree|diploma|\bged\b|certificat\w*|certified|licen[cs]e|must (have|be able|possess)|ability to|able to (lift|stand|work|communicate)|proficien\w*|knowledge of|familiar(ity)? with|(strong|excellent|good) (communication|organi[sz]ational|interpersonal|customer service|written|verbal|computer) skills|qualifications|(is|are) (required|preferred|a plus)|nice to have)\b/;

/** Words that open a letter, not a title. */
export const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|thanks|thank you|regards)\b/i;

/** Pronouns of a sentence about the work; a job title has none. */
export const SENTENCE_PRONOUNS = /\b(we|i|you|our|us|my|your|they|is|are|will)\b/i;

/** E-mail header lines pasted with a note: they say who wrote it, not what the work is. */
export const EMAIL_HEADER = /^(from|to|cc|bcc|date|sent|reply-to)\s*:\s/i;
/** The subject line of a pasted e-mail: its text counts, its label and "Re:"/"Fwd:" do not. */
export const EMAIL_SUBJECT = /^subject\s*:\s*((re|fwd?|aw|wg)\s*:\s*)*/i;

/** A labelled title ("Job Title: Cashier") near the top of a posting. */
export const TITLE_LABEL = /^(job title|position title|position|title|role|job|vacancy|opening)\s*[:\-–]\s*(\S.{0,150})$/i;

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set(
  "e.g i.e etc inc ltd co corp st mr mrs ms dr no vs approx dept min max hr hrs yrs jr sr u.s u.k a.m p.m est incl".split(" "),
);
