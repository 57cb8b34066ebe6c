/**
 * Inference from the chosen tasks: the skills they need, the outcomes they serve and the occupations
 * they belong to, each weighted by the tasks' scores and relative to the strongest.
 */
import type { Retrieval, TaskEvidence } from "../../domain/evidence.js";
import type { InferredOutcome, InferredSkill, OccupationMatch } from "../../domain/intake.js";
import { byScoreThenId, round } from "./ranking.js";

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

export function inferOccupations(tasks: readonly TaskEvidence[], weightOf: Map<string, number>, titled: Set<string>): OccupationMatch[] {
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
