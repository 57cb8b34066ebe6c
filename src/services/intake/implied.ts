/**
 * Implied tasks: the usual work of the occupation a need reads as, that its text does not state. A manager
 * who asks for "a payroll clerk to process timesheets" also needs the clerk's other core tasks; the reader
 * sees them, marked as implied, and the recommendation still rests on the stated work alone.
 */
import type { OccupationTask } from "../../domain/evidence.js";
import type { DecomposedTask, OccupationMatch } from "../../domain/intake.js";
import type { RuledOut } from "../../domain/need.js";
import { taskRuledOut } from "./needFacts.js";
import { round } from "./ranking.js";
import { INTAKE_TUNING } from "./tuning.js";

/**
 * The occupations that lend their usual tasks: the best, when something beyond a loose reading of the text
 * supports it, and those that nearly tie with it.
 */
export function implyingOccupations(occupations: readonly OccupationMatch[]): OccupationMatch[] {
  const T = INTAKE_TUNING;
  const best = occupations[0];
  if (!best) return [];
  const supported = best.taskCount > 0 || best.titleMatch || (best.similarity ?? 0) >= T.impliedMinSimilarity;
  if (!supported) return [];
  return occupations.filter((o) => o.weight >= T.impliedOccupationShare * best.weight).slice(0, T.impliedOccupations);
}

/** How usual a task is for its occupation, 0..1. */
export function typicality(task: Pick<OccupationTask, "importance" | "taskType">): number {
  const T = INTAKE_TUNING;
  if (task.importance !== null) return task.importance;
  if (task.taskType === "Core") return T.coreTypicality;
  if (task.taskType === "Supplemental") return T.supplementalTypicality;
  return T.unratedTypicality;
}

/**
 * The implied tasks of the implying occupations (implyingOccupations, best first), strongest first, at most
 * `room`: a task the text states already, or rules out, is not
 * implied; a task two implying occupations share counts once, at its stronger. Its confidence is the chance
 * that the occupation is right (the fitted `impliedConfidence` for the best, less for a near tie), less for a
 * task its occupation does less often (see `impliedConfidence` in tuning.ts).
 */
export function impliedTasks(
  implyingOccupations: readonly OccupationMatch[],
  statedTasks: readonly Pick<DecomposedTask, "id">[],
  candidates: readonly OccupationTask[],
  ruledOut: readonly RuledOut[],
  room: number,
): DecomposedTask[] {
  const T = INTAKE_TUNING;
  if (room <= 0) return [];
  const implying = new Map(implyingOccupations.map((o, rank) => [o.id, { occupation: o, rank }]));
  const stated = new Set(statedTasks.map((t) => t.id));
  const best = new Map<string, DecomposedTask>();
  for (const task of candidates) {
    const from = implying.get(task.occupationId);
    if (!from || stated.has(task.id)) continue;
    if (taskRuledOut(ruledOut, task)) continue;
    const usual = T.usualWorkShare * (T.impliedTypicalityBase + (1 - T.impliedTypicalityBase) * typicality(task));
    const confidence = T.impliedConfidence * from.occupation.weight * usual;
    // The score a stated task of this confidence has (the inverse of the confidence fit), so the two rank together.
    const score = Math.max(0, T.confidenceMidpoint + Math.log(confidence / (1 - confidence)) / T.confidenceSlope);
    if ((best.get(task.id)?.score ?? -1) >= score) continue;
    best.set(task.id, {
      id: task.id,
      basis: "OCCUPATION",
      name: task.name,
      businessFunction: task.businessFunction,
      score: round(score),
      confidence: round(confidence),
      lexicalScore: 0,
      graphSupport: 0,
      titleMatch: 0,
      evidence: [],
      graphEvidence: [
        `usual work of occupation "${from.occupation.name}" (ranked ${from.rank + 1} for this need), not stated in the text`,
      ],
      ruledOutBy: null,
      occupations: task.occupations,
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, room);
}
