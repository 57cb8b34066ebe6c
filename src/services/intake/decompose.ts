/**
 * Turning retrieved candidates into a decomposition: candidate matching, then inference and warnings.
 * Plain TypeScript over plain data, so it is tested without a database and gives the same numbers
 * whatever the transport.
 */
import type { Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { ClauseWords, DecomposedTask, Decomposition, OccupationMatch } from "../../domain/intake.js";
import type { NeedFacts, NeedInput } from "../../domain/need.js";
import { scoreCandidates, textMatches, titlePriors } from "./candidates.js";
import { inferOccupations, inferOutcomes, inferSkills } from "./inference.js";
import { taskRuledOut, traitProfile } from "./needFacts.js";
import { logistic, round } from "./ranking.js";
import { INTAKE_TUNING } from "./tuning.js";
import { warningsFor } from "./warnings.js";

export const DECOMPOSITION_VERSION = "intake-1";

/** The tasks the text states, scored and cut, before implied tasks join them. */
export type StatedReading = Readonly<{
  need: NeedInput;
  facts: NeedFacts;
  clauses: readonly ClauseWords[];
  retrieval: Retrieval;
  /** Stated tasks, best first, at most the limit, each with its graph evidence. */
  kept: ReadonlyArray<Readonly<{ task: DecomposedTask; evidence: TaskEvidence }>>;
  /** The need's occupations, ranked from the stated tasks, the vectors and the title. */
  occupations: OccupationMatch[];
}>;

/** `facts` are the need's facts as resolved once for the request (resolveNeedFacts). */
export function readStatedTasks(
  need: NeedInput,
  facts: NeedFacts,
  clauses: readonly ClauseWords[],
  retrieval: Retrieval,
  evidence: readonly TaskEvidence[],
  limit: number,
  titleStated = need.title !== null,
): StatedReading {
  const T = INTAKE_TUNING;
  const matches = textMatches(clauses, retrieval, evidence);
  const mentionedSkills = new Set(retrieval.skillHits.map((s) => s.id));
  const scored = scoreCandidates(evidence, matches, titlePriors(clauses, retrieval, titleStated), mentionedSkills).map((s) => {
    // A task the text rules out stays visible, lowered, with the reason: the reader can overrule the reading.
    const ruledOut = taskRuledOut(facts.ruledOut, s.task);
    return ruledOut ? { ...s, score: s.score * T.ruledOutFactor, ruledOutBy: ruledOut.phrase } : { ...s, ruledOutBy: null };
  });

  const best = Math.max(0, ...scored.map((s) => s.score));
  const kept = scored
    .filter((s) => s.score >= T.minScore && s.score >= T.relativeCut * best)
    .filter((s) => !(s.lex < T.isolatedLexical && s.support < T.isolatedSupport && s.prior === 0))
    .sort((a, b) => b.score - a.score || (a.task.id < b.task.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => ({
      evidence: s.task,
      task: {
        id: s.task.id,
        basis: "TEXT" as const,
        name: s.task.name,
        businessFunction: s.task.businessFunction,
        score: round(s.score),
        confidence: round(logistic(T.confidenceSlope * (s.score - T.confidenceMidpoint))),
        lexicalScore: round(s.lex),
        graphSupport: round(s.support),
        titleMatch: round(s.prior),
        evidence: [...(matches.evidence.get(s.task.id) ?? [])].sort((a, b) => b.strength - a.strength),
        graphEvidence: s.graphEvidence,
        ruledOutBy: s.ruledOutBy,
        occupations: s.task.occupations,
      },
    }));
  const weightOf = new Map(kept.map((k) => [k.task.id, k.task.score]));
  const textMatch = Math.max(0, ...kept.map((k) => k.task.lexicalScore));
  const occupations = inferOccupations(
    kept.map((k) => k.evidence),
    weightOf,
    retrieval,
    textMatch,
  );
  return { need, facts, clauses, retrieval, kept, occupations };
}

/**
 * The decomposition. Skills, outcomes, traits, warnings and the recommendation are read from the stated tasks
 * only; the listing adds the implied ones (see `listing`).
 */
export function completeDecomposition(reading: StatedReading, implied: readonly DecomposedTask[], limit: number): Decomposition {
  const { need, facts, clauses, retrieval } = reading;
  const tasks = reading.kept.map((k) => k.task);
  const chosen = reading.kept.map((k) => k.evidence);
  const weightOf = new Map(tasks.map((t) => [t.id, t.score]));
  const mentionedSkills = new Set(retrieval.skillHits.map((s) => s.id));
  const traits = traitProfile(facts, chosen, weightOf, retrieval.traits);
  return {
    version: DECOMPOSITION_VERSION,
    tasks,
    listed: listing(tasks, implied, limit),
    skills: inferSkills(chosen, weightOf, mentionedSkills),
    outcomes: inferOutcomes(chosen, weightOf, retrieval.outcomeHits),
    traits,
    occupations: reading.occupations,
    warnings: warningsFor(need, clauses, tasks, traits, facts, retrieval),
    facts: { durationWeeks: facts.durationWeeks, durationSource: facts.durationSource, ongoing: facts.ongoing },
    ruledOut: facts.ruledOut.map((r) => r.phrase),
    statedFacts: {
      hoursPerWeek: facts.hoursPerWeek,
      headcount: facts.headcount,
      remoteAllowed: facts.remoteAllowed,
      regulated: facts.regulated,
      dataSensitivity: facts.dataSensitivity,
      tenureWeeks: facts.tenureWeeks,
      renewals: facts.renewals,
      coverage: facts.coverage,
      volumes: facts.volumes,
      control: facts.control,
      regulatedDomains: facts.regulatedDomains,
      sources: facts.sources,
    },
    requestedWorkerType: retrieval.requestedWorkerType,
    taskEvidence: chosen,
  };
}

/** A decomposition of the stated tasks alone (no implied tasks), in one call: for tests and benchmarks of the scoring. */
export function decompose(...args: Parameters<typeof readStatedTasks>): Decomposition {
  const limit = args[5];
  return completeDecomposition(readStatedTasks(...args), [], limit);
}

/**
 * Stated and implied tasks together by score (an implied task's score is the one a stated task of its confidence
 * has), at most `limit`: a strong implied task goes before a loose match. A task the text names (all the words of
 * its name, a keyword or a label are in one clause) stays before every implied one, and stated tasks keep their order.
 */
export function listing(stated: readonly DecomposedTask[], implied: readonly DecomposedTask[], limit: number): DecomposedTask[] {
  const named = stated.filter((t) => t.evidence.some((e) => e.phrases.length > 0));
  const cap = Math.min(Infinity, ...named.map((t) => t.score));
  const rank = (t: DecomposedTask) => (t.basis === "TEXT" ? t.score : Math.min(t.score, cap));
  const impliedLast = (t: DecomposedTask) => (t.basis === "TEXT" ? 0 : 1);
  return [...stated, ...implied]
    .sort((a, b) => rank(b) - rank(a) || impliedLast(a) - impliedLast(b) || b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
