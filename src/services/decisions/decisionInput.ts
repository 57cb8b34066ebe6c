/** The inputs of the decision loop (record a decision, record an outcome), validated with zod. */
import { z } from "zod";
import { idInput as id, precedentOutcome } from "../../domain/decision.js";
import { IDEMPOTENCY_KEY_MAX } from "../../graph/idempotency.js";

export const DECISION_LIMITS = {
  /** An override must say why in at least this many characters: "cheaper" explains nothing. */
  rationaleMin: 10,
  rationaleMax: 2_000,
  notesMax: 2_000,
  issues: 20,
  issueMax: 200,
  idempotencyKeyMax: IDEMPOTENCY_KEY_MAX,
} as const;

const idempotencyKey = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(DECISION_LIMITS.idempotencyKeyMax)
  .nullish()
  .transform((v) => v ?? null);

export const recordDecisionSchema = z
  .object({
    needId: id,
    workerTypeId: id,
    channelId: id,
    // Blank counts as none; whether one is required depends on the advice (see requireRationale).
    rationale: z
      .string()
      .trim()
      .max(DECISION_LIMITS.rationaleMax, `must be at most ${DECISION_LIMITS.rationaleMax} characters`)
      .nullish()
      .transform((v) => v || null),
    idempotencyKey,
  })
  .strict();
export type RecordDecision = z.infer<typeof recordDecisionSchema>;

/** The outcome's ranges are the seed precedents' own, so a recorded case reads like a seeded one. */
const seedOutcome = precedentOutcome.shape;
export const recordOutcomeSchema = z
  .object({
    decisionId: id,
    rating: seedOutcome.rating,
    costVariancePct: seedOutcome.costVariancePct,
    daysToStart: seedOutcome.daysToStart,
    needChanged: seedOutcome.needChanged,
    issues: z
      .array(z.string().trim().min(1, "must not be empty").max(DECISION_LIMITS.issueMax))
      .max(DECISION_LIMITS.issues, `must name at most ${DECISION_LIMITS.issues} issues`)
      .nullish()
      .transform((v) => v ?? []),
    notes: z
      .string()
      .trim()
      .max(DECISION_LIMITS.notesMax, `must be at most ${DECISION_LIMITS.notesMax} characters`)
      .nullish()
      .transform((v) => v ?? ""),
    idempotencyKey,
  })
  .strict();
export type RecordOutcome = z.infer<typeof recordOutcomeSchema>;
