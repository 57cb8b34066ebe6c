/** The public judgement suite is well formed and covers every worker type and channel of the seed, both ways. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coverage, judge, loadScenarios } from "../scenarios/judgement.js";

const seed = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../seed/${file}`, import.meta.url), "utf8")) as T;
const workerTypes = seed<Array<{ id: string; channels: string[] }>>("worker-types.json");
const channels = seed<Array<{ id: string }>>("channels.json");
const rules = seed<Array<{ id: string }>>("rules.json");
const scenarios = loadScenarios();

describe("the judgement suite", () => {
  it("holds at least 40 needs with unique ids, from all four patterns of the article", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    const patterns = new Set(scenarios.map((s) => s.pattern));
    for (const p of ["consultancy-kept-too-long", "renewal-after-change", "onshore-could-move", "manual-should-automate"]) {
      expect(patterns).toContain(p);
    }
  });

  it("names only worker types, channels and rules the seed has, and never accepts a route it rejects", () => {
    const known = new Set([...workerTypes.map((w) => w.id), ...channels.map((c) => c.id)]);
    for (const s of scenarios) {
      for (const entry of [...s.accept, ...s.reject, s.need.requestedWorkerTypeId ?? "wt:employee"]) {
        for (const id of entry.split("@")) expect(known, `${s.id}: ${id}`).toContain(id);
      }
      for (const rule of s.rules) expect(rules.map((r) => r.id), `${s.id}: ${rule}`).toContain(rule);
      for (const entry of s.accept) expect(s.reject, `${s.id}: ${entry}`).not.toContain(entry.split("@")[0]);
    }
  });

  it("has every worker type and every channel as a right answer twice and a wrong answer twice", () => {
    const counts = coverage(scenarios, workerTypes);
    for (const id of [...workerTypes.map((w) => w.id), ...channels.map((c) => c.id)]) {
      const c = counts.get(id)!;
      expect(c.right, `${id} as a right answer`).toBeGreaterThanOrEqual(2);
      expect(c.wrong, `${id} as a wrong answer`).toBeGreaterThanOrEqual(2);
    }
  });

  it("judges a recommendation by its top route, its challenge and the rules it cites", () => {
    const s = scenarios.find((x) => x.id === "peak-temps-became-permanent")!;
    const option = (wt: string, ch: string, rules: string[] = []) =>
      ({ workerType: { id: wt }, channel: { id: ch }, risks: rules.map((ruleId) => ({ ruleId })) }) as never;
    const good = { options: [option("wt:employee", "ch:direct-hire"), option("wt:temp-worker", "ch:temp-agency", s.rules)], excluded: [], challenge: {} };
    expect(judge(s, good as never)).toMatchObject({ pass: true, problems: [] });
    const bad = { options: [option("wt:temp-worker", "ch:temp-agency")], excluded: [], challenge: null };
    expect(judge(s, bad as never).problems).toEqual([
      "top route wt:temp-worker@ch:temp-agency is not one of wt:employee@ch:direct-hire",
      "top route wt:temp-worker@ch:temp-agency must not win (wt:temp-worker)",
      "no challenge, one was expected",
      `rule ${s.rules[0]} did not fire`,
    ]);
  });
});
