/**
 * Turning retrieved candidates into a decomposition: candidate matching, then inference and warnings.
 * Plain TypeScript over plain data, so it is tested without a database and gives the same numbers
 * whatever the transport.
 */
import type { Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { ClauseWords, DecomposedTask, Decomposition } from "../../domain/intake.js";
import type { NeedFacts, NeedInput } from "../../domain/need.js";
import { scoreCandidates, textMatches, titlePriors } from "./candidates.js";
import { inferOccupations, inferOutcomes, inferSkills } from "./inference.js";
import { ruledOutMatch, traitProfile } from "./needFacts.js";
import { logistic, round } from "./ranking.js";
import { contentWords } from "./text.js";
import { INTAKE_TUNING } from "./tuning.js";
import { warningsFor } from "./warnings.js";

export const DECOMPOSITION_VERSION = "intake-1";

/** `facts` are the need's facts as resolved once for the request (resolveNeedFacts). */
export function decompose(
  need: NeedInput,
  facts: NeedFacts,
  clauses: readonly ClauseWords[],
  retrieval: Retrieval,
  evidence: readonly TaskEvidence[],
  limit: number,
  titleStated = need.title !== null,
): Decomposition {
  const T = INTAKE_TUNING;
  const matches = textMatches(clauses, retrieval, evidence);
  const mentionedSkills = new Set(retrieval.skillHits.map((s) => s.id));
  const scored = scoreCandidates(evidence, matches, titlePriors(clauses, retrieval, titleStated), mentionedSkills).map((s) => {
    // A task the text rules out stays visible, lowered, with the reason: the reader can overrule the reading.
    const ruledOut =
      facts.ruledOut.length > 0 ? ruledOutMatch(facts.ruledOut, contentWords([s.task.name, ...s.task.keywords, ...s.task.altLabels].join(" "))) : null;
    return ruledOut ? { ...s, score: s.score * T.ruledOutFactor, ruledOutBy: ruledOut.phrase } : { ...s, ruledOutBy: null };
  });

  const best = Math.max(0, ...scored.map((s) => s.score));
  const kept = scored
    .filter((s) => s.score >= T.minScore && s.score >= T.relativeCut * best)
    .filter((s) => !(s.lex < T.isolatedLexical && s.support < T.isolatedSupport && s.prior === 0))
    .sort((a, b) => b.score - a.score || (a.task.id < b.task.id ? -1 : 1))
    .slice(0, limit);

  const tasks: DecomposedTask[] = kept.map((s) => ({
    id: s.task.id,
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
  }));

  const chosen = kept.map((s) => s.task);
  const weightOf = new Map(tasks.map((t) => [t.id, t.score]));
  const traits = traitProfile(facts, chosen, weightOf, retrieval.traits);
  return {
    version: DECOMPOSITION_VERSION,
    tasks,
    skills: inferSkills(chosen, weightOf, mentionedSkills),
    outcomes: inferOutcomes(chosen, weightOf, retrieval.outcomeHits),
    traits,
    occupations: inferOccupations(chosen, weightOf, retrieval, Math.max(0, ...tasks.map((t) => t.lexicalScore))),
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
