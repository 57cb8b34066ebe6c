import path from "node:path";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { traitId } from "../../src/domain/taxonomy.js";
import {
  AUTOMATION_SCORE,
  deriveTraits,
  EXPOSURE_SCORE,
  GWA_TRAITS,
  TRAIT_IDS,
  type TraitSignals,
} from "../../src/importers/onet/traits.js";
import { DEFAULT_SEED_DIR } from "../../src/seed/seedLoader.js";
import { SEED_FILES } from "../../src/seed/seedSchema.js";

const none: TraitSignals = { gwas: [], frequencyPerDay: null, exposure: null, automation: null };
const weights = (signals: Partial<TraitSignals>) =>
  Object.fromEntries(deriveTraits({ ...none, ...signals }).map((t) => [t.trait, t.weight]));

describe("the trait table", () => {
  it("uses only trait ids the seed defines (seed/traits.json, read through the seed schema)", async () => {
    const json: unknown = JSON.parse(await readFile(path.join(DEFAULT_SEED_DIR, SEED_FILES.traits.path), "utf8"));
    const seeded = new Set(SEED_FILES.traits.schema.parse(json).map((t) => t.id));
    for (const id of TRAIT_IDS) {
      expect(traitId.safeParse(id).success, id).toBe(true);
      expect(seeded.has(id), `${id} is in seed/traits.json`).toBe(true);
    }
  });

  it("keys every row by a GWA element id with weights in 0..1", () => {
    for (const [gwa, traits] of Object.entries(GWA_TRAITS)) {
      expect(gwa).toMatch(/^4\.A\.\d\.[a-z]\.\d+$/);
      for (const { trait, weight } of traits) {
        expect(TRAIT_IDS).toContain(trait);
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("deriveTraits", () => {
  it("maps work activities to traits, keeping the strongest weight when GWAs agree", () => {
    // Handling and Moving Objects + Performing for or Working Directly with the Public.
    expect(weights({ gwas: ["4.A.3.a.2", "4.A.4.a.8"] })).toEqual({
      "trait:physical": 0.9,
      "trait:location-bound": 0.8,
      "trait:customer-facing": 0.9,
      "trait:interactive": 0.8,
    });
    expect(weights({ gwas: ["4.A.2.b.2"] })).toMatchObject({ "trait:creative": 0.9 });
    expect(weights({ gwas: ["4.A.2.b.1"] })).toMatchObject({ "trait:judgement": 0.8 });
    expect(weights({ gwas: ["4.A.2.a.2", "4.A.3.b.6"] })).toMatchObject({ "trait:rule-based": 0.6, "trait:repetitive": 0.6 });
  });

  it("calls a task without interacting-with-others activities somewhat independent, and one without activities nothing", () => {
    expect(weights({ gwas: ["4.A.2.a.4"] })).toEqual({ "trait:cognitive": 0.8, "trait:independent": 0.3 });
    expect(weights({ gwas: ["4.A.2.a.4", "4.A.4.a.2"] })["trait:independent"]).toBeUndefined();
    expect(deriveTraits(none)).toEqual([]);
  });

  it("makes daily tasks ongoing and repetitive, more repetitive the more often, and weekly tasks somewhat ongoing", () => {
    expect(weights({ frequencyPerDay: 1 })).toEqual({ "trait:ongoing": 0.6, "trait:repetitive": 0.3 });
    expect(weights({ frequencyPerDay: 4 })).toEqual({ "trait:ongoing": 0.6, "trait:repetitive": 0.7 });
    expect(weights({ frequencyPerDay: 50 })["trait:repetitive"]).toBe(0.9);
    expect(weights({ frequencyPerDay: 0.99 })).toEqual({ "trait:ongoing": 0.4 });
    expect(weights({ frequencyPerDay: 52 / 260 })).toEqual({ "trait:ongoing": 0.4 });
    expect(weights({ frequencyPerDay: 51 / 260 })).toEqual({});
  });

  it("reads exposure as digital work and high automation as rule-based", () => {
    expect(weights({ exposure: "E1" })).toEqual({ "trait:digital": 0.5 });
    expect(weights({ exposure: "E2" })).toEqual({ "trait:digital": 0.3 });
    expect(weights({ exposure: "E0", automation: "T2" })).toEqual({});
    expect(weights({ automation: "T3" })).toEqual({ "trait:rule-based": 0.4 });
    expect(weights({ automation: "T4" })).toEqual({ "trait:rule-based": 0.6, "trait:repetitive": 0.4 });
  });

  it("returns traits sorted by id, so the same signals always hash the same", () => {
    const traits = deriveTraits({ ...none, gwas: ["4.A.4.a.8", "4.A.3.a.2"], frequencyPerDay: 2 });
    expect(traits.map((t) => t.trait)).toEqual([...traits.map((t) => t.trait)].sort());
  });
});

describe("exposure scores", () => {
  it("follow the paper's beta convention and automation = T/4", () => {
    expect(EXPOSURE_SCORE).toEqual({ E0: 0, E1: 1, E2: 0.5 });
    expect(Object.values(AUTOMATION_SCORE)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
