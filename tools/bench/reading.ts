/**
 * `npm run bench:reading`: latency of reading a need's text (posting shape, negation, stated facts),
 * the pure steps before any query, on 100-word needs, a 10,000-character posting and adversarial
 * 10,000-character inputs (runs of spaces and bullets, no punctuation, repeated cues) that a
 * super-linear pattern would choke on. No database. Figures are printed, never asserted.
 */
import { readNegations } from "../../src/services/intake/reading/negation.js";
import { readPosting } from "../../src/services/intake/reading/posting.js";
import { readStatedFacts } from "../../src/services/intake/reading/statedFacts.js";
import { machine, ms, runMain, summarize, table, timeRuns } from "./lib.js";
import { HUNDRED_WORD_NEEDS } from "./needs.js";

const RUNS = { warmup: 20, runs: 200 };
const MAX_CHARS = 10_000;

/** Boilerplate in the shapes job ads use, written for the benchmark, to wrap needs into a long posting. */
const BOILERPLATE = `Benefits:
• Medical, dental and vision insurance
• 401(k) with company match and paid time off
Pay: $21.00 - $24.50 per hour
Schedule: Monday to Friday, 8 am - 5 pm, some weekends
We are an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion or disability.
To apply, click Apply Now and submit your resume.`;

function posting(): string {
  let text = "Operations Associate\n";
  for (let i = 0; text.length < MAX_CHARS; i++) {
    text += `\nResponsibilities:\n${HUNDRED_WORD_NEEDS[i % HUNDRED_WORD_NEEDS.length]!.split(". ").map((s) => `• ${s}`).join("\n")}\n\n${BOILERPLATE}\n`;
  }
  return text.slice(0, MAX_CHARS);
}

const INPUTS: ReadonlyArray<readonly [string, (i: number) => string]> = [
  ["100-word need", (i) => HUNDRED_WORD_NEEDS[i % HUNDRED_WORD_NEEDS.length]!],
  ["10,000-char posting", posting],
  ["10,000 chars of spaces and bullets", () => " \t•  -  * \u00a0\n".repeat(1_000).slice(0, MAX_CHARS)],
  ["10,000 chars, no punctuation", () => "reconcile accounts for six months ".repeat(400).slice(0, MAX_CHARS)],
  ["10,000 chars of negation cues", () => "no not never without ".repeat(600).slice(0, MAX_CHARS)],
  ["10,000 chars of numbers", () => "12 10,000 1.5 twenty-five ".repeat(500).slice(0, MAX_CHARS)],
  ["10,000 chars of tags and entities", () => "<li>&amp;<b>x</b>&nbsp;<".repeat(500).slice(0, MAX_CHARS)],
];

async function main(): Promise<void> {
  console.log(`bench:reading: ${machine()}; ${RUNS.runs} runs after ${RUNS.warmup} warm-up runs each\n`);
  const rows: string[][] = [];
  for (const [label, make] of INPUTS) {
    const shape = summarize(await timeRuns((i) => readPosting(make(i)), RUNS));
    const negation = summarize(await timeRuns((i) => readPosting(make(i)).segments.map((s) => readNegations(s.text)), RUNS));
    const facts = summarize(await timeRuns((i) => readStatedFacts(make(i), { today: "2026-01-01" }), RUNS));
    rows.push([label, ms(shape.median), ms(shape.p95), ms(negation.median), ms(negation.p95), ms(facts.median), ms(facts.p95)]);
  }
  console.log(table(["input", "shape p50", "p95", "+negation p50", "p95", "facts p50", "p95"], rows));
  console.log("\n'facts' includes its own reading of the shape and the negations.");
}

runMain(main);
