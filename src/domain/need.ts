/** A moment of need as a manager states it, and the facts it may carry. */
import { z } from "zod";
import { parseInput } from "./input.js";

export const DATA_SENSITIVITY = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITY)[number];

export const NEED_LIMITS = {
  textMax: 10_000,
  titleMax: 200,
  outcomeMax: 2_000,
  locationMax: 100,
  durationWeeksMax: 520,
  hoursPerWeekMax: 80,
  headcountMax: 10_000,
} as const;

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** A moment of need as a manager states it: free text plus whatever facts they know. */
export const needInputSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(NEED_LIMITS.textMax, `must be at most ${NEED_LIMITS.textMax} characters`),
    title: optional(z.string().trim().max(NEED_LIMITS.titleMax)),
    requestedWorkerTypeId: optional(z.string().trim().min(1).max(200)),
    durationWeeks: optional(z.number().positive().max(NEED_LIMITS.durationWeeksMax)),
    ongoing: optional(z.boolean()),
    hoursPerWeek: optional(z.number().positive().max(NEED_LIMITS.hoursPerWeekMax)),
    headcount: optional(z.number().int().min(1).max(NEED_LIMITS.headcountMax)),
    startBy: optional(z.iso.date("must be an ISO date (YYYY-MM-DD)")),
    location: optional(z.string().trim().min(1).max(NEED_LIMITS.locationMax)),
    remoteAllowed: optional(z.boolean()),
    budget: optional(
      z.object({
        amount: z.number().nonnegative().max(1e12),
        currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"),
      }),
    ),
    dataSensitivity: optional(z.enum(DATA_SENSITIVITY)),
    regulated: optional(z.boolean()),
    outcomeDescription: optional(z.string().trim().max(NEED_LIMITS.outcomeMax)),
  })
  .strict();

export type NeedInput = z.infer<typeof needInputSchema>;

/** Validates a need; the error names the first bad field as `input.<field>`. */
export function parseNeedInput(raw: unknown, fieldPrefix = "input"): NeedInput {
  return parseInput(needInputSchema, raw, fieldPrefix);
}

/** The facts as the recommendation uses them: stated ones, and those read from the text. */
export type ResolvedFacts = Readonly<{
  durationWeeks: number | null;
  durationSource: "FACT" | "TEXT" | null;
  ongoing: boolean | null;
}>;

/** Where a fact came from: the input, or the words of the text that state it. */
export const FACT_ORIGINS = ["INPUT", "TEXT"] as const;
export type FactSource = Readonly<{ field: string; origin: (typeof FACT_ORIGINS)[number]; phrase: string | null }>;

/** Work the text rules out, as a phrase and its content words. */
export type RuledOut = Readonly<{ phrase: string; words: readonly string[] }>;

/**
 * Everything intake and recommendation know about a need's circumstances, resolved once: the facts
 * stated in the input win; the text fills the gaps (each such fact with the words that state it).
 */
export type NeedFacts = ResolvedFacts &
  Readonly<{
    ongoingSource: "FACT" | "TEXT" | null;
    /** A hint in the text ("weekly", "project") when neither the input nor the text states the term outright. */
    ongoingHint: Readonly<{ ongoing: boolean; phrase: string }> | null;
    hoursPerWeek: number | null;
    headcount: number | null;
    startBy: string | null;
    location: string | null;
    remoteAllowed: boolean | null;
    remoteSource: "FACT" | "TEXT" | null;
    budget: NeedInput["budget"];
    dataSensitivity: DataSensitivity | null;
    dataSensitivitySource: "FACT" | "TEXT" | null;
    regulated: boolean | null;
    regulatedSource: "FACT" | "TEXT" | null;
    outcomeDescribed: boolean;
    /** Facts only the text states (no input field has them). */
    tenureWeeks: number | null;
    renewals: number | null;
    coverage: readonly string[];
    volumes: ReadonlyArray<Readonly<{ amount: number; items: string; per: string | null }>>;
    control: readonly string[];
    /** The words naming an internal candidate for the work ("one of our analysts could move across"), or null. */
    internalCandidate: string | null;
    /** The words saying nobody inside has the skill ("we have no one who knows it"), or null. */
    noInternalSkill: string | null;
    /** Words saying the work is done by hand, or on a fixed cadence ("each morning"). */
    manualRoutine: Readonly<{ byHand: string | null; cadence: string | null }>;
    regulatedDomains: readonly string[];
    sources: readonly FactSource[];
    /** Where the input and the text disagree, in words naming both. */
    contradictions: readonly string[];
    ruledOut: readonly RuledOut[];
  }>;
