/**
 * The tuning/reporting split of the intake evaluation: by a hash of the item's key (an O*NET-SOC code
 * or an ESCO URI), so an occupation's half never depends on which others are in the data or sampled.
 */
import { createHash } from "node:crypto";
import { mulberry32 } from "../lib.js";

export const HALVES = ["tune", "report"] as const;
export type Half = (typeof HALVES)[number];

/** Changing the salt reshuffles every occupation between the halves: do it only with a fresh set of figures. */
const SPLIT_SALT = "workgraph-intake-eval-v1";

export function halfOf(key: string): Half {
  return createHash("sha256").update(`${SPLIT_SALT}\u0000${key}`).digest()[0]! & 1 ? "report" : "tune";
}

/** A PRNG seeded from a key, for choices about one item that must not change when the sample does. */
export function rngFor(key: string): () => number {
  return mulberry32(createHash("sha256").update(key).digest().readUInt32LE(0));
}

/**
 * Up to `size` items of one half, the same ones on every run: ordered by a hash of seed and key, so a
 * set that is a subset of another (exact/close ESCO labels within all labels) gets the same items first.
 */
export function sampleHalf<T>(items: readonly T[], keyOf: (item: T) => string, half: Half, size: number, seed: number): T[] {
  const order = (item: T) => createHash("sha256").update(`${seed}\u0000${keyOf(item)}`).digest("hex");
  return items
    .filter((item) => halfOf(keyOf(item)) === half)
    .map((item) => [order(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, size)
    .map(([, item]) => item);
}
