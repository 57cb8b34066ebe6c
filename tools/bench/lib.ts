/**
 * Shared helpers of the benchmarks: a seeded PRNG, timing with warm-up, percentiles, the embedded
 * Neo4j instances they run on, and the services wired as src/graphql/context.ts wires them, with a
 * round-trip counter and a clock on the time spent waiting for Neo4j.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/config/logger.js";
import type { Retrieval, TaskEvidence } from "../../src/domain/evidence.js";
import { parseNeedInput } from "../../src/domain/need.js";
import type { Principal } from "../../src/domain/principal.js";
import type { RecommendationInput } from "../../src/domain/recommendation.js";
import type { Rule } from "../../src/domain/rules.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/embedded/neo4jLocal.js";
import type { Embedder } from "../../src/embedding/embedder.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { createDriver } from "../../src/graph/driver.js";
import { Executor, type QueryObserver, type Transaction } from "../../src/graph/executor.js";
import { migrate } from "../../src/graph/migrations.js";
import { IntakeRepository } from "../../src/graph/repositories/intakeRepository.js";
import { type RecommendationEvidence, RecommendRepository } from "../../src/graph/repositories/recommendRepository.js";
import { RuleRepository } from "../../src/graph/repositories/ruleRepository.js";
import { type Context, createContext } from "../../src/graphql/context.js";
import { createMaintenance } from "../../src/services/index.js";
import { decompose } from "../../src/services/intake/decompose.js";
import { readNeed } from "../../src/services/intake/needReading.js";
import { resolveNeedFacts } from "../../src/services/intake/needFacts.js";
import { recommend } from "../../src/services/recommend/recommend.js";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The real O*NET release; never copied into the repository. */
export const ONET_DIR = path.resolve(process.env.ONET_DIR ?? path.join(REPO_ROOT, "..", "shared", "data", "onet_29_3"));
/** The seed graph of the benchmarks: its own instance, so the dev and test databases are left alone. */
export const SEED_GRAPH = {
  port: Number(process.env.WORKGRAPH_BENCH_SEED_BOLT_PORT ?? 7690),
  dataDir: path.join(REPO_ROOT, ".data", "neo4j-bench-seed"),
} as const;
/** The O*NET graph that `npm run bench:import` leaves behind (same port variable as that bench). */
export const ONET_GRAPH = {
  port: Number(process.env.WORKGRAPH_BENCH_BOLT_PORT ?? 7689),
  dataDir: path.join(REPO_ROOT, ".data", "neo4j-bench"),
} as const;

// ---------------------------------------------------------------------------------------------
// PRNG and sampling

/** mulberry32: a tiny seeded PRNG, so every sample and generated case is the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Fisher-Yates on a copy. */
export function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The first `words` words of a text, as a need a manager might write. */
export const firstWords = (text: string, words: number) => text.split(/\s+/).slice(0, words).join(" ");
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// ---------------------------------------------------------------------------------------------
// Timing and statistics

export type Summary = Readonly<{ n: number; median: number; p95: number; mean: number; min: number; max: number }>;

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), mean, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

export type RunOptions = Readonly<{ warmup: number; runs: number; afterWarmup?: () => void }>;

/**
 * Runs `fn(i)` `warmup` times untimed, then `runs` times timed (sequentially: one request at a time,
 * so the figures are latency, not throughput). Returns the timed samples in ms.
 */
export async function timeRuns(fn: (i: number) => Promise<unknown> | unknown, { warmup, runs, afterWarmup }: RunOptions): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  afterWarmup?.();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export type ServiceTimes = Readonly<{ total: Summary; cypher: Summary; roundTrips: number }>;

/**
 * timeRuns for a service call made in a fresh request context: wall time, time with Cypher in
 * flight, and round trips (the context's stats.queries) per call.
 */
export async function timeService(b: Bench, fn: (context: Context, i: number) => Promise<unknown>, options: RunOptions): Promise<ServiceTimes> {
  const cypher: number[] = [];
  let statements = 0;
  const total = await timeRuns(
    async (i) => {
      const context = b.context();
      const before = b.clock.total;
      await fn(context, i);
      cypher.push(b.clock.total - before);
      statements += context.stats.queries;
    },
    { ...options, afterWarmup: () => (cypher.length = statements = 0) },
  );
  return { total: summarize(total), cypher: summarize(cypher), roundTrips: statements / options.runs };
}

/** The conditions of a run: on a small shared machine the load of others moves p95 more than any change. */
export function machine(): string {
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
  return `${os.cpus().length} cores, load average ${load} at start; read medians, p95 is sensitive to other load`;
}

export const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : "-");
export const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "-");

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Neo4j instances and services

export type BenchGraph = Readonly<{ driver: Driver; executor: Executor; embedder: Embedder; close: () => Promise<void> }>;

/**
 * Starts (or reuses) an embedded Neo4j, migrates it and optionally seeds it. `close` stops the
 * instance only if this process started it; the data stays for the next run.
 */
export async function openGraph(where: { port: number; dataDir: string }, options: { seed: boolean }): Promise<BenchGraph> {
  const log = (message: string) => console.error(`  [neo4j] ${message}`);
  const local = await startLocalNeo4j({ ...where, log });
  const driver = createDriver({ uri: local.uri, user: "neo4j", password: "" });
  const executor = new Executor(driver, "neo4j");
  await executor.verifyConnectivity();
  await migrate(executor);
  const embedder = await processEmbedder();
  if (options.seed) await createMaintenance(executor, embedder).seed();
  return {
    driver,
    executor,
    embedder,
    close: async () => {
      await driver.close();
      if (!local.alreadyRunning) await stopLocalNeo4j({ ...where, log });
    },
  };
}

/** Time with at least one statement in flight (parallel statements are not counted twice). */
export class CypherClock {
  private inFlight = 0;
  private since = 0;
  total = 0;

  async track<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight++ === 0) this.since = performance.now();
    try {
      return await work();
    } finally {
      if (--this.inFlight === 0) this.total += performance.now() - this.since;
    }
  }
}

/** An Executor whose transactions run on the clock: their time includes the round trip and decoding. */
export class ClockedExecutor extends Executor {
  constructor(
    private readonly boltDriver: Driver,
    private readonly clock: CypherClock,
    private readonly observers?: QueryObserver,
    private readonly timeoutMs?: number,
  ) {
    super(boltDriver, "neo4j", observers, timeoutMs);
  }
  override observed(observer: QueryObserver): Executor {
    const previous = this.observers;
    const both: QueryObserver = (query) => {
      previous?.(query);
      observer(query);
    };
    return new ClockedExecutor(this.boltDriver, this.clock, both, this.timeoutMs);
  }
  // startApp sets the API's transaction timeout: the executor it makes must stay on the clock.
  override withTransactionTimeout(ms: number): Executor {
    return new ClockedExecutor(this.boltDriver, this.clock, this.observers, ms);
  }
  override readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.clock.track(() => super.readTransaction(work));
  }
  override writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.clock.track(() => super.writeTransaction(work));
  }
}

/** An integrator of a tenant with no precedents of its own: it sees the shared pool, as most callers do. */
const BENCH_PRINCIPAL: Principal = { kind: "cli", id: "cli:bench", role: "INTEGRATOR", tenant: "bench" };

export type Bench = Readonly<{
  clock: CypherClock;
  /** A fresh request context, wired exactly as the API wires one; its stats.queries counts round trips. */
  context: () => Context;
}>;

let embedderLoad: Promise<Embedder> | undefined;
/** The embedding model, loaded once however many graphs a bench opens. */
const processEmbedder = () => (embedderLoad ??= loadEmbedder(loadConfig().embedding));

/** `env` is the configuration the services see (none of the process's own), so variants can differ in it. */
export function bench(driver: Driver, embedder: Embedder, env: NodeJS.ProcessEnv = {}): Bench {
  const clock = new CypherClock();
  const deps = { executor: new ClockedExecutor(driver, clock), config: loadConfig(env), logger: createLogger("silent"), embedder };
  let request = 0;
  return { clock, context: () => createContext(deps, `bench-${++request}`, BENCH_PRINCIPAL) };
}

/**
 * What the repositories last returned, so the pure scoring can be timed alone on the same data.
 * The bench wraps the prototypes once (the services are built by createContext, out of its reach).
 */
const lastReturned = new Map<string, unknown>();
function recordLast<T extends object>(prototype: T, method: keyof T & string, key: string): void {
  const original = prototype[method] as (...args: unknown[]) => Promise<unknown>;
  Object.defineProperty(prototype, method, {
    value: async function (this: T, ...args: unknown[]) {
      const result = await original.apply(this, args);
      lastReturned.set(key, result);
      return result;
    },
  });
}
recordLast(IntakeRepository.prototype, "retrieve", "retrieval");
recordLast(IntakeRepository.prototype, "evidence", "taskEvidence");
recordLast(RecommendRepository.prototype, "evidence", "recommendEvidence");
recordLast(RuleRepository.prototype, "activeRules", "rules");

/**
 * The pure steps of a recommendation for a need text, as closures over the data its repositories
 * returned: `decompose` (intake scoring) and `recommend` (channel scoring). Mirrors the glue in
 * IntakeService.decompose and RecommendService.recommend for a `need` input without task overrides.
 */
export type ScoringSteps = Readonly<{ decompose: () => unknown; recommend: () => unknown; precedents: number }>;

/** One at a time: the recorded values are per process. */
export async function scoringStepsOf(b: Bench, texts: readonly string[]): Promise<ScoringSteps[]> {
  const steps: ScoringSteps[] = [];
  for (const text of texts) steps.push(await scoringSteps(b, text));
  return steps;
}

async function scoringSteps(b: Bench, text: string, limit = 5): Promise<ScoringSteps> {
  lastReturned.clear();
  await b.context().services.recommend.recommend({ need: { text }, limit });
  const need = parseNeedInput({ text });
  const reading = readNeed(need);
  const retrieval = lastReturned.get("retrieval") as Retrieval;
  const taskEvidence = lastReturned.get("taskEvidence") as TaskEvidence[];
  const graph = lastReturned.get("recommendEvidence") as RecommendationEvidence;
  const rules = lastReturned.get("rules") as Rule[];
  const facts = resolveNeedFacts(need, reading);
  const decomposeStep = () => decompose(need, facts, reading.clauses, retrieval, taskEvidence, 10, reading.titleStated);
  const d = decomposeStep();
  const input: RecommendationInput = {
    needId: null,
    need,
    facts,
    tasks: d.tasks.map((t, i) => ({ evidence: d.taskEvidence[i]!, weight: t.score, confidence: t.confidence })),
    allTraits: retrieval.traits,
    workerTypes: graph.workerTypes,
    precedents: graph.precedents,
    rules,
    today: new Date().toISOString().slice(0, 10),
    limit,
  };
  return { decompose: decomposeStep, recommend: () => recommend(input), precedents: graph.precedents.length };
}

/** True when the O*NET import has run on this graph (its occupations carry `onet:` ids). */
export async function onetImported(executor: Executor): Promise<{ occupations: number; tasks: number }> {
  const [row] = await executor.read(
    `CALL () { MATCH (o:Occupation) WHERE o.id STARTS WITH 'onet:' RETURN count(o) AS occupations }
     CALL () { MATCH (t:Task) WHERE t.id STARTS WITH 'onet:task:' RETURN count(t) AS tasks }
     RETURN occupations, tasks`,
  );
  return { occupations: row!.occupations as number, tasks: row!.tasks as number };
}

export const NOT_IMPORTED =
  "The O*NET bench graph (port 7689, .data/neo4j-bench) has no O*NET import yet: run `npm run bench:import` first.";

/** Runs a bench's main and exits with its status; errors are printed, not thrown into the void. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
