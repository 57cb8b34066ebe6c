/** The cue lists of negation and its scope, kept as data in one place (lower-case, straight apostrophes). */

/** Words that negate what follows them. A word ending in "n't" (isn't, doesn't, won't) is a cue too. */
export const NEGATION_WORDS = new Set(["no", "not", "never", "without", "nothing", "none", "neither", "nor", "cannot", "zero", "nobody"]);

/** Multi-word cues, matched before single words; they negate what follows (the contrastive ones too). */
export const NEGATION_PHRASES: readonly (readonly string[])[] = [
  ["nothing", "to", "do", "with"],
  ["no", "need", "to"],
  ["no", "need", "for"],
  ["rather", "than"],
  ["instead", "of"],
  ["can", "not"],
];

/**
 * What follows a cue and makes it no exclusion: comparisons and limits ("no more than 3 days", "no later
 * than Friday"), "not only ... but also", idioms that mean something positive ("without fail", "never
 * miss", "don't hesitate to apply", "can't wait"), and "without supervision", which describes how the
 * work is done, not a task left out. Each entry is the words right after the cue.
 */
export const NOT_EXCLUSIONS: readonly (readonly string[])[] = [
  ["more", "than"], ["less", "than"], ["fewer", "than"], ["later", "than"], ["earlier", "than"], ["sooner", "than"],
  ["longer", "than"], ["greater", "than"], ["higher", "than"], ["lower", "than"], ["longer"], ["matter"], ["doubt"],
  ["only"], ["just"], ["merely"], ["simply"], ["necessarily"], ["least"], ["to", "mention"], ["problem"],
  ["exception"], ["exceptions"], ["fail"], ["delay"], ["hesitation"], ["hesitate"], ["wait"], ["miss"], ["forget"],
  ["supervision"], ["close", "supervision"], ["direct", "supervision"], ["constant", "supervision"],
  ["much", "supervision"], ["compromise"], ["compromising"], ["surprise"], ["surprises"], ["two", "days"],
];

/**
 * Words that make a negation a condition ("whether or not", "if you can't work weekends", "if not
 * sooner"): it says what the applicant must accept, not work left out. Looked for a few words back.
 */
export const CONDITION_WORDS = new Set(["if", "whether", "unless"]);
export const CONDITION_LOOKBACK = 3;

/** Words that end a negation's scope: a new clause starts with them ("no travel, but some weekends"). */
export const SCOPE_BREAKERS = new Set([
  "but", "however", "although", "though", "yet", "whereas", "while", "except", "instead", "rather", "so", "because",
  "as", "since", "unless", "until", "if", "when", "whether", "mostly", "mainly", "largely", "primarily", "purely", "only", "just", "all",
  "everything", "focus", "focused", "apart", "besides",
]);

/** Words that start a new clause after "and", "or" or a comma: the negation does not reach past them. */
export const CLAUSE_STARTERS = new Set([
  "you", "we", "they", "i", "he", "she", "it", "there", "this", "that", "these", "those", "the", "our", "your",
  "their", "its", "it's", "you'll", "we'll", "they'll", "you're", "we're", "they're", "please",
]);

/** Punctuation that ends a scope. A comma ends it too, unless a short list goes on ("no calls, emails or chat"). */
export const SCOPE_END_MARKS = new Set([".", ";", "!", "?", ":", "(", ")", "—", "–", "|", "/"]);

/** The longest a negated phrase runs, in words, when no boundary ends it first. */
export const MAX_SCOPE_WORDS = 10;
/** A comma continues a negated list only when the next item is this short. */
export const MAX_LIST_ITEM_WORDS = 4;

/**
 * Words that carry the negation but not its content ("does not involve any travel" negates "travel"),
 * dropped from a negated phrase's content words so they cannot rule out unrelated tasks.
 */
export const LIGHT_WORDS = new Set([
  "involve", "involves", "involved", "involving", "include", "includes", "including", "included", "require",
  "requires", "required", "entail", "entails", "need", "needs", "needed", "necessary", "essential", "expected",
  "any", "much", "many", "direct", "deal", "deals", "dealing", "do", "doing", "done", "work", "working", "role",
  "job", "position", "part", "lot", "lots", "kind", "sort", "type", "be", "being", "been", "there", "will",
  "going", "have", "having", "allowed", "possible", "permitted", "heavy", "big", "real", "actual",
]);

/** Predicates that put the negated thing before the cue: "travel is not required", "coding not needed". */
export const POSTPOSED_PREDICATES = new Set([
  "required", "necessary", "needed", "essential", "expected", "involved", "included", "mandatory", "a", "part",
  "possible", "allowed", "permitted", "applicable",
]);
/** Linking words skipped when reading back from a postposed cue to the negated noun phrase. */
export const LINKING_WORDS = new Set(["is", "are", "was", "will", "be", "would", "it's", "isn't", "aren't", "won't"]);
/** A postposed negation reads back at most this many words. */
export const MAX_POSTPOSED_WORDS = 4;

/**
 * Nouns that make a negated phrase a waived requirement ("no experience required", "no degree needed"),
 * not work left out: it must not rule out the tasks that the experience would be in.
 */
export const REQUIREMENT_NOUNS = new Set([
  "experience", "degree", "diploma", "qualification", "qualifications", "certification", "certifications",
  "certificate", "license", "licence", "background", "knowledge", "cv", "resume", "education", "training",
]);
