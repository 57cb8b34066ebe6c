/**
 * The tuning constants of recommendation that remain in code, in one place; everything else (SUITS
 * weights, rule parameters, precedent outcomes, channel properties) comes from the graph.
 */
export const RECOMMEND_TUNING = {
  /** Trait fit is the weighted mean of SUITS weights over the need's traits, in -1..1. */
  traitFitWeight: 1,
  /** Traits weaker than this in the need are left out: they are noise from loosely related tasks. */
  minTraitWeight: 0.05,
  /** Precedent evidence in -1..1 is scaled by this; it informs, it does not outvote the work. */
  precedentWeight: 0.4,
  /** Pseudo-count of neutral cases: with few similar cases the precedent factor stays near zero. */
  precedentPrior: 1.5,
  /** Cases less similar than this are not evidence. */
  minSimilarity: 0.15,
  /** Precedents shown per option. */
  precedentsShown: 5,
  /** Penalty for a channel whose typical time to start uses all the time left before the need's start-by date. */
  timeToStartWeight: 0.08,
  /** With no start-by date, lead time is weighed against a quarter: slower than that costs the full penalty. */
  leadTimeHorizonDays: 90,
  /** Penalty per unit of relative cost above an onshore employee (1.0); a reward below it. */
  costWeight: 0.08,
  /** Penalty for a channel the organisation can never count on (availability 0); scaled by 1 - availability. */
  availabilityWeight: 0.1,
  /** A request that scores this far below the best option is challenged. */
  challengeMargin: 0.15,
  /** Graph paths shown per option. */
  pathsShown: 5,
} as const;
