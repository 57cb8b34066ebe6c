/** Intake as the API offers it: validate a need, retrieve candidates from the graph, decompose, store. */
import DataLoader from "dataloader";
import type { Named, TaskEvidence } from "../../domain/evidence.js";
import type { DecomposedTask, Decomposition } from "../../domain/intake.js";
import { type NeedFacts, type NeedInput, parseNeedInput } from "../../domain/need.js";
import { AppError, BadInputError, NotFoundError } from "../../errors.js";
import type { IntakeRepository } from "../../graph/repositories/intakeRepository.js";
import type { NeedRepository, StoredNeed } from "../../graph/repositories/needRepository.js";
import type { UnitOfWork } from "../../graph/unitOfWork.js";
import type { Embedder } from "../../embedding/embedder.js";
import { anyOf } from "../lucene.js";
import { checkPageSize } from "../paging.js";
import { fusedHits, semanticOccupationRanking } from "./candidates.js";
import { completeDecomposition, readStatedTasks, type StatedReading } from "./decompose.js";
import { impliedTasks, implyingOccupations } from "./implied.js";
import { resolveNeedFacts } from "./needFacts.js";
import { readNeed } from "./needReading.js";
import { contentWords, workWords } from "./text.js";
import { INTAKE_TUNING } from "./tuning.js";

export const MAX_TASKS = 50;

export type IntakeRetrievalSettings = Readonly<{
  /** Null: full-text retrieval only (INTAKE_RETRIEVAL=fulltext). */
  embedder: Embedder | null;
  /** The taxonomies whose occupations intake names (INTAKE_OCCUPATION_SOURCES); null: all. */
  occupationSources: readonly string[] | null;
}>;

/** The need as validated, its facts as resolved once for the request, and its decomposition. */
export type DecomposeResult = Readonly<{
  need: NeedInput;
  facts: NeedFacts;
  decomposition: Decomposition;
  /** Every active trait, as retrieval read them: a recommendation on this decomposition need not read them again. */
  activeTraits: readonly Named[];
}>;

export type SubmittedNeed = Readonly<{ need: StoredNeed; decomposition: Decomposition }>;

/** Intake: from a need in a manager's words to the work it is made of. */
export class IntakeService {
  private readonly needLoader: DataLoader<string, StoredNeed | null>;

  constructor(
    private readonly intake: IntakeRepository,
    private readonly needs: NeedRepository,
    /** The tenant that stored needs belong to; null for a principal without one. */
    private readonly tenant: string | null,
    private readonly retrieval: IntakeRetrievalSettings,
    /** Null for reads only (benchmarks, tools): submit needs it. */
    private readonly unitOfWork: UnitOfWork | null = null,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    this.needLoader = new DataLoader((ids) => needs.byIds(ids));
  }

  /** `implied: false` leaves out implied tasks (a recommendation does not read them): one round trip less. */
  async decompose(rawNeed: unknown, limit = 10, { implied = true }: { implied?: boolean } = {}): Promise<DecomposeResult> {
    const need = parseNeedInput(rawNeed);
    checkPageSize(limit, MAX_TASKS, "limit");
    const reading = readNeed(need);
    const parts = reading.clauses;
    const everyWord = [...new Set(parts.flatMap((p) => p.words))];
    // A long posting's clauses beyond the strongest-weighted few are matched by their words only (in text order).
    const embedded = parts
      .map((part, index) => ({ index, weight: part.weight }))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, INTAKE_TUNING.vectorClauses)
      .map((c) => c.index)
      .sort((a, b) => a - b);
    // One embedding call for those clauses, the title (when there is one) and the work text: the model runs them side by side.
    const texts = [...embedded.map((index) => parts[index]!.text), ...(reading.title ? [reading.title] : []), reading.workText];
    const { embedder, occupationSources } = this.retrieval;
    const asList = (v: Float32Array | undefined) => (v ? Array.from(v) : null);
    // Full-text retrieval runs while the model embeds; the vector queries follow once the vectors are in.
    const vectors = embedder
      ? embedder.embed(texts).then((vectors) => ({
          clauseVectors: embedded.map((index, k) => ({ index, vector: Array.from(vectors[k]!) })),
          titleVector: reading.title ? asList(vectors[embedded.length]) : null,
          textVector: reading.workText ? asList(vectors[texts.length - 1]) : null,
          vectorK: INTAKE_TUNING.vectorK,
          semanticPerClause: INTAKE_TUNING.semanticPerClause,
          occupationsPerVector: INTAKE_TUNING.occupationsPerVector,
        }))
      : Promise.resolve(null);
    const retrieving = this.intake.retrieve(
      {
        clauses: parts.flatMap((part, index) => {
          const query = anyOf(part.words);
          return query ? [{ index, query }] : [];
        }),
        skills: anyOf(everyWord),
        occupations: reading.title ? anyOf(contentWords(reading.title)) : null,
        outcomes: need.outcomeDescription ? anyOf(workWords(need.outcomeDescription)) : null,
        perClause: INTAKE_TUNING.fusedPerClause,
        requestedWorkerTypeId: need.requestedWorkerTypeId,
        occupationSources,
      },
      vectors,
    );
    // Pure and about the text only: read while the statements run (a long posting's facts take milliseconds).
    const facts = resolveNeedFacts(need, reading, this.today());
    const retrieval = await retrieving;
    // Every task that can score: the fused text hits, and the tasks of the occupations that lend a prior.
    const priorOccupations = semanticOccupationRanking(retrieval).slice(0, INTAKE_TUNING.semanticPriorOccupations);
    const candidateIds = [
      ...new Set([
        ...[...fusedHits(retrieval).values()].flatMap((hits) => hits.map((h) => h.id)),
        ...retrieval.occupationHits.flatMap((o) => o.taskIds),
        ...priorOccupations.flatMap((o) => o.taskIds),
      ]),
    ].sort();
    const evidence = await this.intake.evidence(candidateIds);
    const stated = readStatedTasks(need, facts, parts, retrieval, evidence, limit, reading.titleStated);
    const decomposition = completeDecomposition(stated, implied ? await this.impliedTasks(stated, limit) : [], limit);
    return { need, facts, decomposition, activeTraits: retrieval.traits };
  }

  /** The usual tasks of the occupations the need reads as (one statement more, when an occupation implies any). */
  private async impliedTasks(stated: StatedReading, limit: number): Promise<DecomposedTask[]> {
    const implying = implyingOccupations(stated.occupations);
    if (implying.length === 0) return [];
    const candidates = await this.intake.occupationTasks(implying.map((o) => o.id));
    return impliedTasks(implying, stated.kept.map((k) => k.task), candidates, stated.facts.ruledOut, limit);
  }

  /** The facts of a need stored earlier, read as a decomposition reads them (text included). */
  factsOf(need: NeedInput): NeedFacts {
    return resolveNeedFacts(need, readNeed(need), this.today());
  }

  /**
   * Stores the need with its decomposition, so recommendations and decisions can refer to it: one
   * audited unit of work, and with an idempotency key a retried call answers the first call's need
   * instead of storing a second one.
   */
  async submit(rawNeed: unknown, limit = 10, idempotencyKey: string | null = null): Promise<SubmittedNeed> {
    if (!this.tenant || !this.unitOfWork) throw new AppError("FORBIDDEN", "Storing a need needs a principal with a tenant");
    const unitOfWork = this.unitOfWork;
    const { need, decomposition } = await this.decompose(rawNeed, limit);
    if (need.requestedWorkerTypeId && !decomposition.requestedWorkerType) {
      throw new BadInputError(`input.requestedWorkerTypeId: no worker type has the id "${need.requestedWorkerTypeId}"`, {
        field: "input.requestedWorkerTypeId",
      });
    }
    return unitOfWork.run("submitNeed", { key: idempotencyKey, request: { need, limit } }, async (tx) => {
      const stored = await this.needs.create(tx, need, decomposition);
      return { result: { need: stored, decomposition }, targetIds: [stored.id], after: stored };
    });
  }

  /**
   * A stored need of the caller's tenant; NOT_FOUND when there is none. Batched per request: a list
   * of decisions asks for their needs in one round trip.
   */
  async storedNeed(id: string): Promise<StoredNeed> {
    const need = await this.needLoader.load(id);
    if (!need) throw new NotFoundError("Need", id);
    return need;
  }

  /** The graph evidence of tasks chosen by the client rather than by decomposition. */
  taskEvidence(taskIds: readonly string[]): Promise<TaskEvidence[]> {
    return this.intake.evidence(taskIds);
  }
}
