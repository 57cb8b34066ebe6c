/** Quality of decomposition against needs labelled with the seed tasks they are made of: ranks and calibration. */
import type { Bench } from "../lib.js";
import type { Calibrated } from "./metrics.js";

export type LabelledNeed = Readonly<{ text: string; tasks: readonly string[] }>;
export type LabelledQuality = Readonly<{ needs: number; hit1: number; recall5: number; recall10: number; tasks: Calibrated[] }>;

/**
 * Each need decomposed (limit 10) on the bench's graph: the share whose first task is labelled, the mean
 * recall of the labels in the first 5 and 10, and every returned task's score, confidence and rightness.
 */
export async function labelledQuality(b: Bench, needs: readonly LabelledNeed[]): Promise<LabelledQuality> {
  let hit1 = 0, recall5 = 0, recall10 = 0;
  const tasks: Calibrated[] = [];
  for (const need of needs) {
    const { decomposition } = await b.context().services.intake.decompose({ text: need.text }, 10);
    const expected = new Set(need.tasks);
    const right = decomposition.tasks.map((t) => expected.has(t.id));
    if (right[0]) hit1++;
    recall5 += right.slice(0, 5).filter(Boolean).length / expected.size;
    recall10 += right.filter(Boolean).length / expected.size;
    for (const [j, task] of decomposition.tasks.entries()) tasks.push([task.score, task.confidence, right[j]!]);
  }
  const n = needs.length || 1;
  return { needs: needs.length, hit1: hit1 / n, recall5: recall5 / n, recall10: recall10 / n, tasks };
}
