/** The cue lists for facts stated in a need's text, kept as data in one place (matched on lower-case text). */
import type { CoverageKind } from "../../../domain/factSignals.js";
import type { DATA_SENSITIVITY } from "../../../domain/need.js";
import type { SectionKind } from "./postingCues.js";

/** Weeks per unit of time; a working day is a fifth of a week, an hour a fortieth (a 40-hour week). */
export const UNIT_WEEKS: Readonly<Record<string, number>> = {
  hour: 1 / 40, hr: 1 / 40, day: 1 / 5, week: 1, wk: 1, fortnight: 2, month: 52 / 12, mo: 52 / 12, quarter: 13, year: 52, yr: 52,
};
export const TIME_UNIT = "(hour|hr|day|week|wk|fortnight|month|mo|quarter|year|yr)s?";

/** Before a stated length: the need lasts that long ("for six months", "over the next 12 weeks"). */
export const DURATION_BEFORE = /\b(for|lasting|over the next|the next|during|duration( of| is)?|term of|length of)\s+((about|around|approximately|approx\.?|roughly|some|up to|at least|at most|a further|another|an initial|initial)\s+)?$/;
/** After a stated length: what lasts that long ("12-week project", "three-month contract", "a half-day session"). */
export const DURATION_AFTER = /^[\s-]*(long\b|project|contract|assignment|engagement|placement|secondment|term|fixed[- ]term|role|position|job|session|workshop|sprint|programme|program|cover|period|stint|gig|pilot|initiative|temp|temporary|mission|freelance|consultancy|audit|review|study)/;
/**
 * Around a stated length that is not the need's: years of experience, notice, leave, ages, pay periods,
 * start dates ("within 2 weeks"), benefits ("after 90 days"), history ("ago"), the length of a shift or
 * working day ("8 hour shift", "10-hour day").
 */
export const NOT_DURATION_BEFORE = /\b(within|after|every|per|each|last|past|than|ago|in the first|in|notice( period)?( of)?|minimum( of)?|at least|aged?|up to)\s+$/;
export const NOT_DURATION_AFTER = /^([\s-]*(shifts?|days?|weeks?|workdays?|work ?weeks?|breaks?|lunch|drive|commute|window|turnaround|response)\b|\s*\+|\s*(\w+\s+){0,3}?(experience|exp\b)|\s*(of\s+)?(notice|vacation|holidays?|pto|paid|leave|probation|probationary|training|onboarding|warranty|old|of age|or older|ago|in business|in the industry|of employment|before|prior|later|earlier|from now|'s notice|notice))/;
/** Around a stated length of time already served: tenure, not the need's duration. */
export const TENURE_BEFORE = /\b(been|worked|working|served|employed|contracted|placed|engaged|with us|here|on site|onsite|on the (account|contract|project|team)|in (the|this|that) role|so far|has had|have had)\b[^.;]{0,40}$/;
export const TENURE_AFTER = /^\s*(now|already|so far|to date|and counting)\b/;

/** Months for "since March 2022" and "until the end of June". */
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NAMES = MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join("|");
/** "since 2022", "since March 2023": with tenure context, the time served so far. */
export const SINCE = new RegExp(`\\b(since|from)\\s+(?:(${MONTH_NAMES})\\.?\\s+)?(\\d{4})\\b`, "g");
/** "until the end of Q3", "through June 2027", "till year-end": the need lasts until then. */
export const UNTIL = new RegExp(
  `\\b(until|till|through|thru)\\s+(?:the\\s+)?(end\\s+of\\s+)?(?:(q[1-4])|(${MONTH_NAMES})|(?:the|this)\\s+(year)|(year)[- ]end)(?:\\s+(\\d{4}))?\\b`,
  "g",
);

/** "renewed three times", "extended twice": how often the current arrangement was prolonged. */
export const RENEWED = /\b(renewed|extended|rolled over)\s+(once|twice|thrice|(\S+)\s+times)\b/g;

/**
 * Cues for an ongoing need (true) or a bounded one (false). Strength 2: the words say so outright
 * ("permanent", "temporary"); strength 1: a hint ("weekly", "project"). The strongest cue wins.
 */
export const TERM_CUES: ReadonlyArray<readonly [boolean, 1 | 2, RegExp]> = [
  [true, 2, /\b(permanent(ly)?|indefinite(ly)?|open[- ]ended|no (fixed )?end date|ongoing|long[- ]term|year[- ]round|business as usual|bau|run[- ]the[- ]business|continuing|evergreen)\b/g],
  [true, 1, /\b(every (day|week|month|quarter)|each (day|week|month|quarter)|weekly|daily|monthly|recurring|regular(ly)?|routine)\b/g],
  [false, 2, /\b(fixed[- ]term|temporary|temp\b|one[- ]off|one[- ]time|seasonal|interim|short[- ]term|(maternity|paternity|parental leave|sickness|absence) cover|cover(ing)? for (an? |the |\w+'s )?(absence|leave|vacancy)|while \w+ (is|are) (on|away)|pilot|contract[- ]to[- ]hire|until (\w+ )?returns?)/g],
  [false, 1, /\b(project|migration|launch|deadline|backlog|go[- ]live|by (the )?(end of )?(q[1-4]|year[- ]end|january|february|march|april|may|june|july|august|september|october|november|december))\b/g],
];

export type { CoverageKind } from "../../../domain/factSignals.js";
/** Hours outside the working day that the need must cover: they rule channels in or out (offshore, agencies). */
export const COVERAGE_CUES: ReadonlyArray<readonly [CoverageKind, RegExp]> = [
  ["ROUND_THE_CLOCK", /(\b24\s?[/x×]\s?7\b|\b24 hours a day\b|\bround[- ]the[- ]clock\b|\baround[- ]the[- ]clock\b|\b24[- ]hours? (cover|coverage|support|operations?|service)\b|\bfollow[- ]the[- ]sun\b)/g],
  ["NIGHTS", /\b(night shifts?|nights|overnight|graveyard|night differential|night work|night cover)\b/g],
  ["EVENINGS", /\b(evenings?|evening shifts?|late shifts?|swing shifts?)\b/g],
  ["WEEKENDS", /\b(weekends?|saturdays?|sundays?|(7|seven) days a week)\b/g],
  ["HOLIDAYS", /\b(public holidays|bank holidays|holiday cover)\b/g],
  ["ON_CALL", /\b(on[- ]call|standby|pager duty|out[- ]of[- ]hours|after[- ]hours)\b/g],
  ["SHIFTS", /\b(rotating shifts?|shift work|shift pattern|rotas?|\d{1,2}[- ]hour shifts?|early shifts?|split shifts?|shift rotation)\b/g],
];

export type Workplace = "ON_SITE" | "REMOTE" | "HYBRID";
/** Where the work is done. Hybrid first: "on site three days a week" is hybrid, not on site. */
export const WORKPLACE_CUES: ReadonlyArray<readonly [Workplace, RegExp]> = [
  ["HYBRID", /\b(hybrid|(partly|partially) remote|split between (home|remote) and (the )?office|(one|two|three|four|1|2|3|4) days? (a|per) week (in|at) (the )?(office|site)|on[- ]?site (\w+ ){0,2}(one|two|three|four|1|2|3|4) days? (a|per) week|(one|two|three|four|1|2|3|4) days? (a|per) week on[- ]?site|in[- ]office (\w+ ){0,2}(one|two|three|four|1|2|3|4) days? (a|per) week)\b/g],
  ["ON_SITE", /(\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b|\boffice[- ]based\b|\bsite[- ]based\b|\bin[- ]person (role|position|job|work)\b|\bmust (be|work) (based )?(in|on|at) (the |our )?(office|site|premises|warehouse|store|plant|hospital|lab|depot)\b|\bnot remote\b|\bno remote\b|\bremote work(ing)? is not\b|\bnot (a )?remote\b)/g],
  ["REMOTE", /\b(fully remote|100% remote|remote[- ](only|first|role|position|job|work|working|friendly|based)|(is|be|fully|completely|entirely) remote|work(s|ing)? remotely|work(ing)? from home|wfh|from anywhere|telecommut\w*|home[- ]based)\b/g],
];
/** Labels ("Work location:", "Expected hours:") under which a bare value states the fact. */
export const LOCATION_LABEL = /\b(location|workplace|work (setting|arrangement|model|mode|type)|remote)\b/;
export const HOURS_LABEL = /\bhours\b/;
export const JOB_TYPE_LABEL = /\b(job|employment|contract|position) types?\b/;
export const LABELLED_CONTRACT = /\b(contract|contractor|internship|freelance)\b/;
export const LABELLED_WORKPLACE: ReadonlyArray<readonly [Workplace, RegExp]> = [
  ["HYBRID", /^hybrid\b/],
  ["REMOTE", /^(fully |100% )?(remote|work from home|home[- ]based)\b/],
  ["ON_SITE", /^(in[- ]person|on[- ]?site|in[- ]office|office[- ]based|site[- ]based)\b/],
];

/** Workplace cues that contain their own negation ("not remote") and so stand inside a negated span. */
export const SELF_NEGATED = /\b(not|no)\b/;

/** Regulated domains a need's text may name; each adds rules (vetting, data handling, audit). */
export const REGULATED_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ["HEALTHCARE", /\b(hipaa|phi|protected health information|patients|patient (records|data|care|information|files|charts|notes|contact)|medical records|health records|ehr|emr|hospital|clinic|nhs|care home|pharmacy)\b/g],
  ["CLINICAL", /\b(clinical (trials?|research|data)|gcp|gxp|gmp|fda|pharmacovigilance|medical devices?)\b/g],
  ["FINANCIAL_SERVICES", /\b(fca|finra|sec filings?|broker[- ]dealer|aml|anti[- ]money laundering|kyc|know your customer|mifid|basel|credit union|fiduciary|investment advice|regulated firm)\b/g],
  ["FINANCIAL_REPORTING", /\b(sox|sarbanes[- ]oxley|internal controls? over financial reporting|icfr|statutory (accounts|audit|filings?))\b/g],
  ["DATA_PROTECTION", /\b(gdpr|ccpa|data protection (act|law|regulation|rules)|data subject access requests?|dsars?|privacy (law|regulation)s?)\b/g],
  ["PAYMENT_CARD", /\b(pci( dss)?|cardholder data)\b/g],
  ["LEGAL", /\b(legal(ly)? privilege|privileged (documents|communications|information)|attorney[- ]client|law firm|litigation|court filings?|e-?discovery)\b/g],
  ["GOVERNMENT", /\b((security|government|sc|dv|secret|top secret|baseline) clearance|clearance (required|level)|itar|export control(s|led)?|classified (information|documents|data)|federal contracts?)\b/g],
  ["SAFEGUARDING", /\b(safeguarding|dbs check|working with children|vulnerable adults|ferpa|student records)\b/g],
];

/** The data a need's work touches, by the sensitivity level its handling needs; the highest found counts. */
export const SENSITIVITY_CUES: ReadonlyArray<readonly [(typeof DATA_SENSITIVITY)[number], RegExp]> = [
  ["RESTRICTED", /\b(patient (records|data|information|files)|medical records|health (records|data|information)|phi|protected health information|social security numbers?|ssns?|national insurance numbers?|passport (numbers|details|data)|(cardholder|card) data|credit card (numbers|details|data)|bank (account )?details|passwords|credentials|classified|special category data|criminal records|biometric|genetic data|identity (documents|verification)|subject access requests?)\b/g],
  ["CONFIDENTIAL", /\b(personal data|personal information|pii|personally identifiable|customer data|employee (records|data|files)|hr (records|data|files)|personnel (files|records)|payroll|salar(y|ies)|confidential|nda|non-disclosure|sensitive (data|information)|trade secrets|financial (records|statements|data)|due diligence)\b/g],
  ["INTERNAL", /\b(internal (data|documents|systems|use|only|reports?))\b/g],
  ["PUBLIC", /\b(public(ly available)? (data|information)|open data|published data)\b/g],
];

export const CONTROL_KINDS = ["REPORTS_TO_CLIENT", "CLIENT_HOURS", "CLIENT_DIRECTS", "CLIENT_EQUIPMENT", "INTEGRATED_IN_TEAM"] as const;
export type ControlCue = (typeof CONTROL_KINDS)[number];
/**
 * Signs that the client would direct and control the worker as it does its staff: they matter for
 * co-employment and worker classification rules, whatever channel fills the need.
 */
export const CONTROL_CUES: ReadonlyArray<readonly [ControlCue, RegExp]> = [
  ["REPORTS_TO_CLIENT", /\breport(s|ing)?\s+((daily|directly|weekly|back|in)\s+)?(in)?to\s+(our|my|the client'?s?|the)\s+((\w+\s+){0,2}?)(manager|supervisor|lead|director|head|team|controller|cfo|ceo|cto|cio|coo|owner)\b/g],
  ["CLIENT_HOURS", /\b(work(s|ing)? our (hours|shifts|schedule)|our (office|working|business) hours|keeps? our hours|same hours as (our|the) team|(set|fixed) hours)\b/g],
  ["CLIENT_DIRECTS", /\b(we (will )?(direct|decide|assign|set) (the |their |his |her |what )?(work|tasks|priorities|schedule)?|under (our|the client'?s?) (direction|supervision|control|instruction)|(directed|supervised|managed|instructed) by (our|us|the client)|takes? (instructions|direction) from (us|our))\b/g],
  ["CLIENT_EQUIPMENT", /\b(us(e|es|ing) our (equipment|laptops?|tools|systems|computers?|devices|vehicles?|hardware)|(we|company) (will )?(provides?|supplies|supply|issues?) (a |the |all )?(laptop|equipment|tools|phone|vehicle)s?|company[- ](provided|issued) (laptop|equipment|phone|vehicle)s?|(an? |our )(company )?email address)\b/g],
  ["INTEGRATED_IN_TEAM", /\b(part of our team|(integrated|embedded) (in|into|with) (our|the) team|(attend|attends|join|joins) our (team )?(meetings|stand-?ups)|like (one of )?our (own )?(staff|employees))\b/g],
];

/** Plural nouns for people, counted as headcount ("three more agents"), never as a volume of work. */
export const PEOPLE_NOUNS = /^(people|persons|staff|workers|employees|hires|heads|ftes?|temps|agents|associates|assistants|representatives|reps|contractors|freelancers|consultants|developers|engineers|analysts|designers|managers|nurses|clerks|cooks|chefs|drivers|cleaners|pickers|packers|operators|technicians|specialists|accountants|bookkeepers|administrators|admins|coordinators|officers|advisors|advisers|cashiers|servers|tellers|guards|teachers|tutors|trainers|writers|editors|translators|testers|carers|caregivers|labou?rers|loaders|handlers|installers|electricians|plumbers|mechanics|welders|stylists|therapists|pharmacists|physicians|doctors|receptionists|secretaries|interns|apprentices|volunteers|members|individuals|candidates|professionals|experts|programmers|architects|scientists|researchers|planners|buyers|sellers|salespeople|marketers|recruiters|paralegals|lawyers|attorneys|auditors|inspectors|supervisors|leads|helpers|hands|couriers|porters|attendants|nannies|hosts|bartenders|baristas|waiters|waitresses)$/;
/** Where headcount is said: a hiring verb or "more/additional" before the count and noun. */
export const HIRING_BEFORE = /\b(hire|hiring|recruit(ing)?|need|needs|needed|looking for|seeking|add|adding|bring on|onboard|require|requires|want|staff (up )?with)\s+((\w+\s+){0,2})$/;
export const HEADCOUNT_WORDS = /^(more|additional|extra|new|full[- ]time|part[- ]time|temporary|temp|seasonal|experienced|skilled|qualified|dedicated|junior|senior|[\p{L}-]+)$/u;
/** A team size stated about the company ("join a team of 50") is not the need's headcount. */
export const TEAM_OF = /\b(join(ing)?\s+)?(a|our|the)\s+team\s+of\s+/g;
/** Counts that are not work: measures, money, time, places. A volume of work is a count of work items. */
export const NOT_WORK_ITEMS = /^(hours|hrs|days|weeks|months|years|yrs|minutes|mins|seconds|times|lbs|pounds|kg|kilos|kilograms|tons|tonnes|miles|km|kilometres|kilometers|feet|ft|meters|metres|inches|percent|degrees|dollars|euros|stores|locations|offices|countries|cities|states|sites|branches|languages|stars|points|steps|shifts|people|employees|staff|members|years'|weeks'|days')$/;
/** A volume needs at least this many items: "3 systems" is a detail, "2,000 invoices a month" is a workload. */
export const MIN_VOLUME = 10;

/**
 * Sections each fact may be read from. Boilerplate feeds facts too ("Schedule: nights"), but not the
 * facts it is about other people's work in: a benefits list's "health insurance" names no regulated
 * domain, a company blurb's "5,000 employees" is no headcount, "2 weeks paid vacation" no duration.
 */
const NOT_ABOUT_THE_WORK: readonly SectionKind[] = ["EQUAL_OPPORTUNITY", "LEGAL", "HOW_TO_APPLY"];
export const FACT_SECTIONS_EXCLUDED: Readonly<Record<string, readonly SectionKind[]>> = {
  duration: [...NOT_ABOUT_THE_WORK, "BENEFITS", "PAY", "ABOUT_COMPANY", "REQUIREMENTS"],
  term: [...NOT_ABOUT_THE_WORK, "BENEFITS", "PAY", "ABOUT_COMPANY"],
  coverage: [...NOT_ABOUT_THE_WORK, "BENEFITS", "ABOUT_COMPANY"],
  workplace: [...NOT_ABOUT_THE_WORK, "ABOUT_COMPANY"],
  hours: [...NOT_ABOUT_THE_WORK, "ABOUT_COMPANY", "BENEFITS"],
  headcount: [...NOT_ABOUT_THE_WORK, "ABOUT_COMPANY", "BENEFITS", "PAY"],
  volume: [...NOT_ABOUT_THE_WORK, "ABOUT_COMPANY", "BENEFITS", "PAY", "SCHEDULE", "REQUIREMENTS"],
  regulated: [...NOT_ABOUT_THE_WORK, "BENEFITS", "PAY"],
  sensitivity: [...NOT_ABOUT_THE_WORK, "BENEFITS", "PAY"],
  control: [...NOT_ABOUT_THE_WORK, "ABOUT_COMPANY"],
};
