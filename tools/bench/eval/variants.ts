/**
 * The intake variants `npm run bench:decompose` measures side by side, on the same needs in the same
 * run. Adding one is one entry in VARIANTS: `serviceVariant("hybrid", { <the env switch that selects
 * it> })` for a variant the configuration selects, or any Variant whose `open` wires the services
 * differently (another tuning, another retrieval class).
 */
import type { Driver } from "neo4j-driver";
import type { Decomposition } from "../../../src/domain/intake.js";
import type { Embedder } from "../../../src/embedding/embedder.js";
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

export const VARIANTS: readonly Variant[] = [serviceVariant("full-text only", { INTAKE_RETRIEVAL: "fulltext" }), serviceVariant("hybrid")];
