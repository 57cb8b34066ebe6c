/**
 * The vocabulary of the decision loop: routes advised and decided, an outcome as rated afterwards,
 * the filters over decisions and the sums their statistics are made of.
 */
import { z } from "zod";

export type Route = Readonly<{ workerTypeId: string; channelId: string }>;
export type ScoredRoute = Route & Readonly<{ score: number }>;

/** One line of the stored snapshot; `rank` is null for an option a rule excluded. */
export type AdvisedOption = ScoredRoute & Readonly<{ rank: number | null; excluded: boolean }>;

const text = z.string().trim().min(1);
/** An id as a client sends it: trimmed, never empty, never huge. */
export const idInput = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");

/** How a decision turned out; the same ranges for a seeded precedent and a recorded outcome. */
export const precedentOutcome = z.strictObject({
  /** 1 (poor) to 5 (excellent), as rated by the hiring manager after the work. */
  rating: z.number().int().min(1).max(5),
  /** Actual cost against plan, in percent (+25 means 25% over budget). */
  costVariancePct: z.number().min(-100).max(1000),
  daysToStart: z.number().int().min(0).max(730),
  needChanged: z.boolean(),
  issues: z.array(text.max(200)).max(20).default([]),
  notes: text.max(2000),
});

export type Outcome = z.infer<typeof precedentOutcome>;
export type MatchedTaskFunction = Readonly<{ rank: number; businessFunction: string | null }>;

export const decisionFilterSchema = z
  .object({
    needId: idInput.nullish().transform((v) => v ?? null),
    override: z.boolean().nullish().transform((v) => v ?? null),
    hasOutcome: z.boolean().nullish().transform((v) => v ?? null),
  })
  .strict();
export type DecisionFilter = z.infer<typeof decisionFilterSchema>;

/** Sums over one tenant's decisions of one kind (followed or overridden). */
export type StatsGroup = Readonly<{
  override: boolean;
  decisions: number;
  withOutcome: number;
  /** Over the decisions with an outcome only. */
  ratingSum: number;
  costVarianceSum: number;
}>;
