/** Task traits derived from O*NET data by a small, explainable mapping. */
import { round } from "./ids.js";

/**
 * Task traits derived from O*NET data. O*NET does not rate tasks on our traits, so this is a
 * deliberately small, explainable mapping, never a model: a task shows a trait with the highest
 * weight any of these signals gives it.
 *
 * 1. Work activities. Every task is linked to detailed work activities (DWAs), each under one of
 *    O*NET's ~40 generalised work activities (GWAs). A GWA says what kind of work the task is;
 *    GWA_TRAITS below maps each GWA to the traits that kind of work implies. A task with DWAs but
 *    none under "Interacting with Others" (4.A.4) is also somewhat independent.
 * 2. Frequency (the ratings file, occurrences per workday): a task done daily or more is ongoing and,
 *    the more often it recurs, repetitive; a task done at least weekly is somewhat ongoing.
 * 3. Exposure (GPTs-are-GPTs, GPT-4 rubric): a task an LLM could speed up (E1, or E2 with tools) works
 *    on information in digital form; a task rated mostly or fully automatable (T3, T4) follows rules.
 *
 * Weights are in 0..1: 0.8-0.9 for what the activity is by definition, 0.5-0.7 for what it usually
 * implies, 0.3-0.4 for a hint.
 */

export type TraitWeight = Readonly<{ trait: TraitId; weight: number }>;

/** Trait ids of the seed (seed/traits.json); the importer MERGEs them so an un-seeded graph works too. */
export const TRAIT_IDS = [
  "trait:repetitive",
  "trait:variable",
  "trait:interactive",
  "trait:independent",
  "trait:physical",
  "trait:cognitive",
  "trait:confidential",
  "trait:regulated",
  "trait:location-bound",
  "trait:specialist",
  "trait:core-strategic",
  "trait:ongoing",
  "trait:rule-based",
  "trait:creative",
  "trait:customer-facing",
  "trait:judgement",
  "trait:digital",
] as const;
export type TraitId = (typeof TRAIT_IDS)[number];

type Short = TraitId extends `trait:${infer S}` ? S : never;
const w = (entries: Partial<Record<Short, number>>): TraitWeight[] =>
  Object.entries(entries).map(([trait, weight]) => ({ trait: `trait:${trait}` as TraitId, weight: weight! }));

/** Generalised work activity (O*NET element id) -> the traits that kind of work implies. */
export const GWA_TRAITS: Readonly<Record<string, readonly TraitWeight[]>> = {
  // Information input
  "4.A.1.a.1": w({ cognitive: 0.4 }), // Getting Information
  "4.A.1.a.2": w({ ongoing: 0.5 }), // Monitoring Processes, Materials, or Surroundings: watching never ends
  "4.A.1.b.1": w({ cognitive: 0.3 }), // Identifying Objects, Actions, and Events
  "4.A.1.b.2": w({ physical: 0.6, "location-bound": 0.7, "rule-based": 0.4 }), // Inspecting Equipment, Structures, or Materials: on site, against a checklist
  "4.A.1.b.3": w({ cognitive: 0.5 }), // Estimating the Quantifiable Characteristics of Products, Events, or Information
  // Mental processes
  "4.A.2.a.1": w({ judgement: 0.6 }), // Judging the Qualities of Objects, Services, or People
  "4.A.2.a.2": w({ "rule-based": 0.6, repetitive: 0.5, digital: 0.4 }), // Processing Information: compiling, coding, tabulating
  "4.A.2.a.3": w({ regulated: 0.7, "rule-based": 0.5 }), // Evaluating Information to Determine Compliance with Standards
  "4.A.2.a.4": w({ cognitive: 0.8 }), // Analyzing Data or Information
  "4.A.2.b.1": w({ judgement: 0.8, cognitive: 0.6, variable: 0.5 }), // Making Decisions and Solving Problems
  "4.A.2.b.2": w({ creative: 0.9, variable: 0.5 }), // Thinking Creatively
  "4.A.2.b.3": w({ specialist: 0.5, cognitive: 0.5 }), // Updating and Using Relevant Knowledge
  "4.A.2.b.4": w({ "core-strategic": 0.8, judgement: 0.6 }), // Developing Objectives and Strategies
  "4.A.2.b.5": w({ "rule-based": 0.4, ongoing: 0.4 }), // Scheduling Work and Activities
  "4.A.2.b.6": w({ cognitive: 0.4 }), // Organizing, Planning, and Prioritizing Work
  // Work output
  "4.A.3.a.1": w({ physical: 0.9, "location-bound": 0.8 }), // Performing General Physical Activities
  "4.A.3.a.2": w({ physical: 0.9, "location-bound": 0.8 }), // Handling and Moving Objects
  "4.A.3.a.3": w({ physical: 0.7, "location-bound": 0.8, "rule-based": 0.4 }), // Controlling Machines and Processes
  "4.A.3.a.4": w({ physical: 0.8, "location-bound": 0.8 }), // Operating Vehicles, Mechanized Devices, or Equipment
  "4.A.3.b.1": w({ digital: 0.8 }), // Working with Computers
  "4.A.3.b.2": w({ specialist: 0.6, cognitive: 0.4 }), // Drafting, Laying Out, and Specifying Technical Devices
  "4.A.3.b.4": w({ physical: 0.8, "location-bound": 0.8, specialist: 0.5 }), // Repairing and Maintaining Mechanical Equipment
  "4.A.3.b.5": w({ physical: 0.6, "location-bound": 0.7, specialist: 0.5 }), // Repairing and Maintaining Electronic Equipment
  "4.A.3.b.6": w({ "rule-based": 0.6, repetitive: 0.6, digital: 0.3 }), // Documenting/Recording Information
  // Interacting with others
  "4.A.4.a.1": w({ cognitive: 0.5, interactive: 0.4 }), // Interpreting the Meaning of Information for Others
  "4.A.4.a.2": w({ interactive: 0.7 }), // Communicating with Supervisors, Peers, or Subordinates
  "4.A.4.a.3": w({ interactive: 0.7, "customer-facing": 0.5 }), // Communicating with People Outside the Organization
  "4.A.4.a.4": w({ interactive: 0.8, "customer-facing": 0.4 }), // Establishing and Maintaining Interpersonal Relationships
  "4.A.4.a.5": w({ "customer-facing": 0.8, interactive: 0.7, "location-bound": 0.5 }), // Assisting and Caring for Others: in person
  "4.A.4.a.6": w({ "customer-facing": 0.8, interactive: 0.7 }), // Selling or Influencing Others
  "4.A.4.a.7": w({ interactive: 0.8, judgement: 0.7 }), // Resolving Conflicts and Negotiating with Others
  "4.A.4.a.8": w({ "customer-facing": 0.9, interactive: 0.8 }), // Performing for or Working Directly with the Public
  "4.A.4.b.1": w({ interactive: 0.7, ongoing: 0.3 }), // Coordinating the Work and Activities of Others
  "4.A.4.b.2": w({ interactive: 0.7 }), // Developing and Building Teams
  "4.A.4.b.3": w({ interactive: 0.7, specialist: 0.4 }), // Training and Teaching Others
  "4.A.4.b.4": w({ interactive: 0.7, judgement: 0.6, "core-strategic": 0.3 }), // Guiding, Directing, and Motivating Subordinates
  "4.A.4.b.5": w({ interactive: 0.7 }), // Coaching and Developing Others
  "4.A.4.b.6": w({ specialist: 0.7, interactive: 0.5, judgement: 0.5 }), // Providing Consultation and Advice to Others
  "4.A.4.c.1": w({ "rule-based": 0.6, repetitive: 0.5, ongoing: 0.5 }), // Performing Administrative Activities
  "4.A.4.c.2": w({ confidential: 0.6, interactive: 0.5, judgement: 0.5 }), // Staffing Organizational Units: candidates' personal data
  "4.A.4.c.3": w({ ongoing: 0.5, confidential: 0.4, "rule-based": 0.4 }), // Monitoring and Controlling Resources: budgets and spending
};

const INTERACTING_WITH_OTHERS = "4.A.4.";
const INDEPENDENT_WEIGHT = 0.3;

/** Occurrences per workday at which a task counts as daily, and as at least weekly. */
const DAILY = 1;
const WEEKLY = 52 / 260;

export type TraitSignals = Readonly<{
  /** GWAs above the task's DWAs (empty when the task has no DWA links). */
  gwas: readonly string[];
  /** Expected occurrences per workday, from the ratings file (null when not rated). */
  frequencyPerDay: number | null;
  /** GPT-4 exposure label and automation level (null without --exposure or when not labelled). */
  exposure: "E0" | "E1" | "E2" | null;
  automation: "T0" | "T1" | "T2" | "T3" | "T4" | null;
}>;

export function deriveTraits(signals: TraitSignals): TraitWeight[] {
  const weights = new Map<TraitId, number>();
  const add = (trait: TraitId, weight: number) => weights.set(trait, Math.max(weights.get(trait) ?? 0, weight));

  for (const gwa of signals.gwas) for (const { trait, weight } of GWA_TRAITS[gwa] ?? []) add(trait, weight);
  if (signals.gwas.length > 0 && !signals.gwas.some((g) => g.startsWith(INTERACTING_WITH_OTHERS))) {
    add("trait:independent", INDEPENDENT_WEIGHT);
  }

  const f = signals.frequencyPerDay;
  if (f !== null && f >= DAILY) {
    add("trait:ongoing", 0.6);
    // Once a day -> 0.3, twice -> 0.5, four times -> 0.7, hourly (8) -> 0.9.
    add("trait:repetitive", Math.min(0.9, 0.3 + 0.2 * Math.log2(f)));
  } else if (f !== null && f >= WEEKLY) {
    add("trait:ongoing", 0.4);
  }

  if (signals.exposure === "E1") add("trait:digital", 0.5);
  if (signals.exposure === "E2") add("trait:digital", 0.3);
  if (signals.automation === "T3") add("trait:rule-based", 0.4);
  if (signals.automation === "T4") {
    add("trait:rule-based", 0.6);
    add("trait:repetitive", 0.4);
  }

  return [...weights]
    .map(([trait, weight]) => ({ trait, weight: round(weight, 2) }))
    .sort((a, b) => a.trait.localeCompare(b.trait));
}

/** The paper's beta convention: E1 counts fully, E2 (exposed only with extra tools) half. */
export const EXPOSURE_SCORE = { E0: 0, E1: 1, E2: 0.5 } as const;
/** T0 (no automation) .. T4 (full automation), as the paper's `automation` = T/4. */
export const AUTOMATION_SCORE = { T0: 0, T1: 0.25, T2: 0.5, T3: 0.75, T4: 1 } as const;
