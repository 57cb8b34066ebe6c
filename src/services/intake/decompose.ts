/**
 * Turning retrieved candidates into a decomposition: plain TypeScript over plain data, so it is
 * tested without a database and gives the same numbers whatever the transport.
 */
import type { Named, Retrieval, TaskEvidence } from "../../domain/evidence.js";
import {
  type ClauseWords,
  type DecomposedTask,
  type Decomposition,
  FACT_TRAITS,
  type InferredOutcome,
  type InferredSkill,
  type IntakeWarning,
  type MatchEvidence,
  type OccupationMatch,
  type ResolvedFacts,
  type TraitSource,
  type TraitSourceKind,
  type TraitWeight,
} from "../../domain/intake.js";
import type { NeedInput } from "../../domain/need.js";
import { durationInText, matchedPhrases, ongoingInText, projectInText, sharedWords, stem, workWords } from "./text.js";

export const DECOMPOSITION_VERSION = "intake-1";

/**
 * The tuning constants of intake, in one place. They were set by hand on the seed's example needs and
 * checked on O*NET (npm run bench:decompose); change them there, with the benchmark, not piecemeal.
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

const round = (x: number) => Math.round(x * 1000) / 1000;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const byScoreThenId = <T extends { id: string }>(score: (t: T) => number) => (a: T, b: T) =>
  score(b) - score(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function decompose(
  need: NeedInput,
  clauses: readonly ClauseWords[],
  retrieval: Retrieval,
  evidence: readonly TaskEvidence[],
  limit: number,
  titleStated = need.title !== null,
): Decomposition {
  const T = INTAKE_TUNING;
  const byId = new Map(evidence.map((e) => [e.id, e]));

  // Text match: per clause, how much of the clause the task covers, scaled by its rank in that clause.
  const topInClause = new Map<number, number>();
  for (const hit of retrieval.taskHits) topInClause.set(hit.clause, Math.max(topInClause.get(hit.clause) ?? 0, hit.score));
  const perTask = new Map<string, MatchEvidence[]>();
  for (const hit of retrieval.taskHits) {
    const task = byId.get(hit.id);
    const clause = clauses[hit.clause];
    if (!task || !clause) continue;
    const taskText = [task.name, task.description, ...task.keywords, ...task.altLabels].join(" ");
    const words = sharedWords(clause.words, taskText);
    const coverage = words.length / new Set(clause.words.map(stem)).size;
    // Lucene's own score carries what coverage cannot: rare words ("payroll") count for more than common ones.
    const absolute = hit.score / (hit.score + T.luceneHalfScore);
    const relative = hit.score / (topInClause.get(hit.clause) || 1);
    const shortClause = Math.min(1, 0.5 + 0.25 * clause.words.length);
    const strength = (0.5 * coverage + 0.5 * absolute) * (0.7 + 0.3 * relative) * shortClause;
    if (strength <= 0) continue;
    const phrases = matchedPhrases(clause.words, [task.name, ...task.keywords, ...task.altLabels]);
    const list = perTask.get(hit.id) ?? [];
    list.push({ clause: clause.text, phrases, words, strength: round(strength) });
    perTask.set(hit.id, list);
  }
  const lexical = new Map<string, number>();
  for (const [id, matches] of perTask) {
    const strengths = matches.map((m) => m.strength).sort((a, b) => b - a);
    const extra = strengths.slice(1).filter((s) => s >= 0.5).length * T.extraClauseBonus;
    lexical.set(id, Math.min(1, strengths[0]! + extra));
  }

  // A job title that names an occupation lends its tasks a prior.
  const topOccupation = Math.max(0, ...retrieval.occupationHits.map((o) => o.score));
  const clauseWordCount = new Set(clauses.flatMap((c) => c.words)).size;
  const titleWeight = clauseWordCount <= T.shortNeedWords ? T.shortNeedTitleWeight : T.titleWeight;
  const titlePrior = new Map<string, { weight: number; occupation: string }>();
  for (const occupation of retrieval.occupationHits) {
    const weight =
      (occupation.score / topOccupation) *
      (occupation.score / (occupation.score + 1)) *
      (titleStated || clauseWordCount <= T.shortNeedWords ? 1 : T.impliedTitleFactor);
    for (const taskId of occupation.taskIds) {
      if ((titlePrior.get(taskId)?.weight ?? 0) < weight) titlePrior.set(taskId, { weight, occupation: occupation.name });
    }
  }

  // Graph support: candidates that share occupations, precedents or skills with other strong candidates.
  const candidates = evidence.filter((e) => lexical.has(e.id) || titlePrior.has(e.id));
  const strengthOf = (id: string) => Math.max(lexical.get(id) ?? 0, titlePrior.get(id)?.weight ?? 0);
  const mentionedSkills = new Set(retrieval.skillHits.map((s) => s.id));
  const links = new Map(candidates.map((c) => [c.id, linksOf(c)]));
  // Which candidates each precedent involves, so shared precedents are counted once per task, not per pair.
  const byPrecedent = new Map<string, string[]>();
  for (const c of candidates) for (const p of links.get(c.id)!.precedents) byPrecedent.set(p, [...(byPrecedent.get(p) ?? []), c.id]);
  const scored = candidates.map((task) => {
    const sharedCases = new Map<string, number>();
    for (const p of links.get(task.id)!.precedents) {
      for (const other of byPrecedent.get(p)!) sharedCases.set(other, (sharedCases.get(other) ?? 0) + 1);
    }
    const neighbours: Array<{ other: TaskEvidence; link: Link; weight: number }> = [];
    for (const other of candidates) {
      if (other.id === task.id) continue;
      const link = linkBetween(task, links.get(other.id)!, sharedCases.get(other.id) ?? 0);
      // Squared, so one strong neighbour counts for more than several weak ones.
      if (link.value > 0) neighbours.push({ other, link, weight: strengthOf(other.id) ** 2 * link.value });
    }
    const strongest = neighbours
      .sort((a, b) => b.weight - a.weight || (a.other.id < b.other.id ? -1 : 1))
      .slice(0, T.supportLinks);
    const total = strongest.reduce((sum, n) => sum + n.weight, 0);
    const support = 1 - Math.exp(-total / T.supportScale);
    const lex = lexical.get(task.id) ?? 0;
    const prior = titlePrior.get(task.id);
    const score = Math.min(1, T.lexicalWeight * lex + T.supportWeight * support + titleWeight * (prior?.weight ?? 0));
    const graphEvidence = strongest.map((n) => `${describeLink(n.link)} "${n.other.name}"`);
    if (prior) graphEvidence.unshift(`belongs to occupation "${prior.occupation}" named in the need`);
    const skills = task.skills.filter((s) => mentionedSkills.has(s.id)).map((s) => s.name);
    if (skills.length > 0) graphEvidence.push(`requires ${skills.map((s) => `"${s}"`).join(", ")}, mentioned in the need`);
    return { task, lex, support, prior: prior?.weight ?? 0, score, graphEvidence };
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
    evidence: (perTask.get(s.task.id) ?? []).sort((a, b) => b.strength - a.strength),
    graphEvidence: s.graphEvidence,
    occupations: s.task.occupations,
  }));

  const chosen = kept.map((s) => s.task);
  const weightOf = new Map(tasks.map((t) => [t.id, t.score]));
  const facts = resolveFacts(need);
  const traits = traitProfile(need, facts, chosen, weightOf, retrieval.traits);
  return {
    version: DECOMPOSITION_VERSION,
    tasks,
    skills: inferSkills(chosen, weightOf, mentionedSkills),
    outcomes: inferOutcomes(chosen, weightOf, retrieval.outcomeHits),
    traits,
    occupations: inferOccupations(chosen, weightOf, new Set(retrieval.occupationHits.map((o) => o.id))),
    warnings: warningsFor(need, clauses, tasks, traits, facts, retrieval),
    facts,
    requestedWorkerType: retrieval.requestedWorkerType,
    taskEvidence: chosen,
  };
}

/** What a candidate shares with others, as sets built once, not per pair. */
type Links = Readonly<{ occupations: Set<string>; precedents: Set<string>; skills: Set<string> }>;

function linksOf(task: TaskEvidence): Links {
  return {
    occupations: new Set(task.occupations.map((o) => o.id)),
    precedents: new Set(task.precedentIds),
    skills: new Set(task.skills.map((s) => s.id)),
  };
}

/** What two candidates share, and how strongly that makes them support each other. */
type Link = Readonly<{ value: number; occupation: Named | undefined; precedents: number; skills: Named[] }>;

function linkBetween(a: TaskEvidence, bLinks: Links, sharedPrecedents: number): Link {
  const T = INTAKE_TUNING;
  const occupation = a.occupations.find((o) => bLinks.occupations.has(o.id));
  const skills = a.skills.filter((s) => bLinks.skills.has(s.id));
  const value = Math.min(
    T.maxLink,
    (occupation ? T.sharedOccupation : 0) + (sharedPrecedents > 0 ? T.sharedPrecedent : 0) + Math.min(2, skills.length) * T.sharedSkill,
  );
  return { value, occupation, precedents: sharedPrecedents, skills };
}

function describeLink({ occupation, precedents, skills }: Link): string {
  if (occupation) return `shares occupation "${occupation.name}" with`;
  if (precedents > 0) return `was needed together in ${precedents} past case${precedents > 1 ? "s" : ""} with`;
  return `shares skill${skills.length > 1 ? "s" : ""} ${skills.slice(0, 2).map((s) => `"${s.name}"`).join(", ")} with`;
}

function inferSkills(tasks: readonly TaskEvidence[], weightOf: Map<string, number>, mentioned: Set<string>): InferredSkill[] {
  const acc = new Map<string, { name: string; total: number; from: string[] }>();
  for (const task of tasks) {
    for (const skill of task.skills) {
      const entry = acc.get(skill.id) ?? { name: skill.name, total: 0, from: [] };
      entry.total += (weightOf.get(task.id) ?? 0) * skill.importance;
      entry.from.push(task.id);
      acc.set(skill.id, entry);
    }
  }
  const top = Math.max(0, ...[...acc.values()].map((e) => e.total));
  return [...acc.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(top ? e.total / top : 0), mentioned: mentioned.has(id), fromTasks: e.from }))
    .sort(byScoreThenId((s) => s.weight + (s.mentioned ? 1 : 0)));
}

function inferOutcomes(
  tasks: readonly TaskEvidence[],
  weightOf: Map<string, number>,
  described: Retrieval["outcomeHits"],
): InferredOutcome[] {
  const acc = new Map<string, { name: string; total: number; from: string[] }>();
  for (const task of tasks) {
    for (const outcome of task.outcomes) {
      const entry = acc.get(outcome.id) ?? { name: outcome.name, total: 0, from: [] };
      entry.total += weightOf.get(task.id) ?? 0;
      entry.from.push(task.id);
      acc.set(outcome.id, entry);
    }
  }
  const topDescribed = Math.max(0, ...described.map((d) => d.score));
  for (const hit of described) {
    const entry = acc.get(hit.id) ?? { name: hit.name, total: 0, from: [] };
    entry.total += hit.score / (topDescribed || 1);
    acc.set(hit.id, entry);
  }
  const describedIds = new Set(described.map((d) => d.id));
  const top = Math.max(0, ...[...acc.values()].map((e) => e.total));
  return [...acc.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(top ? e.total / top : 0), described: describedIds.has(id), fromTasks: e.from }))
    .sort(byScoreThenId((o) => o.weight));
}

function inferOccupations(tasks: readonly TaskEvidence[], weightOf: Map<string, number>, titled: Set<string>): OccupationMatch[] {
  const acc = new Map<string, { name: string; total: number; count: number }>();
  for (const task of tasks) {
    for (const occupation of task.occupations) {
      const entry = acc.get(occupation.id) ?? { name: occupation.name, total: 0, count: 0 };
      entry.total += weightOf.get(task.id) ?? 0;
      entry.count++;
      acc.set(occupation.id, entry);
    }
  }
  const top = Math.max(0, ...[...acc.values()].map((e) => e.total));
  return [...acc.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(top ? e.total / top : 0), taskCount: e.count, titleMatch: titled.has(id) }))
    .sort(byScoreThenId((o) => o.weight));
}

export function resolveFacts(need: NeedInput): ResolvedFacts {
  if (need.durationWeeks !== null) return { durationWeeks: need.durationWeeks, durationSource: "FACT", ongoing: need.ongoing };
  const stated = durationInText(need.text);
  return stated
    ? { durationWeeks: stated.weeks, durationSource: "TEXT", ongoing: need.ongoing }
    : { durationWeeks: null, durationSource: null, ongoing: need.ongoing };
}

/**
 * The need's trait profile: the score-weighted mean of its tasks' trait weights, then the facts.
 * A stated fact is about this need, so it overrides what the tasks usually are (a 12-week need is
 * time-bound even if its tasks are usually ongoing); cues read from the text count for less.
 */
export function traitProfile(
  need: NeedInput,
  facts: ResolvedFacts,
  tasks: readonly TaskEvidence[],
  weightOf: Map<string, number>,
  allTraits: readonly Named[],
): TraitWeight[] {
  const names = new Map(allTraits.map((t) => [t.id, t.name]));
  const total = tasks.reduce((sum, t) => sum + (weightOf.get(t.id) ?? 0), 0);
  const profile = new Map<string, { name: string; weight: number; sources: TraitSource[] }>();
  for (const task of tasks) {
    for (const trait of task.traits) {
      const entry = profile.get(trait.id) ?? { name: trait.name, weight: 0, sources: [] };
      entry.weight += total ? ((weightOf.get(task.id) ?? 0) * trait.weight) / total : 0;
      profile.set(trait.id, entry);
    }
  }
  for (const entry of profile.values()) {
    entry.sources.push({ kind: "TASKS", detail: "score-weighted mean over the matched tasks", weight: round(entry.weight) });
  }

  const set = (id: string, weight: number, kind: TraitSourceKind, detail: string, mode: "override" | "atLeast" | "atMost") => {
    const name = names.get(id);
    if (!name) return;
    const entry = profile.get(id) ?? { name, weight: 0, sources: [] };
    entry.weight =
      mode === "override" ? weight : mode === "atLeast" ? Math.max(entry.weight, weight) : Math.min(entry.weight, weight);
    entry.sources.push({ kind, detail, weight });
    profile.set(id, entry);
  };

  const durationKind: TraitSourceKind = facts.durationSource === "TEXT" ? "TEXT" : "FACT";
  const durationDetail =
    facts.durationSource === "TEXT" ? `the text says "${durationInText(need.text)?.phrase}"` : `durationWeeks = ${facts.durationWeeks}`;
  if (need.ongoing === true) {
    set(FACT_TRAITS.ongoing, 1, "FACT", "ongoing = true", "override");
    set(FACT_TRAITS.timeBound, 0, "FACT", "ongoing = true", "override");
  } else if (facts.durationWeeks !== null) {
    // Beyond two years a "fixed term" behaves like ongoing work for every practical purpose.
    const bounded = facts.durationWeeks <= 52 ? 1 : facts.durationWeeks <= 104 ? 0.6 : 0.2;
    const mode = durationKind === "FACT" ? "override" : "atLeast";
    set(FACT_TRAITS.timeBound, bounded, durationKind, durationDetail, mode);
    set(FACT_TRAITS.ongoing, Math.round((1 - bounded) * 10) / 10, durationKind, durationDetail, mode === "override" ? "override" : "atMost");
  } else if (need.ongoing === false) {
    set(FACT_TRAITS.timeBound, 0.8, "FACT", "ongoing = false", "atLeast");
    set(FACT_TRAITS.ongoing, 0.2, "FACT", "ongoing = false", "atMost");
  } else {
    const ongoingCue = ongoingInText(need.text);
    const projectCue = projectInText(need.text);
    if (projectCue) {
      set(FACT_TRAITS.timeBound, 0.6, "TEXT", `the text says "${projectCue}"`, "atLeast");
      set(FACT_TRAITS.outcomeDefined, 0.5, "TEXT", `the text says "${projectCue}"`, "atLeast");
    } else if (ongoingCue) {
      set(FACT_TRAITS.ongoing, 0.7, "TEXT", `the text says "${ongoingCue}"`, "atLeast");
    }
  }
  if (need.regulated === true) set(FACT_TRAITS.regulated, 1, "FACT", "regulated = true", "override");
  if (need.dataSensitivity === "RESTRICTED") set(FACT_TRAITS.confidential, 1, "FACT", "dataSensitivity = RESTRICTED", "atLeast");
  if (need.dataSensitivity === "CONFIDENTIAL") set(FACT_TRAITS.confidential, 0.8, "FACT", "dataSensitivity = CONFIDENTIAL", "atLeast");
  if (need.dataSensitivity === "PUBLIC") set(FACT_TRAITS.confidential, 0, "FACT", "dataSensitivity = PUBLIC", "override");
  if (need.remoteAllowed === false) set(FACT_TRAITS.locationBound, 0.8, "FACT", "remoteAllowed = false", "atLeast");
  if (need.remoteAllowed === true) set(FACT_TRAITS.locationBound, 0.2, "FACT", "remoteAllowed = true", "atMost");
  if (need.outcomeDescription) set(FACT_TRAITS.outcomeDefined, 0.7, "FACT", "an outcome is described", "atLeast");

  return [...profile.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(e.weight), sources: e.sources }))
    .filter((t) => t.weight > 0 || t.sources.some((s) => s.kind !== "TASKS"))
    .sort(byScoreThenId((t) => t.weight));
}

function warningsFor(
  need: NeedInput,
  clauses: readonly ClauseWords[],
  tasks: readonly DecomposedTask[],
  traits: readonly TraitWeight[],
  facts: ResolvedFacts,
  retrieval: Retrieval,
): IntakeWarning[] {
  const T = INTAKE_TUNING;
  const warnings: IntakeWarning[] = [];
  const words = new Set(clauses.flatMap((c) => c.words));
  const letters = need.text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /[a-z]/i.test(c)).length;
  if (tasks.length === 0) {
    warnings.push({
      code: "NOTHING_MATCHED",
      message: "No task in the taxonomy matches this need. Describe the work itself: what is done, with what, for whom.",
    });
    if (letters.length > 0 && latin / letters.length < 0.5) {
      warnings.push({ code: "NOT_ENGLISH", message: "The text seems not to be in English, the language of the taxonomy." });
    }
  } else if (Math.max(...tasks.map((t) => t.confidence)) < 0.5) {
    warnings.push({ code: "LOW_CONFIDENCE", message: "The best matches are weak; check the tasks before relying on them." });
  }
  if (words.size < T.vagueWords && retrieval.occupationHits.length === 0) {
    warnings.push({
      code: "TOO_VAGUE",
      message: `The need says little about the work (${words.size} meaningful word${words.size === 1 ? "" : "s"}); add what is to be done.`,
    });
  }
  if (need.requestedWorkerTypeId && !retrieval.requestedWorkerType) {
    warnings.push({ code: "UNKNOWN_WORKER_TYPE", message: `No worker type has the id "${need.requestedWorkerTypeId}".` });
  }
  const contradiction = (message: string) => warnings.push({ code: "CONTRADICTORY_FACTS", message });
  if (need.ongoing === true && need.durationWeeks !== null && need.durationWeeks <= 52) {
    contradiction(`ongoing = true, but durationWeeks = ${need.durationWeeks}: is the need ongoing or a fixed term?`);
  }
  const textDuration = durationInText(need.text);
  if (need.durationWeeks !== null && textDuration && Math.abs(textDuration.weeks - need.durationWeeks) > Math.max(2, need.durationWeeks * 0.25)) {
    contradiction(`durationWeeks = ${need.durationWeeks}, but the text says "${textDuration.phrase}".`);
  }
  if (need.ongoing === true && facts.durationSource === null && projectInText(need.text)) {
    contradiction(`ongoing = true, but the text describes a project ("${projectInText(need.text)}").`);
  }
  const fromTasks = (id: string) => traits.find((t) => t.id === id)?.sources.find((s) => s.kind === "TASKS")?.weight ?? 0;
  if (need.regulated === false && fromTasks(FACT_TRAITS.regulated) >= 0.6) {
    contradiction("regulated = false, but the matched tasks are usually regulated work.");
  }
  if (need.dataSensitivity === "PUBLIC" && fromTasks(FACT_TRAITS.confidential) >= 0.6) {
    contradiction("dataSensitivity = PUBLIC, but the matched tasks usually handle confidential data.");
  }
  if (need.remoteAllowed === true && fromTasks(FACT_TRAITS.physical) >= 0.6) {
    contradiction("remoteAllowed = true, but the matched tasks are physical work on site.");
  }
  if (need.budget && need.budget.amount === 0) contradiction("The budget is zero.");
  return warnings;
}

/** The clauses of a need as intake searches them: text plus the words that describe the work. */
export function clauseWords(parts: readonly string[]): ClauseWords[] {
  return parts.map((text) => ({ text, words: workWords(text) }));
}
