/**
 * The tuning constants of intake, in one place: change them here, with `npm run bench:decompose`, not
 * piecemeal in the code that reads them. They were set by hand on the seed's example needs and checked
 * on O*NET.
 */

export const INTAKE_TUNING = {
  /** Share of the score from the text match, from graph support, and from a matched job title. */
  lexicalWeight: 0.6,
  supportWeight: 0.25,
  titleWeight: 0.15,
  /** The Lucene (BM25) score at which a match counts as half-strong on its own. */
  luceneHalfScore: 4,
  /** Extra lexical credit for each further clause that also matches the task well. */
  extraClauseBonus: 0.15,
  /** A task below this score is not reported. */
  minScore: 0.2,
  /** A task with a weak text match and no graph support is noise, not a finding. */
  isolatedLexical: 0.45,
  isolatedSupport: 0.15,
  /** Graph support counts the strongest few links only, so a crowd of weak neighbours cannot add up. */
  supportLinks: 3,
  /** How fast graph support saturates: support = 1 - exp(-evidence / this). */
  supportScale: 1,
  /** A need of this few words is mostly a job title: the occupation it names weighs more than its words. */
  shortNeedWords: 6,
  shortNeedTitleWeight: 0.45,
  /** A job title read from the text (not stated as a title) is weaker evidence of the occupation. */
  impliedTitleFactor: 0.5,
  /** Tasks scoring under this share of the best task are dropped as noise around the real matches. */
  relativeCut: 0.4,
  /**
   * Confidence = logistic(slope * (score - midpoint)): a logistic fit of "the task is part of the need"
   * on the score, over the 30 labelled needs of tools/bench/intakeEval.json (npm run bench:decompose
   * prints the fit and the calibration table; refit there when the scoring changes).
   */
  confidenceSlope: 15,
  confidenceMidpoint: 0.6,
  /** Per-relationship strength of the links that make two candidates support each other. */
  sharedOccupation: 1,
  sharedPrecedent: 0.5,
  sharedSkill: 0.25,
  maxLink: 1.5,
  /** Below this many work words a need is too vague to decompose with confidence. */
  vagueWords: 3,
} as const;
