/**
 * The public judgement suite: realistic needs written from the article's four misallocation patterns,
 * the BLS work arrangements and the seed's routes, each with the routes that may and may not win.
 * Shared by the integration test and `npm run bench:recommend`; judging is pure.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { needInputSchema } from "../../src/domain/need.js";
import type { Recommendation } from "../../src/domain/recommendation.js";

/** "wt:<id>" (any of its channels) or "wt:<id>@ch:<id>" (that channel only). */
const route = z.string().regex(/^wt:[a-z0-9-]+(@ch:[a-z0-9-]+)?$/, 'must be "wt:<id>" or "wt:<id>@ch:<id>"');

export const scenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Where the case comes from: an article pattern, a BLS arrangement, or a kind of work the seed covers. */
  pattern: z.string().min(1),
  why: z.string().min(10),
  need: needInputSchema,
  /** The top option must be one of these. */
  accept: z.array(route).min(1),
  /** None of these may be the top option. */
  reject: z.array(route).min(1),
  /** true: a challenge must appear; false: none may; null: either. */
  challenge: z.boolean().nullable(),
  /** Each must be cited by at least one option (ranked or excluded). */
  rules: z.array(z.string().regex(/^rule:[a-z0-9-]+$/)),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export function loadScenarios(file = new URL("./judgement.json", import.meta.url)): Scenario[] {
  return z.array(scenarioSchema).parse(JSON.parse(readFileSync(file, "utf8")));
}

type RouteLike = Readonly<{ workerType: { id: string }; channel: { id: string } }>;

export function matchesRoute(option: RouteLike, entry: string): boolean {
  const [workerType, channel] = entry.split("@");
  return option.workerType.id === workerType && (channel === undefined || option.channel.id === channel);
}

export type Verdict = Readonly<{ id: string; pass: boolean; top: string; problems: string[] }>;

/** What is wrong with a recommendation for this scenario; no problems means it passes. */
export function judge(scenario: Scenario, recommendation: Recommendation): Verdict {
  const problems: string[] = [];
  const top = recommendation.options[0];
  const topName = top ? `${top.workerType.id}@${top.channel.id}` : "none";
  if (!top || !scenario.accept.some((entry) => matchesRoute(top, entry))) {
    problems.push(`top route ${topName} is not one of ${scenario.accept.join(", ")}`);
  }
  const rejected = top ? scenario.reject.find((entry) => matchesRoute(top, entry)) : undefined;
  if (rejected) problems.push(`top route ${topName} must not win (${rejected})`);
  if (scenario.challenge === true && !recommendation.challenge) problems.push("no challenge, one was expected");
  if (scenario.challenge === false && recommendation.challenge) problems.push("a challenge appeared, none was expected");
  const cited = new Set([...recommendation.options, ...recommendation.excluded].flatMap((o) => o.risks.map((r) => r.ruleId)));
  for (const rule of scenario.rules) if (!cited.has(rule)) problems.push(`rule ${rule} did not fire`);
  return { id: scenario.id, pass: problems.length === 0, top: topName, problems };
}

export type SeedRoutes = ReadonlyArray<Readonly<{ id: string; channels: readonly string[] }>>;

/**
 * How often each worker type and each channel is a right answer (accepted) and a wrong one (rejected).
 * A worker type entry without a channel counts for each of its channels.
 */
export function coverage(scenarios: readonly Scenario[], workerTypes: SeedRoutes): Map<string, { right: number; wrong: number }> {
  const counts = new Map<string, { right: number; wrong: number }>();
  for (const w of workerTypes) {
    counts.set(w.id, { right: 0, wrong: 0 });
    for (const c of w.channels) counts.set(c, { right: 0, wrong: 0 });
  }
  const count = (entry: string, side: "right" | "wrong") => {
    const [workerType, channel] = entry.split("@") as [string, string | undefined];
    const ids = [workerType, ...(channel ? [channel] : (workerTypes.find((w) => w.id === workerType)?.channels ?? []))];
    for (const id of ids) {
      const c = counts.get(id) ?? { right: 0, wrong: 0 };
      c[side] += 1;
      counts.set(id, c);
    }
  };
  for (const s of scenarios) {
    for (const entry of s.accept) count(entry, "right");
    for (const entry of s.reject) count(entry, "wrong");
  }
  return counts;
}

/** The target pass rate of the public suite. */
export const PASS_RATE_TARGET = 0.9;
