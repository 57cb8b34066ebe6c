/**
 * The public judgement suite (test/scenarios/judgement.json) run through RecommendService: the pass
 * rate, the cases that fail and why, and each case's sensitivity (the margin of the top route over
 * the next and the smallest fact change that flips it). Printed by `npm run bench:recommend`.
 */
import type { Context } from "../../src/graphql/context.js";
import { judge, loadScenarios, PASS_RATE_TARGET, type Verdict } from "../../test/scenarios/judgement.js";
import { table } from "./lib.js";

/** A route whose lead over the next is below this is fragile: one small fact could flip it. */
export const FRAGILE_MARGIN = 0.05;

type Sensitivity = Readonly<{ id: string; margin: number; flip: string }>;

export async function runJudgement(context: () => Context): Promise<{ verdicts: Verdict[]; sensitivity: Sensitivity[] }> {
  const verdicts: Verdict[] = [];
  const sensitivity: Sensitivity[] = [];
  for (const scenario of loadScenarios()) {
    const { recommendation } = await context().services.recommend.recommend({ need: scenario.need, limit: 20 });
    verdicts.push(judge(scenario, recommendation));
    const [first, second] = recommendation.options;
    const change = recommendation.whatWouldChange[0];
    sensitivity.push({
      id: scenario.id,
      margin: first && second ? first.score - second.score : Number.POSITIVE_INFINITY,
      flip: change?.swapped ? `${change.fact}: ${change.from} -> ${change.to}` : "no single fact",
    });
  }
  return { verdicts, sensitivity };
}

export function printJudgement({ verdicts, sensitivity }: Awaited<ReturnType<typeof runJudgement>>): void {
  const passed = verdicts.filter((v) => v.pass).length;
  const rate = passed / verdicts.length;
  console.log(
    `\njudgement suite (test/scenarios/judgement.json, seed graph): ${passed} of ${verdicts.length} pass ` +
      `(${(rate * 100).toFixed(0)}%; target >= ${PASS_RATE_TARGET * 100}%)`,
  );
  for (const v of verdicts.filter((x) => !x.pass)) console.log(`  FAIL ${v.id}: ${v.problems.join("; ")}`);
  const rows = sensitivity.map((s) => [
    s.id,
    Number.isFinite(s.margin) ? s.margin.toFixed(3) : "-",
    s.margin < FRAGILE_MARGIN ? "FRAGILE" : "",
    s.flip,
  ]);
  console.log(`\n${table(["scenario", "margin over next", "", "smallest flipping change"], rows)}`);
  const fragile = sensitivity.filter((s) => s.margin < FRAGILE_MARGIN);
  console.log(`${fragile.length} fragile case(s) (margin < ${FRAGILE_MARGIN}): ${fragile.map((s) => s.id).join(", ") || "none"}`);
}
