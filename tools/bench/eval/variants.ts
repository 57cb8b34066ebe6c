/**
 * The intake variants `npm run bench:decompose` measures side by side, on the same needs in the same
 * run. Adding one is one entry in VARIANTS: `serviceVariant("hybrid", { <the env switch that selects
 * it> })` for a variant the configuration selects, or any Variant whose `open` wires the services
 * differently (another tuning, another retrieval class).
 */
import type { Driver } from "neo4j-driver";
import type { Decomposition } from "../../../src/domain/intake.js";
import type { Embedder } from "../../../src/embedding/embedder.js";
import { DEFAULT_SOURCE } from "../../../src/importers/onet/ids.js";
import { bench } from "../lib.js";

export type DecomposeFn = (text: string, limit: number) => Promise<Decomposition>;
export type Variant = Readonly<{ name: string; open: (driver: Driver, embedder: Embedder) => DecomposeFn }>;

/** IntakeService.decompose in a fresh request context per need, wired as the API wires one. */
export function serviceVariant(name: string, env: NodeJS.ProcessEnv = {}): Variant {
  return {
    name,
    open: (driver, embedder) => {
      const b = bench(driver, embedder, env);
      return async (text, limit) => (await b.context().services.intake.decompose({ text }, limit)).decomposition;
    },
  };
}

/**
 * Every variant names O*NET occupations only: the answers are judged in O*NET-SOC codes, and with ESCO imported an
 * ESCO description or label would otherwise find its own ESCO node, a lookup rather than a reading.
 */
const ONET_OCCUPATIONS = { INTAKE_OCCUPATION_SOURCES: DEFAULT_SOURCE };

export const VARIANTS: readonly Variant[] = [
  serviceVariant("full-text only", { INTAKE_RETRIEVAL: "fulltext", ...ONET_OCCUPATIONS }),
  serviceVariant("hybrid", ONET_OCCUPATIONS),
];
