/** The command line of `npm run bench:decompose` and where the evaluation reads its data. */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ONET_DIR, REPO_ROOT } from "../lib.js";
import type { EvalOptions } from "./sets.js";
import { type Half, HALVES } from "./split.js";

export const USAGE = `usage: npm run bench:decompose -- [--per-half <n>] [--halves tune,report] [--sets "<name>,<name>"]
                               [--stated-tasks <k>] [--no-seed-graph] [--no-latency] [--help]
  --per-half       needs sampled per set and half (default 150)
  --halves         which halves to run (default both; tune on 'tune', quote 'report')
  --sets           only these sets, by the names the output prints
  --stated-tasks   task statements in an O*NET-tasks need (default 3)
  --no-seed-graph  skip the seed-graph section (its own Neo4j on WORKGRAPH_BENCH_SEED_BOLT_PORT, default 7690)
  --no-latency     skip the 100-word latency runs
Graphs: WORKGRAPH_BENCH_BOLT_PORT (O*NET, default 7689). Data: ONET_DIR, ESCO_OCCUPATIONS, ESCO_ONET_CROSSWALK
(default ../shared/data/...).`;

const DATA = path.resolve(REPO_ROOT, "..", "shared", "data");

const optionsSchema = z.object({
  "per-half": z.coerce.number().int().min(1).max(10_000).default(150),
  halves: z
    .string()
    .default(HALVES.join(","))
    .transform((v) => v.split(",").map((h) => h.trim()))
    .pipe(z.array(z.enum(HALVES)).min(1)),
  sets: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? null : v.split(",").map((s) => s.trim()).filter(Boolean))),
  "stated-tasks": z.coerce.number().int().min(1).max(4).default(3),
  "no-seed-graph": z.boolean().default(false),
  "no-latency": z.boolean().default(false),
  help: z.boolean().default(false),
});

const FLAGS = {
  "per-half": { type: "string" },
  halves: { type: "string" },
  sets: { type: "string" },
  "stated-tasks": { type: "string" },
  "no-seed-graph": { type: "boolean" },
  "no-latency": { type: "boolean" },
  help: { type: "boolean" },
} as const;

export type BenchOptions = Readonly<{ evaluation: EvalOptions; halves: readonly Half[]; seedGraph: boolean; latency: boolean; help: boolean }>;

/** Sample seed of the evaluation: a new seed is a new sample, so figures before and after are not comparable. */
const SAMPLE_SEED = 42;

export function benchOptions(args: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...args], options: FLAGS }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`--${String(issue.path[0])}: ${issue.message}\n${USAGE}`);
  }
  const o = parsed.data;
  return {
    evaluation: {
      perHalf: o["per-half"],
      seed: SAMPLE_SEED,
      statedTasks: o["stated-tasks"],
      onetDir: ONET_DIR,
      escoOccupations: env.ESCO_OCCUPATIONS ?? path.join(DATA, "esco_1_2_0", "occupations_en.csv"),
      crosswalk: env.ESCO_ONET_CROSSWALK ?? path.join(DATA, "esco_onet_crosswalk", "esco_onet_crosswalk.csv"),
      sets: o.sets,
    },
    halves: o.halves,
    seedGraph: !o["no-seed-graph"],
    latency: !o["no-latency"],
    help: o.help,
  };
}
