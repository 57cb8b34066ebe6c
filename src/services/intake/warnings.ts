/**
 * Warnings about a decomposition: nothing matched, too vague, weak matches, not English, an unknown
 * worker type, and stated facts that contradict each other, the text or the matched work.
 */
import type { Retrieval } from "../../domain/evidence.js";
import { type ClauseWords, type DecomposedTask, FACT_TRAITS, type IntakeWarning, type TraitWeight } from "../../domain/intake.js";
import type { NeedFacts, NeedInput } from "../../domain/need.js";
import { INTAKE_TUNING } from "./tuning.js";

export function warningsFor(
  need: NeedInput,
  clauses: readonly ClauseWords[],
  tasks: readonly DecomposedTask[],
  traits: readonly TraitWeight[],
  facts: NeedFacts,
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
  // Stated facts against what the text says (mergeStatedFacts words them, naming both).
  for (const message of facts.contradictions) contradiction(message);
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
