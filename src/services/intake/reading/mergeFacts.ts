/**
 * The need's facts from what the input states and what its text says: input facts win, text fills the
 * gaps with its source shown, and a text fact that contradicts an input fact is a warning naming both.
 */
import type { NeedInput } from "../../../domain/need.js";
import { DATA_SENSITIVITY } from "../../../domain/need.js";
import type { DataSensitivity, Sourced, TextFacts, TextSource } from "./statedFacts.js";

export type FactOrigin = "INPUT" | "TEXT";
/** A fact and where it came from; `source` is the text that says it when the origin is TEXT. */
export type Resolved<T> = Readonly<{ value: T; origin: FactOrigin; source: TextSource | null }>;

export type MergedFacts = Readonly<{
  durationWeeks: Resolved<number> | null;
  ongoing: Resolved<boolean> | null;
  hoursPerWeek: Resolved<number> | null;
  headcount: Resolved<number> | null;
  remoteAllowed: Resolved<boolean> | null;
  dataSensitivity: Resolved<DataSensitivity> | null;
  regulated: Resolved<boolean> | null;
}> &
  TextOnlyFacts;

/** Facts that NeedInput has no field for (yet): they come from the text only. */
export type TextOnlyFacts = Pick<
  TextFacts,
  "tenureWeeks" | "renewals" | "coverage" | "volumes" | "employment" | "workplace" | "regulatedDomains" | "control"
>;

/** Shaped like intake's warnings, so the caller can pass them on as they are. */
export type FactWarning = Readonly<{ code: "CONTRADICTORY_FACTS"; field: string; message: string }>;

/**
 * When two statements of a number disagree enough to be a contradiction, not rounding: a duration off
 * by more than 2 weeks and a quarter, weekly hours off by more than 4 hours and a fifth.
 */
export const FACT_TOLERANCE = { durationWeeks: 2, durationShare: 0.25, hoursPerWeek: 4, hoursShare: 0.2 } as const;
/** Hours at or above which a week is full-time, and below which a "full-time" statement contradicts it. */
export const FULL_TIME_HOURS = 35;
export const PART_TIME_HOURS = 30;
/** A fixed term beyond two years behaves like ongoing work, so "ongoing" contradicts only shorter ones. */
const LONGEST_FIXED_TERM_WEEKS = 104;

const fromInput = <T>(value: T | null): Resolved<T> | null => (value === null ? null : { value, origin: "INPUT", source: null });
const fromText = <T, U = T>(fact: Sourced<T> | null, map?: (v: T) => U): Resolved<U> | null =>
  fact ? { value: map ? map(fact.value) : (fact.value as unknown as U), origin: "TEXT", source: fact.source } : null;
const says = (fact: Sourced<unknown>) => `the text says "${fact.source.phrase}"`;

export function mergeStatedFacts(need: NeedInput, text: TextFacts): { facts: MergedFacts; warnings: FactWarning[] } {
  const warnings: FactWarning[] = [];
  const warn = (field: string, message: string) => warnings.push({ code: "CONTRADICTORY_FACTS", field, message });
  const regulatedText = text.regulatedDomains[0] ?? null;

  if (need.durationWeeks !== null) {
    const stated = text.durationWeeks;
    const tolerance = Math.max(FACT_TOLERANCE.durationWeeks, need.durationWeeks * FACT_TOLERANCE.durationShare);
    if (stated && Math.abs(stated.value - need.durationWeeks) > tolerance) {
      warn("durationWeeks", `durationWeeks = ${need.durationWeeks}, but ${says(stated)} (${stated.value} weeks).`);
    }
    if (text.ongoing?.value === true && need.durationWeeks <= LONGEST_FIXED_TERM_WEEKS) {
      warn("durationWeeks", `durationWeeks = ${need.durationWeeks}, but ${says(text.ongoing)}: is the need ongoing or a fixed term?`);
    }
  }
  if (need.ongoing === true) {
    if (text.durationWeeks && text.durationWeeks.value <= LONGEST_FIXED_TERM_WEEKS) {
      warn("ongoing", `ongoing = true, but ${says(text.durationWeeks)}.`);
    } else if (text.ongoing?.value === false) {
      warn("ongoing", `ongoing = true, but ${says(text.ongoing)}, which describes bounded work.`);
    }
  }
  if (need.ongoing === false && text.ongoing?.value === true) {
    warn("ongoing", `ongoing = false, but ${says(text.ongoing)}, which describes ongoing work.`);
  }
  if (need.hoursPerWeek !== null) {
    const stated = text.hoursPerWeek;
    const tolerance = Math.max(FACT_TOLERANCE.hoursPerWeek, need.hoursPerWeek * FACT_TOLERANCE.hoursShare);
    if (stated && Math.abs(stated.value - need.hoursPerWeek) > tolerance) {
      warn("hoursPerWeek", `hoursPerWeek = ${need.hoursPerWeek}, but ${says(stated)}.`);
    } else if (!stated && text.employment?.value === "PART_TIME" && need.hoursPerWeek >= FULL_TIME_HOURS) {
      warn("hoursPerWeek", `hoursPerWeek = ${need.hoursPerWeek}, but ${says(text.employment)}.`);
    } else if (!stated && text.employment?.value === "FULL_TIME" && need.hoursPerWeek < PART_TIME_HOURS) {
      warn("hoursPerWeek", `hoursPerWeek = ${need.hoursPerWeek}, but ${says(text.employment)}.`);
    }
  }
  if (need.headcount !== null && text.headcount && text.headcount.value !== need.headcount) {
    warn("headcount", `headcount = ${need.headcount}, but ${says(text.headcount)}.`);
  }
  if (need.remoteAllowed === false && text.workplace?.value === "REMOTE") {
    warn("remoteAllowed", `remoteAllowed = false, but ${says(text.workplace)}.`);
  }
  if (need.remoteAllowed === true && text.workplace?.value === "ON_SITE") {
    warn("remoteAllowed", `remoteAllowed = true, but ${says(text.workplace)}.`);
  }
  const textLevel = text.dataSensitivity;
  if (need.dataSensitivity !== null && textLevel && DATA_SENSITIVITY.indexOf(textLevel.value) > DATA_SENSITIVITY.indexOf(need.dataSensitivity)) {
    warn("dataSensitivity", `dataSensitivity = ${need.dataSensitivity}, but ${says(textLevel)}, which is ${textLevel.value} data.`);
  }
  if (need.regulated === false && regulatedText) {
    warn("regulated", `regulated = false, but ${says(regulatedText)} (${regulatedText.value.toLowerCase().replace(/_/gu, " ")}).`);
  }

  const facts: MergedFacts = {
    durationWeeks: fromInput(need.durationWeeks) ?? fromText(text.durationWeeks),
    ongoing: fromInput(need.ongoing) ?? fromText(text.ongoing),
    hoursPerWeek: fromInput(need.hoursPerWeek) ?? fromText(text.hoursPerWeek),
    headcount: fromInput(need.headcount) ?? fromText(text.headcount),
    remoteAllowed: fromInput(need.remoteAllowed) ?? fromText(text.workplace, (w) => w !== "ON_SITE"),
    dataSensitivity: fromInput(need.dataSensitivity) ?? fromText(text.dataSensitivity),
    regulated: fromInput(need.regulated) ?? fromText(regulatedText, () => true),
    tenureWeeks: text.tenureWeeks,
    renewals: text.renewals,
    coverage: text.coverage,
    volumes: text.volumes,
    employment: text.employment,
    workplace: text.workplace,
    regulatedDomains: text.regulatedDomains,
    control: text.control,
  };
  return { facts, warnings };
}
