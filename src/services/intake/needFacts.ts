/**
 * A need's facts, resolved once per request: the facts the manager stated win, then what the text
 * says (each such fact with the words that say it). Intake and recommendation both read the result;
 * nothing reads the text for facts again. Also the trait profile the facts and tasks give.
 */
import type { Named, TaskEvidence } from "../../domain/evidence.js";
import type { FactSignalId, FactSignals } from "../../domain/factSignals.js";
import { FACT_TRAITS, type TraitSource, type TraitSourceKind, type TraitWeight } from "../../domain/intake.js";
import type { FactSource, NeedFacts, NeedInput, RuledOut } from "../../domain/need.js";
import { byScoreThenId, round } from "./ranking.js";
import { TERM_CUES } from "./reading/factCues.js";
import { mergeStatedFacts, type Resolved } from "./reading/mergeFacts.js";
import { readInternalCandidate, readNoInternalSkill } from "./reading/internalCandidate.js";
import { readManualRoutine } from "./reading/manualRoutine.js";
import { negatedShare, RULED_OUT_SHARE } from "./reading/negation.js";
import { readStatedFacts, type Sourced } from "./reading/statedFacts.js";
import { type NeedReading, readNeed } from "./needReading.js";
import { contentWords } from "./text.js";
import { seedFactSignals } from "../../seed/factSignals.js";
import { INTAKE_TUNING } from "./tuning.js";

const RULED_OUT_TRAIT_WEIGHT = INTAKE_TUNING.ruledOutTraitWeight;

const sourceOf = (fact: Resolved<unknown> | null): "FACT" | "TEXT" | null => (fact ? (fact.origin === "INPUT" ? "FACT" : "TEXT") : null);

/** True when the words state the term outright ("permanent", "temporary"), not merely hint at it. */
function saysOutright(fact: Sourced<boolean>): boolean {
  return TERM_CUES.some(([value, strength, cue]) => strength === 2 && value === fact.value && new RegExp(cue.source, "iu").test(fact.source.phrase));
}

/** The phrase of the text that rules out a candidate named by these words, or null. */
export function ruledOutMatch(ruledOut: readonly RuledOut[], candidateWords: readonly string[]): RuledOut | null {
  return ruledOut.find((r) => negatedShare(r, candidateWords) >= RULED_OUT_SHARE) ?? null;
}

/** The phrase of the text that rules out a task, read by its name, keywords and labels, or null. */
export function taskRuledOut(
  ruledOut: readonly RuledOut[],
  task: Readonly<{ name: string; keywords: readonly string[]; altLabels: readonly string[] }>,
): RuledOut | null {
  return ruledOut.length > 0 ? ruledOutMatch(ruledOut, contentWords([task.name, ...task.keywords, ...task.altLabels].join(" "))) : null;
}

/**
 * `reading` is the request's reading of the text (readNeed), `today` the date relative statements
 * ("since 2022") are read against; both are injected so the function stays pure and reads once.
 */
export function resolveNeedFacts(need: NeedInput, reading: NeedReading = readNeed(need), today?: string): NeedFacts {
  const text = readStatedFacts(reading.posting, { today: today ?? null });
  // A hint ("weekly", "project") says how the work usually runs, not how long this need lasts: it
  // moves traits a little but is no fact for rules, nor a contradiction of a stated one.
  const hint = text.ongoing && !saysOutright(text.ongoing) ? text.ongoing : null;
  const { facts, warnings } = mergeStatedFacts(need, hint ? { ...text, ongoing: null } : text);
  const sources: FactSource[] = [];
  for (const [field, fact] of Object.entries(facts)) {
    if (fact && typeof fact === "object" && "origin" in fact) {
      const resolved = fact as Resolved<unknown>;
      sources.push({ field, origin: resolved.origin, phrase: resolved.source?.phrase ?? null });
    }
  }
  for (const [field, list] of [["coverage", facts.coverage], ["volumes", facts.volumes], ["control", facts.control], ["regulatedDomains", facts.regulatedDomains]] as const) {
    for (const item of list) sources.push({ field, origin: "TEXT", phrase: item.source.phrase });
  }
  for (const field of ["tenureWeeks", "renewals"] as const) {
    const fact = facts[field];
    if (fact) sources.push({ field, origin: "TEXT", phrase: fact.source.phrase });
  }
  return {
    durationWeeks: facts.durationWeeks?.value ?? null,
    durationSource: sourceOf(facts.durationWeeks),
    ongoing: facts.ongoing?.value ?? null,
    ongoingSource: sourceOf(facts.ongoing),
    ongoingHint: hint && facts.ongoing === null ? { ongoing: hint.value, phrase: hint.source.phrase } : null,
    hoursPerWeek: facts.hoursPerWeek?.value ?? null,
    headcount: facts.headcount?.value ?? null,
    startBy: need.startBy,
    location: need.location,
    remoteAllowed: facts.remoteAllowed?.value ?? null,
    remoteSource: sourceOf(facts.remoteAllowed),
    budget: need.budget,
    dataSensitivity: facts.dataSensitivity?.value ?? null,
    dataSensitivitySource: sourceOf(facts.dataSensitivity),
    regulated: facts.regulated?.value ?? null,
    regulatedSource: sourceOf(facts.regulated),
    outcomeDescribed: Boolean(need.outcomeDescription),
    tenureWeeks: facts.tenureWeeks?.value ?? null,
    renewals: facts.renewals?.value ?? null,
    coverage: [...new Set(facts.coverage.map((c) => c.value))],
    volumes: facts.volumes.map((v) => v.value),
    control: [...new Set(facts.control.map((c) => c.value))],
    internalCandidate: readInternalCandidate(need.text),
    noInternalSkill: readNoInternalSkill(need.text),
    manualRoutine: readManualRoutine(need.text),
    regulatedDomains: [...new Set(facts.regulatedDomains.map((d) => d.value))],
    sources,
    contradictions: warnings.map((w) => w.message),
    ruledOut: reading.ruledOut.map((r) => ({ phrase: r.text, words: r.words })),
  };
}

type Mode = "override" | "atLeast" | "atMost";
/** Gives a signal's traits their weights; `mode` per trait, since one signal may raise a trait and cap another. */
type Signal = (id: FactSignalId, kind: TraitSourceKind, detail: string, mode?: Mode | ((traitId: string) => Mode)) => void;

/**
 * What the text says about how the work runs, as traits stewards weigh against worker types:
 * coverage hours, volume, who directs the worker, and a short engagement with a deliverable.
 */
function workFacts(facts: NeedFacts, thresholds: FactSignals["thresholds"], says: (field: string) => string, signal: Signal): void {
  const offHoursKinds = new Set<string>(thresholds.offHours.value);
  const offHours = facts.coverage.filter((c) => offHoursKinds.has(c)).length;
  const continuous =
    facts.coverage.includes("ROUND_THE_CLOCK") || facts.coverage.includes("ON_CALL") || offHours >= thresholds.offHoursForContinuous.value;
  if (continuous) signal("continuousCoverage", "TEXT", says("coverage"));
  else if (offHours > 0) signal("someOffHours", "TEXT", says("coverage"));
  if (facts.volumes.some((v) => v.per !== null && v.amount >= thresholds.volumeItemsPerPeriod.value)) signal("volume", "TEXT", says("volumes"));
  if (facts.noInternalSkill) signal("noInternalSkill", "TEXT", `the text says "${facts.noInternalSkill}"`);
  const { byHand, cadence } = facts.manualRoutine;
  if (byHand) signal("byHand", "TEXT", `the text says "${byHand}"`);
  else if (cadence) signal("fixedCadence", "TEXT", `the text says "${cadence}"`);
  if (facts.internalCandidate) signal("internalCandidate", "TEXT", `the text says "${facts.internalCandidate}"`);
  if (facts.control.length > 0) signal("clientControl", "TEXT", says("control"));
  const short = facts.durationWeeks !== null && facts.durationWeeks <= thresholds.shortEngagementWeeks.value && facts.ongoing !== true;
  if (short && facts.outcomeDescribed) signal("shortWithOutcome", "FACT", `durationWeeks = ${facts.durationWeeks} with an outcome described`);
}

/**
 * The need's trait profile: the score-weighted mean of its tasks' trait weights, then the facts,
 * each moving the traits its signal names by the weight stewards gave it (seed/fact-signals.json).
 * A stated fact is about this need, so it overrides what the tasks usually are (a 12-week need is
 * time-bound even if its tasks are usually ongoing); cues read from the text count for less.
 */
export function traitProfile(
  facts: NeedFacts,
  tasks: readonly TaskEvidence[],
  weightOf: Map<string, number>,
  allTraits: readonly Named[],
  signals: FactSignals = seedFactSignals(),
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

  const set = (id: string, weight: number, kind: TraitSourceKind, detail: string, mode: Mode) => {
    const name = names.get(id);
    if (!name) return;
    const entry = profile.get(id) ?? { name, weight: 0, sources: [] };
    entry.weight =
      mode === "override" ? weight : mode === "atLeast" ? Math.max(entry.weight, weight) : Math.min(entry.weight, weight);
    entry.sources.push({ kind, detail, weight });
    profile.set(id, entry);
  };
  const signal: Signal = (id, kind, detail, mode = "atLeast") => {
    for (const t of signals.signals[id].traits) set(t.trait, t.weight, kind, detail, typeof mode === "function" ? mode(t.trait) : mode);
  };
  /** Raises time-bound and caps ongoing (or the reverse): how a reading of the term moves the two. */
  const term = (raised: string) => (traitId: string): Mode => (traitId === raised ? "atLeast" : "atMost");

  const says = (field: string) => `the text says "${facts.sources.find((s) => s.field === field)?.phrase ?? ""}"`;
  const kindOf = (source: "FACT" | "TEXT" | null): TraitSourceKind => (source === "TEXT" ? "TEXT" : "FACT");
  const durationKind = kindOf(facts.durationSource);
  const durationDetail = durationKind === "TEXT" ? says("durationWeeks") : `durationWeeks = ${facts.durationWeeks}`;
  const { thresholds } = signals;
  if (facts.ongoing === true && facts.ongoingSource === "FACT") {
    signal("ongoingStated", "FACT", "ongoing = true", "override");
  } else if (facts.durationWeeks !== null) {
    const band =
      facts.durationWeeks <= thresholds.withinYearWeeks.value
        ? "durationWithinYear"
        : facts.durationWeeks <= thresholds.withinTwoYearsWeeks.value
          ? "durationWithinTwoYears"
          : "durationLonger";
    signal(band, durationKind, durationDetail, durationKind === "FACT" ? "override" : term(FACT_TRAITS.timeBound));
  } else if (facts.ongoing === false && facts.ongoingSource === "FACT") {
    signal("notOngoingStated", "FACT", "ongoing = false", term(FACT_TRAITS.timeBound));
  } else if (facts.ongoing === false) {
    signal("notOngoingRead", "TEXT", says("ongoing"), term(FACT_TRAITS.timeBound));
  } else if (facts.ongoing === true) {
    signal("ongoingRead", "TEXT", says("ongoing"));
  } else if (facts.ongoingHint?.ongoing === false) {
    signal("boundedHint", "TEXT", `the text says "${facts.ongoingHint.phrase}"`);
  } else if (facts.ongoingHint?.ongoing === true) {
    signal("ongoingHint", "TEXT", `the text says "${facts.ongoingHint.phrase}"`);
  }
  // A fact read from the text moves a trait less than the same fact stated: the reading can be wrong.
  const regulated = kindOf(facts.regulatedSource);
  if (facts.regulated === true) {
    if (regulated === "FACT") signal("regulatedStated", "FACT", "regulated = true", "override");
    else signal("regulatedRead", "TEXT", says("regulated"));
  }
  const sensitivity = kindOf(facts.dataSensitivitySource);
  const sensitivityDetail = sensitivity === "TEXT" ? says("dataSensitivity") : `dataSensitivity = ${facts.dataSensitivity}`;
  const stated = sensitivity === "FACT";
  if (facts.dataSensitivity === "RESTRICTED") signal(stated ? "restrictedStated" : "restrictedRead", sensitivity, sensitivityDetail);
  if (facts.dataSensitivity === "CONFIDENTIAL") signal(stated ? "confidentialStated" : "confidentialRead", sensitivity, sensitivityDetail);
  if (facts.dataSensitivity === "PUBLIC" && stated) signal("publicStated", "FACT", sensitivityDetail, "override");
  const remote = kindOf(facts.remoteSource);
  const remoteDetail = remote === "TEXT" ? says("remoteAllowed") : `remoteAllowed = ${facts.remoteAllowed}`;
  if (facts.remoteAllowed === false) signal(remote === "TEXT" ? "onSiteRead" : "onSiteStated", remote, remoteDetail);
  if (facts.remoteAllowed === true) signal(remote === "TEXT" ? "remoteRead" : "remoteStated", remote, remoteDetail, "atMost");
  if (facts.outcomeDescribed) signal("outcomeDescribed", "FACT", "an outcome is described");
  workFacts(facts, thresholds, says, signal);
  // What the text rules out ("not customer-facing") is not part of this need, whatever the tasks usually are.
  for (const [id, name] of names) {
    const ruledOut = ruledOutMatch(facts.ruledOut, contentWords(name));
    if (ruledOut && profile.has(id)) {
      set(id, RULED_OUT_TRAIT_WEIGHT, "TEXT", `the text rules out "${ruledOut.phrase}"`, "atMost");
    }
  }

  return [...profile.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: round(e.weight), sources: e.sources }))
    .filter((t) => t.weight > 0 || t.sources.some((s) => s.kind !== "TASKS"))
    .sort(byScoreThenId((t) => t.weight));
}

