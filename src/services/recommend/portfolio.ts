/**
 * Where the tasks of one need fit different routes: each task scored on its own traits (with the
 * need's facts), grouped by its best route; the share is the task weights' share of the need.
 */
import type { PortfolioPart, RecommendationInput, ScoredOption } from "../../domain/recommendation.js";
import { sum } from "./format.js";
import { scoreAll } from "./options.js";
import { needTraits } from "./recommend.js";

export function portfolio(input: RecommendationInput): PortfolioPart[] {
  const total = sum(input.tasks.map((t) => t.weight)) || 1;
  const parts = new Map<string, { option: ScoredOption; taskIds: string[]; weight: number; scoreMass: number }>();
  for (const task of input.tasks) {
    const single = { ...input, tasks: [task], precedents: [] };
    const best = scoreAll(single, input.facts, needTraits(single)).find((o) => !o.excluded);
    if (!best) continue;
    const key = `${best.workerType.id}|${best.channel.id}`;
    const part = parts.get(key) ?? { option: best, taskIds: [], weight: 0, scoreMass: 0 };
    part.taskIds.push(task.evidence.id);
    part.weight += task.weight;
    part.scoreMass += best.score * task.weight;
    parts.set(key, part);
  }
  return [...parts.values()]
    .map((p) => ({
      workerType: p.option.workerType,
      channel: p.option.channel,
      share: Math.round((p.weight / total) * 1000) / 1000,
      taskIds: p.taskIds,
      score: p.scoreMass / (p.weight || 1),
    }))
    .sort((a, b) => b.share - a.share || a.workerType.id.localeCompare(b.workerType.id));
}
