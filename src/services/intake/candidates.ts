/**
 * Candidate matching: how strongly each retrieved task matches the need's text, the prior a named job
 * title lends its occupation's tasks, and the support candidates give each other through the graph.
 */
import type { Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { ClauseWords, MatchEvidence } from "../../domain/intake.js";
import { round } from "./ranking.js";
import { type CandidateWords, candidateWords, matchedPhrases, sharedWords, stem } from "./text.js";
import { INTAKE_TUNING } from "./tuning.js";

export type TextMatches = Readonly<{
  /** Per task: the clauses it matched, with the phrases and words that made the match. */
  evidence: ReadonlyMap<string, MatchEvidence[]>;
  /** Per task: its lexical score in 0..1 (best clause, plus credit for further strong clauses). */
  lexical: ReadonlyMap<string, number>;
}>;

const scale = (x: number, floor: number, full: number) => Math.max(0, Math.min(1, (x - floor) / (full - floor)));

type FusedCandidate = { clause: number; id: string; lucene: number | null; cosine: number | null; fused: number };

/**
 * Per clause, full-text (BM25) and sentence-vector hits fused by reciprocal rank, the best
 * `fusedPerClause` kept: the only hits that can match, so the only ones whose evidence is read.
 */
export function fusedHits(retrieval: Retrieval): Map<number, FusedCandidate[]> {
  const T = INTAKE_TUNING;
  const candidates = new Map<string, FusedCandidate>();
  const rank = (hits: ReadonlyArray<{ clause: number; id: string; score: number }>, kind: "lucene" | "cosine") => {
    const seen = new Map<number, number>();
    for (const hit of hits) {
      const position = (seen.get(hit.clause) ?? 0) + 1;
      seen.set(hit.clause, position);
      const key = `${hit.clause}|${hit.id}`;
      const candidate = candidates.get(key) ?? { clause: hit.clause, id: hit.id, lucene: null, cosine: null, fused: 0 };
      candidate[kind] = hit.score;
      candidate.fused += 1 / (T.rrfK + position);
      candidates.set(key, candidate);
    }
  };
  rank(retrieval.taskHits, "lucene");
  rank(retrieval.semanticHits, "cosine");
  const perClause = new Map<number, FusedCandidate[]>();
  for (const c of candidates.values()) {
    const list = perClause.get(c.clause);
    if (list) list.push(c);
    else perClause.set(c.clause, [c]);
  }
  for (const [clause, list] of perClause) {
    perClause.set(clause, list.sort((a, b) => b.fused - a.fused || (a.id < b.id ? -1 : 1)).slice(0, T.fusedPerClause));
  }
  return perClause;
}

/**
 * Text match, hybrid: per clause, the fused full-text and sentence-vector candidates (fusedHits); a
 * candidate's strength combines its lexical match (coverage of the clause, Lucene's score, its rank)
 * and its semantic similarity, times the clause's weight.
 */
export function textMatches(clauses: readonly ClauseWords[], retrieval: Retrieval, evidence: readonly TaskEvidence[]): TextMatches {
  const T = INTAKE_TUNING;
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const words = new Map<string, CandidateWords>();
  const wordsOf = (task: TaskEvidence) => {
    let known = words.get(task.id);
    if (!known) {
      const phrases = [task.name, ...task.keywords, ...task.altLabels];
      known = candidateWords([task.name, task.description, ...task.keywords, ...task.altLabels].join(" "), phrases);
      words.set(task.id, known);
    }
    return known;
  };
  const topInClause = new Map<number, number>();
  for (const hit of retrieval.taskHits) topInClause.set(hit.clause, Math.max(topInClause.get(hit.clause) ?? 0, hit.score));
  const perTask = new Map<string, MatchEvidence[]>();
  for (const [index, kept] of fusedHits(retrieval)) {
    const clause = clauses[index];
    if (!clause) continue;
    for (const candidate of kept) {
      const task = byId.get(candidate.id);
      if (!task) continue;
      const taskWords = wordsOf(task);
      const words = sharedWords(clause.words, taskWords);
      let lexical = 0;
      if (candidate.lucene !== null && clause.words.length > 0) {
        const coverage = words.length / new Set(clause.words.map(stem)).size;
        // Lucene's own score carries what coverage cannot: rare words ("payroll") count for more than common ones.
        const absolute = candidate.lucene / (candidate.lucene + T.luceneHalfScore);
        const relative = candidate.lucene / (topInClause.get(index) || 1);
        const shortClause = Math.min(1, 0.5 + 0.25 * clause.words.length);
        lexical = (0.5 * coverage + 0.5 * absolute) * (0.7 + 0.3 * relative) * shortClause;
      }
      const semantic = candidate.cosine === null ? 0 : scale(candidate.cosine, T.semanticFloor, T.semanticFull);
      // Either kind of match suffices, both together count for more (a probabilistic OR): an exact lexical
      // match (1) still ranks above a near-duplicate that only reads alike.
      const strength = (1 - (1 - lexical) * (1 - T.semanticWeight * semantic)) * clause.weight;
      if (strength <= 0) continue;
      const phrases = matchedPhrases(clause.words, taskWords);
      const list = perTask.get(candidate.id) ?? [];
      list.push({ clause: clause.text, phrases, words, strength: round(strength), similarity: candidate.cosine === null ? null : round(candidate.cosine) });
      perTask.set(candidate.id, list);
    }
  }
  const lexical = new Map<string, number>();
  for (const [id, matches] of perTask) {
    const strengths = matches.map((m) => m.strength).sort((a, b) => b - a);
    const extra = strengths.slice(1).filter((s) => s >= 0.5).length * T.extraClauseBonus;
    lexical.set(id, Math.min(1, strengths[0]! + extra));
  }
  return { evidence: perTask, lexical };
}

export type TitlePrior = Readonly<{ weight: number; occupation: string }>;

/**
 * A job title that names an occupation lends its tasks a prior. `titleWeight` is how much the prior
 * counts in a task's score: more for a need that is little more than a title.
 */
export function titlePriors(
  clauses: readonly ClauseWords[],
  retrieval: Retrieval,
  titleStated: boolean,
): { priors: ReadonlyMap<string, TitlePrior>; titleWeight: number } {
  const T = INTAKE_TUNING;
  const topOccupation = Math.max(0, ...retrieval.occupationHits.map((o) => o.score));
  const clauseWordCount = new Set(clauses.flatMap((c) => c.words)).size;
  const titleWeight = clauseWordCount <= T.shortNeedWords ? T.shortNeedTitleWeight : T.titleWeight;
  const titlePrior = new Map<string, { weight: number; occupation: string }>();
  const lend = (taskIds: readonly string[], weight: number, occupation: string) => {
    for (const taskId of taskIds) {
      if ((titlePrior.get(taskId)?.weight ?? 0) < weight) titlePrior.set(taskId, { weight, occupation });
    }
  };
  const stated = titleStated || clauseWordCount <= T.shortNeedWords ? 1 : T.impliedTitleFactor;
  for (const occupation of retrieval.occupationHits) {
    lend(occupation.taskIds, (occupation.score / topOccupation) * (occupation.score / (occupation.score + 1)) * stated, occupation.name);
  }
  // The occupations whose title or description read most like the need lend a prior too, by similarity.
  for (const occupation of semanticOccupationRanking(retrieval).slice(0, T.semanticPriorOccupations)) {
    lend(occupation.taskIds, occupation.strength * (occupation.via === "TITLE" ? stated : T.textViaFactor), occupation.name);
  }
  return { priors: titlePrior, titleWeight };
}

export type SemanticOccupation = Retrieval["semanticOccupations"][number] & Readonly<{ strength: number }>;

/** How a vector similarity becomes a strength: from 0 at the floor to 1 at full, a work-text match counting `textFactor`. */
export type SimilarityScale = Readonly<{ floor: number; full: number; textFactor: number }>;

/** Lending a title prior to an occupation's tasks: a loose reading of the whole text lends little. */
export const PRIOR_SCALE: SimilarityScale = {
  floor: INTAKE_TUNING.occupationFloor,
  full: INTAKE_TUNING.occupationFull,
  textFactor: INTAKE_TUNING.textViaFactor,
};

/** Naming the occupations of the need: what the whole text reads like is the best evidence there is. */
export const RANKING_SCALE: SimilarityScale = {
  floor: INTAKE_TUNING.rankingFloor,
  full: INTAKE_TUNING.occupationFull,
  textFactor: INTAKE_TUNING.rankingTextFactor,
};

/** The vector-found occupations, each once (its better query), strongest first; strength in 0..1. */
export function semanticOccupationRanking(retrieval: Retrieval, { floor, full, textFactor }: SimilarityScale = PRIOR_SCALE): SemanticOccupation[] {
  const best = new Map<string, SemanticOccupation>();
  for (const hit of retrieval.semanticOccupations) {
    const strength = scale(hit.score, floor, full) * (hit.via === "TEXT" ? textFactor : 1);
    if (strength > (best.get(hit.id)?.strength ?? 0)) best.set(hit.id, { ...hit, strength });
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
}

export type ScoredCandidate = Readonly<{
  task: TaskEvidence;
  lex: number;
  support: number;
  prior: number;
  score: number;
  graphEvidence: string[];
}>;

/**
 * Graph support: candidates that share occupations, precedents or skills with other strong candidates
 * are more likely part of the need; the score mixes text match, support and the title prior.
 */
export function scoreCandidates(
  evidence: readonly TaskEvidence[],
  { lexical }: TextMatches,
  { priors: titlePrior, titleWeight }: ReturnType<typeof titlePriors>,
  mentionedSkills: ReadonlySet<string>,
): ScoredCandidate[] {
  const T = INTAKE_TUNING;
  const candidates = evidence.filter((e) => lexical.has(e.id) || titlePrior.has(e.id));
  const strengthOf = (id: string) => Math.max(lexical.get(id) ?? 0, titlePrior.get(id)?.weight ?? 0);
  const links = candidates.map(linksOf);
  // Which candidates (by position) each precedent involves, so shared precedents are counted once per task,
  // not per pair; counted in a typed array, as a large precedent pool gives each task thousands of shares.
  const byPrecedent = new Map<string, number[]>();
  candidates.forEach((_, i) => {
    for (const p of links[i]!.precedents) {
      const involved = byPrecedent.get(p);
      if (involved) involved.push(i);
      else byPrecedent.set(p, [i]);
    }
  });
  const sharedCases = new Int32Array(candidates.length);
  // Strongest first: once a candidate's strength cannot beat the weakest link kept, no later one can,
  // so a task reads a few of its hundreds of possible neighbours (O*NET), with the same result.
  const byStrength = candidates.map((c, i) => ({ c, i, strength: strengthOf(c.id) })).sort((a, b) => b.strength - a.strength);
  return candidates.map((task, own) => {
    const touched: number[] = [];
    for (const p of links[own]!.precedents) {
      for (const other of byPrecedent.get(p)!) if (sharedCases[other]!++ === 0) touched.push(other);
    }
    const strongest: Array<{ other: TaskEvidence; links: Links; sharedPrecedents: number; weight: number }> = [];
    for (const { c: other, i, strength } of byStrength) {
      // Squared, so one strong neighbour counts for more than several weak ones.
      const bound = strength ** 2 * T.maxLink;
      if (strongest.length === T.supportLinks && bound < strongest[T.supportLinks - 1]!.weight) break;
      if (i === own) continue;
      const sharedPrecedents = sharedCases[i]!;
      const value = linkValue(task, links[i]!, sharedPrecedents);
      if (value <= 0) continue;
      const link = { other, links: links[i]!, sharedPrecedents, weight: strength ** 2 * value };
      // Kept sorted by weight, then id: the link goes in before the first it outranks.
      let at = strongest.length;
      while (at > 0 && outranks(link, strongest[at - 1]!)) at--;
      if (at < T.supportLinks) strongest.splice(at, 0, link);
      if (strongest.length > T.supportLinks) strongest.pop();
    }
    for (const i of touched) sharedCases[i] = 0;
    const total = strongest.reduce((sum, n) => sum + n.weight, 0);
    const support = 1 - Math.exp(-total / T.supportScale);
    const lex = lexical.get(task.id) ?? 0;
    const prior = titlePrior.get(task.id);
    const score = Math.min(1, T.lexicalWeight * lex + T.supportWeight * support + titleWeight * (prior?.weight ?? 0));
    const graphEvidence = strongest.map((n) => `${describeLink(task, n.links, n.sharedPrecedents)} "${n.other.name}"`);
    if (prior) graphEvidence.unshift(`belongs to occupation "${prior.occupation}" named in the need`);
    const skills = task.skills.filter((s) => mentionedSkills.has(s.id)).map((s) => s.name);
    if (skills.length > 0) graphEvidence.push(`requires ${skills.map((s) => `"${s}"`).join(", ")}, mentioned in the need`);
    return { task, lex, support, prior: prior?.weight ?? 0, score, graphEvidence };
  });
}

const outranks = (a: { weight: number; other: TaskEvidence }, b: { weight: number; other: TaskEvidence }) =>
  a.weight > b.weight || (a.weight === b.weight && a.other.id < b.other.id);

/** What a candidate shares with others, as sets built once, not per pair. */
type Links = Readonly<{ occupations: Set<string>; precedents: Set<string>; skills: Set<string> }>;

function linksOf(task: TaskEvidence): Links {
  return {
    occupations: new Set(task.occupations.map((o) => o.id)),
    precedents: new Set(task.precedentIds),
    skills: new Set(task.skills.map((s) => s.id)),
  };
}

/** How strongly what two candidates share makes them support each other (per pair: no allocation). */
function linkValue(a: TaskEvidence, bLinks: Links, sharedPrecedents: number): number {
  const T = INTAKE_TUNING;
  let occupation = false;
  for (const o of a.occupations) if (bLinks.occupations.has(o.id)) occupation = true;
  let skills = 0;
  for (const s of a.skills) if (bLinks.skills.has(s.id)) skills++;
  return Math.min(T.maxLink, (occupation ? T.sharedOccupation : 0) + (sharedPrecedents > 0 ? T.sharedPrecedent : 0) + Math.min(2, skills) * T.sharedSkill);
}

/** What two candidates share, in words, for the few links a task reports. */
function describeLink(a: TaskEvidence, bLinks: Links, precedents: number): string {
  const occupation = a.occupations.find((o) => bLinks.occupations.has(o.id));
  if (occupation) return `shares occupation "${occupation.name}" with`;
  if (precedents > 0) return `was needed together in ${precedents} past case${precedents > 1 ? "s" : ""} with`;
  const skills = a.skills.filter((s) => bLinks.skills.has(s.id));
  return `shares skill${skills.length > 1 ? "s" : ""} ${skills.slice(0, 2).map((s) => `"${s.name}"`).join(", ")} with`;
}
