/**
 * The tuning constants of intake, in one place: change them here, with `npm run bench:decompose`, not
 * piecemeal in the code that reads them. Most were set by hand on the seed's example needs and checked
 * on O*NET; confidence is fitted on held-out needs (below).
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
   * on the score, over the fitting half of tools/bench/heldOutNeeds.json (O*NET task statements,
   * labelled from the seed tasks' names, never their phrases); `npm run bench:heldout` prints
   * the refit and the calibration of the other half, the only one to quote. Refit there when the
   * scoring changes. The fit on 32 needs gave slope 7.42, midpoint 0.844.
   */
  confidenceSlope: 7.4,
  confidenceMidpoint: 0.84,
  /** Per-relationship strength of the links that make two candidates support each other. */
  sharedOccupation: 1,
  sharedPrecedent: 0.5,
  sharedSkill: 0.25,
  maxLink: 1.5,
  /** Below this many work words a need is too vague to decompose with confidence. */
  vagueWords: 3,

  // Hybrid retrieval: full-text and sentence-vector candidates, fused.
  /** Reciprocal-rank fusion constant (the usual 60): ranks matter, raw scores of two scales do not. */
  rrfK: 60,
  /** Candidates kept per clause after fusion. */
  fusedPerClause: 15,
  /** Vector neighbours kept per clause: fewer than full-text hits, as each brings its evidence to read. */
  semanticPerClause: 10,
  /**
   * Clauses that get a sentence vector, the strongest-weighted first; the rest are matched by their words
   * only. Bounds a long posting's work (24 clauses at most) by a third. On the tuning half, 60 needs a set,
   * every figure stayed the same at 16; at 12 ESCO descriptions lost a hit@1 (56.7% -> 55.0%).
   */
  vectorClauses: 16,
  /** Neighbours asked of the vector index per query (deprecated nodes are skipped after). */
  vectorK: 30,
  /**
   * Cosine similarity of all-MiniLM-L6-v2 between a clause and a task's sentence (name, labels and
   * description): unrelated ones sit near 0.1 to 0.2, paraphrases 0.45 to 0.75, near-duplicates above;
   * the semantic strength rises from 0 at the floor to 1 at full.
   */
  semanticFloor: 0.2,
  semanticFull: 0.7,
  /** A semantic match alone counts a little less than an equally strong lexical one (it can drift). */
  semanticWeight: 0.9,
  /** Occupations kept per vector query (the title, the work text), and how many lend a title prior. */
  occupationsPerVector: 10,
  semanticPriorOccupations: 3,
  /**
   * Occupation similarity from 0 at the floor to 1 at full, for the title prior an occupation lends its tasks;
   * a title matches tighter than a whole text.
   */
  occupationFloor: 0.2,
  occupationFull: 0.65,
  /**
   * Ranking occupations: share from the matched tasks, from semantic similarity, from the title's words. The task
   * share counts in full only when the best task matches the text almost word for word (the text-match power): a
   * need that repeats an occupation's own tasks names it through them, a need in other words through the vectors.
   * Chosen on the tuning half against the old mix (0.55 tasks / 0.35 semantic, text match ignored), 60 needs a set,
   * hit@1 / hit@5: ESCO descriptions 55/85 -> 58/87, reported titles 70/87 -> 72/87, composed postings 95/98 both,
   * task statements 78/93 -> 75/93 (more semantic weight, 0.65, gave ESCO 63/90 but task statements 52/80).
   */
  occupationTaskWeight: 0.6,
  occupationTextMatchPower: 3,
  occupationSemanticWeight: 0.45,
  occupationTitleWeight: 0.1,
  /** The work text describes the occupation less directly than its title does (title priors of tasks). */
  textViaFactor: 0.6,
  /**
   * Naming the need's occupations, a vector match counts from this floor, and one on the work text as much as
   * one on the title. Measured on the tuning half of the ESCO sets: the best O*NET occupation of an ESCO
   * description sits at cosine 0.63 (median), the fifth at 0.49, the tenth at 0.43; below 0.3 nothing is
   * right. The title priors of tasks keep the looser floor and the text factor above (the decompositions, and
   * the recommendations built on them, stay as they were).
   */
  rankingFloor: 0.3,
  rankingTextFactor: 1,

  // Implied tasks: the usual work of the occupation the need reads as, listed after the tasks the text states.
  /**
   * Occupations whose ranking weight is at least this share of the best lend their usual tasks (a near-tie
   * lends both), at most `impliedOccupations` of them.
   */
  impliedOccupationShare: 0.8,
  impliedOccupations: 2,
  /**
   * The best occupation implies work only on some evidence of its own: a matched task of it, its title in the
   * need, or a vector match at this cosine or more (the fifth-best O*NET occupation of an ESCO description sits
   * near 0.49 and below 0.3 nothing is right; see rankingFloor).
   */
  impliedMinSimilarity: 0.45,
  /**
   * How usual a task is for its occupation (0..1): O*NET's importance rating when imported, else its task type
   * (core tasks are rated important by most incumbents, supplemental ones by few), else the middle.
   */
  coreTypicality: 0.75,
  supplementalTypicality: 0.4,
  unratedTypicality: 0.5,
  /**
   * An implied task's confidence: the chance its occupation is right (`impliedConfidence` times the occupation's
   * weight) times the chance a need for that occupation includes one of its usual tasks (`usualWorkShare`, less
   * for a task it does less often: base + (1 - base) * typicality). 0.55: of the needs whose best occupation
   * implies tasks, 53% had it right (tuning half, all sets, first run). 0.75 is a stated judgement: a need
   * seldom asks for all of an occupation's work; it keeps a task the text states nearly word for word (score
   * 0.8 and more) above every implied one.
   */
  impliedConfidence: 0.55,
  usualWorkShare: 0.75,
  impliedTypicalityBase: 0.7,

  // Negation: what the text rules out.
  /** A task the text rules out keeps this share of its score (it stays visible, with the reason). */
  ruledOutFactor: 0.2,
  /** A trait the text rules out is capped at this weight. */
  ruledOutTraitWeight: 0.05,
} as const;
