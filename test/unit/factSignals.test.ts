/** The fact signals are data: the shipped file validates, a bad one fails by name, and changing a weight or threshold changes the traits. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FACT_SIGNAL_IDS, type FactSignals } from "../../src/domain/factSignals.js";
import { parseNeedInput } from "../../src/domain/need.js";
import { resolveNeedFacts, traitProfile } from "../../src/services/intake/needFacts.js";
import { FACT_SIGNALS_FILE, loadFactSignals } from "../../src/seed/factSignals.js";
import { DEFAULT_SEED_DIR } from "../../src/seed/seedLoader.js";

const TRAITS = ["volume-with-review", "time-bound", "ongoing", "outcome-defined", "continuous-coverage", "repetitive", "rule-based"].map((id) => ({
  id: `trait:${id}`,
  name: id,
}));
const weightOf = (signals: FactSignals, need: Record<string, unknown>, trait: string) =>
  traitProfile(resolveNeedFacts(parseNeedInput(need)), [], new Map(), TRAITS, signals).find((t) => t.id === `trait:${trait}`)?.weight ?? 0;
const DRAFTS = { text: "We need first drafts of around 1,500 product descriptions a month, which our editor checks." };

/** The file as JSON, loosely typed so a test can break it. */
type SignalsJson = {
  thresholds: Record<string, { value: unknown; source?: string }>;
  signals: Record<string, { traits: Array<{ trait: string; weight: number }>; source?: string }>;
};
const signal = (json: SignalsJson, id: string) => json.signals[id]!;

/** A copy of the seed folder's two files the loader reads, with the signals file changed. */
function seedCopy(change: (json: SignalsJson) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fact-signals-"));
  cpSync(path.join(DEFAULT_SEED_DIR, "traits.json"), path.join(dir, "traits.json"));
  const json = JSON.parse(readFileSync(path.join(DEFAULT_SEED_DIR, FACT_SIGNALS_FILE), "utf8")) as SignalsJson;
  change(json);
  writeFileSync(path.join(dir, FACT_SIGNALS_FILE), JSON.stringify(json));
  return dir;
}

describe("fact signals (seed/fact-signals.json)", () => {
  it("ships one signal per fact code detects, each with a source, every trait known", () => {
    const signals = loadFactSignals();
    expect(Object.keys(signals.signals).sort()).toEqual([...FACT_SIGNAL_IDS].sort());
    for (const signal of Object.values(signals.signals)) expect(signal.source.length).toBeGreaterThan(10);
  });

  it("moves a trait by the weight stewards give the signal", () => {
    const seed = loadFactSignals();
    expect(weightOf(seed, DRAFTS, "volume-with-review")).toBe(0.9);
    const lighter = loadFactSignals(seedCopy((j) => (signal(j, "volume").traits[0]!.weight = 0.4)));
    expect(weightOf(lighter, DRAFTS, "volume-with-review")).toBe(0.4);
  });

  it("lets a threshold decide whether a fact speaks at all", () => {
    const seed = loadFactSignals();
    const higher = loadFactSignals(seedCopy((j) => (j.thresholds.volumeItemsPerPeriod!.value = 5000)));
    expect(weightOf(higher, DRAFTS, "volume-with-review")).toBe(0);
    // A 60-week term is within two years for the seed, within a year once stewards move the line.
    const need = { text: "Run the programme office", durationWeeks: 60 };
    expect(weightOf(seed, need, "time-bound")).toBe(0.6);
    const longer = loadFactSignals(seedCopy((j) => (j.thresholds.withinYearWeeks!.value = 65)));
    expect(weightOf(longer, need, "time-bound")).toBe(1);
  });

  it("lets a signal move another trait than it did", () => {
    const seed = loadFactSignals();
    expect(weightOf(seed, DRAFTS, "repetitive")).toBe(0);
    const both = loadFactSignals(seedCopy((j) => signal(j, "volume").traits.push({ trait: "trait:repetitive", weight: 0.5 })));
    expect(weightOf(both, DRAFTS, "repetitive")).toBe(0.5);
  });

  it("refuses a bad file, naming the file and the path", () => {
    expect(() => loadFactSignals(seedCopy((j) => (signal(j, "volume").traits[0]!.weight = 1.5)))).toThrow(/fact-signals\.json: signals\.volume\.traits\.0\.weight/);
    expect(() => loadFactSignals(seedCopy((j) => (signal(j, "byHand").traits[0]!.trait = "trait:no-such")))).toThrow(/signals\.byHand\.traits\.0\.trait: unknown trait "trait:no-such"/);
    expect(() => loadFactSignals(seedCopy((j) => delete signal(j, "volume").source))).toThrow(/signals\.volume\.source/);
    expect(() => loadFactSignals(seedCopy((j) => delete j.signals.shortWithOutcome))).toThrow(/signals\.shortWithOutcome/);
  });
});
