/**
 * The shape of the fact signals: which trait each fact of a need moves, by how much, and the
 * thresholds that decide when a fact speaks at all. Stewards curate them in seed/fact-signals.json.
 */
import { z } from "zod";
import { traitId, unitWeight } from "./taxonomy.js";

/**
 * The facts code can detect, each named once. What each does to the trait profile is data;
 * "Stated" signals come from the manager's input, "Read" ones from the text (the reading can be wrong).
 */
export const FACT_SIGNAL_IDS = [
  "ongoingStated",
  "durationWithinYear",
  "durationWithinTwoYears",
  "durationLonger",
  "notOngoingStated",
  "notOngoingRead",
  "ongoingRead",
  "boundedHint",
  "ongoingHint",
  "regulatedStated",
  "regulatedRead",
  "restrictedStated",
  "restrictedRead",
  "confidentialStated",
  "confidentialRead",
  "publicStated",
  "onSiteStated",
  "onSiteRead",
  "remoteStated",
  "remoteRead",
  "outcomeDescribed",
  "continuousCoverage",
  "someOffHours",
  "volume",
  "noInternalSkill",
  "byHand",
  "fixedCadence",
  "internalCandidate",
  "clientControl",
  "shortWithOutcome",
] as const;
export type FactSignalId = (typeof FACT_SIGNAL_IDS)[number];

const source = z.string().trim().min(1).max(600);
/** The coverage the text can state (read in services/intake/reading/factCues.ts). */
export const COVERAGE_KINDS = ["ROUND_THE_CLOCK", "NIGHTS", "EVENINGS", "WEEKENDS", "HOLIDAYS", "ON_CALL", "SHIFTS"] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

const signal = z.strictObject({
  /** Each trait the fact moves and the weight it gives it (0..1). */
  traits: z.array(z.strictObject({ trait: traitId, weight: unitWeight })).min(1),
  /** Where the weights come from: a source, the article, or "stated judgement". */
  source,
});

const threshold = <T extends z.ZodType>(value: T) => z.strictObject({ value, source });

export const factSignalsSchema = z.strictObject({
  thresholds: z.strictObject({
    /** A stated duration up to this many weeks is within a year's budget cycle. */
    withinYearWeeks: threshold(z.number().int().min(1).max(520)),
    /** Up to this many weeks a fixed term is still mostly bounded; beyond it, it behaves like ongoing work. */
    withinTwoYearsWeeks: threshold(z.number().int().min(1).max(520)),
    /** A short engagement, in weeks. */
    shortEngagementWeeks: threshold(z.number().int().min(1).max(104)),
    /** Items per week or month from which the text describes work at volume. */
    volumeItemsPerPeriod: threshold(z.number().int().min(1).max(1_000_000)),
    /** Cover outside the working day that one person's hours cannot hold. */
    offHours: threshold(z.array(z.enum(COVERAGE_KINDS)).min(1)),
    /** How many kinds of off-hours cover make the need continuous (one gives someOffHours). */
    offHoursForContinuous: threshold(z.number().int().min(1).max(4)),
  }),
  signals: z.strictObject(Object.fromEntries(FACT_SIGNAL_IDS.map((id) => [id, signal])) as Record<FactSignalId, typeof signal>),
}).superRefine((s, ctx) => {
  if (s.thresholds.withinTwoYearsWeeks.value < s.thresholds.withinYearWeeks.value) {
    ctx.addIssue({ code: "custom", path: ["thresholds", "withinTwoYearsWeeks", "value"], message: "must not be below withinYearWeeks" });
  }
});
export type FactSignals = z.infer<typeof factSignalsSchema>;
