/**
 * A need's facts, resolved once per request: the facts the manager stated win, then what the text
 * says. Intake and recommendation both read the result; nothing reads the text for facts again.
 */
import type { Named, TaskEvidence } from "../../domain/evidence.js";
import { FACT_TRAITS, type TraitSource, type TraitSourceKind, type TraitWeight } from "../../domain/intake.js";
import type { NeedFacts, NeedInput } from "../../domain/need.js";
import { byScoreThenId, round } from "./ranking.js";
import { durationInText, ongoingInText, projectInText } from "./text.js";

export function resolveNeedFacts(need: NeedInput): NeedFacts {
  const textDuration = durationInText(need.text);
  const { ongoing, hoursPerWeek, headcount, startBy, location, remoteAllowed, budget, dataSensitivity, regulated } = need;
  return {
    ongoing,
    hoursPerWeek,
    headcount,
    startBy,
    location,
    remoteAllowed,
    budget,
    dataSensitivity,
    regulated,
    durationWeeks: need.durationWeeks ?? textDuration?.weeks ?? null,
    durationSource: need.durationWeeks !== null ? "FACT" : textDuration ? "TEXT" : null,
    outcomeDescribed: Boolean(need.outcomeDescription),
    textDuration,
    ongoingCue: ongoingInText(need.text),
    projectCue: projectInText(need.text),
  };
}

/**
 * The need's trait profile: the score-weighted mean of its tasks' trait weights, then the facts.
 * A stated fact is about this need, so it overrides what the tasks usually are (a 12-week need is
 * time-bound even if its tasks are usually ongoing); cues read from the text count for less.
 */
export function traitProfile(
  facts: NeedFacts,
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
    facts.durationSource === "TEXT" ? `the text says "${facts.textDuration?.phrase}"` : `durationWeeks = ${facts.durationWeeks}`;
  if (facts.ongoing === true) {
    set(FACT_TRAITS.ongoing, 1, "FACT", "ongoing = true", "override");
    set(FACT_TRAITS.timeBound, 0, "FACT", "ongoing = true", "override");
  } else if (facts.durationWeeks !== null) {
    // Beyond two years a "fixed term" behaves like ongoing work for every practical purpose.
    const bounded = facts.durationWeeks <= 52 ? 1 : facts.durationWeeks <= 104 ? 0.6 : 0.2;
    const mode = durationKind === "FACT" ? "override" : "atLeast";
    set(FACT_TRAITS.timeBound, bounded, durationKind, durationDetail, mode);
    set(FACT_TRAITS.ongoing, Math.round((1 - bounded) * 10) / 10, durationKind, durationDetail, mode === "override" ? "override" : "atMost");
  } else if (facts.ongoing === false) {
    set(FACT_TRAITS.timeBound, 0.8, "FACT", "ongoing = false", "atLeast");
    set(FACT_TRAITS.ongoing, 0.2, "FACT", "ongoing = false", "atMost");
  } else {
    const { ongoingCue, projectCue } = facts;
    if (projectCue) {
      set(FACT_TRAITS.timeBound, 0.6, "TEXT", `the text says "${projectCue}"`, "atLeast");
      set(FACT_TRAITS.outcomeDefined, 0.5, "TEXT", `the text says "${projectCue}"`, "atLeast");
    } else if (ongoingCue) {
      set(FACT_TRAITS.ongoing, 0.7, "TEXT", `the text says "${ongoingCue}"`, "atLeast");
    }
  }
  if (facts.regulated === true) set(FACT_TRAITS.regulated, 1, "FACT", "regulated = true", "override");
  if (facts.dataSensitivity === "RESTRICTED") set(FACT_TRAITS.confidential, 1, "FACT", "dataSensitivity = RESTRICTED", "atLeast");
  if (facts.dataSensitivity === "CONFIDENTIAL") set(FACT_TRAITS.confidential, 0.8, "FACT", "dataSensitivity = CONFIDENTIAL", "atLeast");
  if (facts.dataSensitivity === "PUBLIC") set(FACT_TRAITS.confidential, 0, "FACT", "dataSensitivity = PUBLIC", "override");
  if (facts.remoteAllowed === false) set(FACT_TRAITS.locationBound, 0.8, "FACT", "remoteAllowed = false", "atLeast");
  if (facts.remoteAllowed === true) set(FACT_TRAITS.locationBound, 0.2, "FACT", "remoteAllowed = true", "atMost");
  if (facts.outcomeDescribed) set(FACT_TRAITS.outcomeDefined, 0.7, "FACT", "an outcome is described", "atLeast");

  return [...profile.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(e.weight), sources: e.sources }))
    .filter((t) => t.weight > 0 || t.sources.some((s) => s.kind !== "TASKS"))
    .sort(byScoreThenId((t) => t.weight));
}

