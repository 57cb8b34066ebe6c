/**
 * Inference from the chosen tasks: the skills they need, the outcomes they serve and the occupations
 * they belong to, each weighted by the tasks' scores and relative to the strongest.
 */
import type { Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { InferredOutcome, InferredSkill, OccupationMatch } from "../../domain/intake.js";
import { RANKING_SCALE, semanticOccupationRanking } from "./candidates.js";
import { byScoreThenId, round } from "./ranking.js";
import { INTAKE_TUNING } from "./tuning.js";

export function inferSkills(tasks: readonly TaskEvidence[], weightOf: Map<string, number>, mentioned: Set<string>): InferredSkill[] {
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

export function inferOutcomes(
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

/**
 * Occupations ranked by three kinds of evidence: the matched tasks they include (score-weighted), how
 * closely their title and description read like the need (sentence vectors), and the title's words.
 * `textMatch` (0..1), the best task's text match, says how much the tasks count: a need that states an
 * occupation's tasks almost word for word names it through them; a need in other words, through its vectors.
 */
export function inferOccupations(
  tasks: readonly TaskEvidence[],
  weightOf: Map<string, number>,
  retrieval: Retrieval,
  textMatch: number,
): OccupationMatch[] {
  const T = INTAKE_TUNING;
  const acc = new Map<string, { name: string; total: number; count: number; semantic: number; similarity: number | null; title: number }>();
  const entry = (id: string, name: string) => {
    const e = acc.get(id) ?? { name, total: 0, count: 0, semantic: 0, similarity: null, title: 0 };
    acc.set(id, e);
    return e;
  };
  for (const task of tasks) {
    for (const occupation of task.occupations) {
      const e = entry(occupation.id, occupation.name);
      e.total += weightOf.get(task.id) ?? 0;
      e.count++;
    }
  }
  for (const hit of semanticOccupationRanking(retrieval, RANKING_SCALE)) {
    const e = entry(hit.id, hit.name);
    e.semantic = hit.strength;
    e.similarity = round(hit.score);
  }
  const topTitle = Math.max(0, ...retrieval.occupationHits.map((o) => o.score));
  for (const hit of retrieval.occupationHits) entry(hit.id, hit.name).title = topTitle ? hit.score / topTitle : 0;
  const topTotal = Math.max(0, ...[...acc.values()].map((e) => e.total));
  const scored = [...acc.entries()].map(([id, e]) => ({
    id,
    e,
    score:
      T.occupationTaskWeight * textMatch ** T.occupationTextMatchPower * (topTotal ? e.total / topTotal : 0) +
      T.occupationSemanticWeight * e.semantic +
      T.occupationTitleWeight * e.title,
  }));
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score > 0)
    .map(({ id, e, score }) => ({
      id,
      name: e.name,
      weight: round(top ? score / top : 0),
      taskCount: e.count,
      titleMatch: e.title > 0,
      similarity: e.similarity,
    }))
    .sort(byScoreThenId((o) => o.weight));
}
