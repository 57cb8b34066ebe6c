/**
 * `npm run bench:heldout`: intake quality and confidence calibration on needs the seed was not written
 * for (tools/bench/heldOutNeeds.json: O*NET task statements of 58 occupations, each labelled with the
 * seed tasks that do that work, judged from the tasks' names only). Split by a hash of the statement's id into a fitting
 * half, on which the confidence logistic is refit, and a reporting half, the only one to quote.
 */
import { readFile } from "node:fs/promises";
import { INTAKE_TUNING } from "../../src/services/intake/tuning.js";
import { calibrationRows } from "./eval/runner.js";
import { type Calibrated, calibrate } from "./eval/metrics.js";
import { halfOf, type Half } from "./eval/split.js";
import { type LabelledNeed, labelledQuality } from "./eval/labelled.js";
import { bench, machine, openGraph, pct, runMain, SEED_GRAPH, table } from "./lib.js";

type HeldOutNeed = LabelledNeed & Readonly<{ source: string }>;

/** The statement's O*NET task id decides its half, whatever else is in the file. */
const halfOfNeed = (need: HeldOutNeed): Half => halfOf(need.source.replace(/ \(.*$/, ""));

/** Mean squared gap between reported confidence and being right: lower is better calibrated. */
const brier = (tasks: readonly Calibrated[]) => tasks.reduce((s, [, c, r]) => s + (c - (r ? 1 : 0)) ** 2, 0) / (tasks.length || 1);

async function main(): Promise<void> {
  const needs = JSON.parse(await readFile(new URL("./heldOutNeeds.json", import.meta.url), "utf8")) as HeldOutNeed[];
  const fitting = needs.filter((n) => halfOfNeed(n) === "tune");
  const reporting = needs.filter((n) => halfOfNeed(n) === "report");
  console.log(`bench:heldout  (${needs.length} labelled needs: ${fitting.length} fitting, ${reporting.length} reporting; ${machine()})\n`);
  const seed = await openGraph(SEED_GRAPH, { seed: true });
  try {
    const b = bench(seed.driver, seed.embedder);
    const fit = await labelledQuality(b, fitting);
    const report = await labelledQuality(b, reporting);
    const refit = calibrate(fit.tasks).fit;
    console.log(
      table(
        ["half", "needs", "hit@1", "recall@5", "recall@10", "Brier"],
        [
          ["fitting (not to quote)", String(fit.needs), pct(fit.hit1), pct(fit.recall5), pct(fit.recall10), brier(fit.tasks).toFixed(3)],
          ["reporting (held out)", String(report.needs), pct(report.hit1), pct(report.recall5), pct(report.recall10), brier(report.tasks).toFixed(3)],
        ],
      ),
    );
    console.log(`\n${table(["calibration", "confidence", "tasks", "mean conf.", "part of the need"], calibrationRows("reporting half", report.tasks))}`);
    console.log(
      `\nrefit on the fitting half: slope ${refit.slope.toFixed(2)}, midpoint ${refit.midpoint.toFixed(3)} ` +
        `(INTAKE_TUNING has slope ${INTAKE_TUNING.confidenceSlope}, midpoint ${INTAKE_TUNING.confidenceMidpoint})`,
    );
  } finally {
    await seed.close();
  }
}

runMain(main);
