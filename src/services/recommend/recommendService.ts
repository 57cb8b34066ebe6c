/** Recommendation as the API offers it: validate the request, gather the evidence, score it, report what ran. */
import { z } from "zod";
import type { Named, WorkerTypeData } from "../../domain/evidence.js";
import { parseInput } from "../../domain/input.js";
import type { IntakeWarning } from "../../domain/intake.js";
import type { NeedFacts, NeedInput } from "../../domain/need.js";
import type { Recommendation, RecommendationInput } from "../../domain/recommendation.js";
import { BadInputError } from "../../errors.js";
import type { RecommendRepository } from "../../graph/repositories/recommendRepository.js";
import type { RuleRepository } from "../../graph/repositories/ruleRepository.js";
import type { IntakeService } from "../intake/intakeService.js";
import { recommend } from "./recommend.js";

export const MAX_OPTIONS = 20;

const recommendInputSchema = z
  .object({
    needId: z.string().min(1).nullish(),
    need: z.unknown().nullish(),
    limit: z.number().int().min(1, "must be at least 1").max(MAX_OPTIONS, `must be at most ${MAX_OPTIONS}`).default(5),
    tasks: z
      .array(z.object({ taskId: z.string().min(1), weight: z.number().gt(0).max(1).nullish() }))
      .min(1, "must name at least one task")
      .max(50, "must name at most 50 tasks")
      .nullish(),
  })
  .refine((v) => (v.needId ? 1 : 0) + (v.need ? 1 : 0) === 1, { message: "give exactly one of needId and need", path: ["needId"] });

export type RecommendResult = Readonly<{
  needId: string | null;
  need: NeedInput;
  tasks: RecommendationInput["tasks"];
  warnings: IntakeWarning[];
  recommendation: Recommendation;
  rulesEvaluated: number;
}>;

/** Recommendation: gathers the evidence (a few batched round trips), then scores it in plain TypeScript. */
export class RecommendService {
  constructor(
    private readonly intake: IntakeService,
    private readonly graph: RecommendRepository,
    private readonly rules: RuleRepository,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async recommend(raw: unknown): Promise<RecommendResult> {
    const input = parseInput(recommendInputSchema, raw);
    const { needId, limit, tasks: overrides } = input;

    let need: NeedInput;
    let facts: NeedFacts;
    let tasks: RecommendationInput["tasks"];
    let warnings: IntakeWarning[] = [];
    let knownTraits: readonly Named[] | null = null;
    if (needId) {
      const stored = await this.intake.storedNeed(needId);
      need = stored.input;
      facts = this.intake.factsOf(need);
      const chosen = overrides ?? stored.tasks.map((t) => ({ taskId: t.taskId, weight: t.score }));
      const confidence = new Map(stored.tasks.map((t) => [t.taskId, t.confidence]));
      tasks = await this.taskEvidence(chosen, (id) => (overrides ? 1 : (confidence.get(id) ?? 1)));
    } else {
      const decomposed = await this.intake.decompose(input.need, 10, { implied: false });
      need = decomposed.need;
      facts = decomposed.facts;
      warnings = decomposed.decomposition.warnings;
      knownTraits = decomposed.activeTraits;
      tasks = overrides
        ? await this.taskEvidence(overrides, () => 1)
        : decomposed.decomposition.tasks.map((t, i) => ({
            evidence: decomposed.decomposition.taskEvidence[i]!,
            weight: t.score,
            confidence: t.confidence,
          }));
    }

    const [evidence, rules] = await Promise.all([
      this.graph.evidence(
        tasks.map((t) => t.evidence.id),
        knownTraits === null,
      ),
      this.rules.activeRules(),
    ]);
    warnings = [...warnings, ...requestChecks(need, facts, evidence.workerTypes)];
    const recommendation = recommend({
      needId: needId ?? null,
      need,
      facts,
      tasks,
      allTraits: knownTraits ?? evidence.traits,
      workerTypes: evidence.workerTypes,
      precedents: evidence.precedents,
      rules,
      today: this.today(),
      limit,
    });
    if (tasks.length === 0 && !warnings.some((w) => w.code === "NOTHING_MATCHED")) {
      warnings = [...warnings, { code: "NOTHING_MATCHED", message: "No task was identified, so the ranking rests on the stated facts alone." }];
    }
    return { needId: needId ?? null, need, tasks, warnings, recommendation, rulesEvaluated: rules.length };
  }

  private async taskEvidence(
    chosen: ReadonlyArray<{ taskId: string; weight?: number | null }>,
    confidenceOf: (id: string) => number,
  ): Promise<RecommendationInput["tasks"]> {
    const evidence = await this.intake.taskEvidence(chosen.map((c) => c.taskId));
    const byId = new Map(evidence.map((e) => [e.id, e]));
    const missing = chosen.filter((c) => !byId.has(c.taskId));
    if (missing.length > 0) {
      throw new BadInputError(`input.tasks: unknown task "${missing[0]!.taskId}"`, { field: "input.tasks" });
    }
    return chosen.map((c) => ({ evidence: byId.get(c.taskId)!, weight: c.weight ?? 1, confidence: confidenceOf(c.taskId) }));
  }
}

/**
 * The requested worker type must exist (BAD_USER_INPUT naming the field); a request that the stated
 * facts rule out (remote work not allowed, a route that only delivers offshore) is a warning naming both.
 */
function requestChecks(need: NeedInput, facts: NeedFacts, workerTypes: readonly WorkerTypeData[]): IntakeWarning[] {
  const requestedId = need.requestedWorkerTypeId;
  if (!requestedId) return [];
  const requested = workerTypes.find((w) => w.id === requestedId);
  if (!requested) {
    throw new BadInputError(`input.need.requestedWorkerTypeId: unknown worker type "${requestedId}"`, { field: "input.need.requestedWorkerTypeId" });
  }
  if (facts.remoteAllowed === false && requested.channels.every((c) => c.offshore)) {
    return [
      {
        code: "CONTRADICTORY_FACTS",
        message: `remoteAllowed = false, but requestedWorkerTypeId = ${requestedId} (${requested.name}) is delivered offshore only.`,
      },
    ];
  }
  return [];
}
