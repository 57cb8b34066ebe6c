/**
 * `npm run bench:limits`: how long the API takes to refuse hostile query shapes (a fan-out of fragment
 * spreads, 30 aliases of a nested first: 500 traversal, a document past the token limit), and how the
 * clause splitter scales on runs of whitespace. Runs the real ApolloServer in process; the refusals happen
 * before any resolver, so no database is needed.
 */
import { createApollo } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/config/logger.js";
import type { Context } from "../../src/graphql/context.js";
import { clauses } from "../../src/services/intake/text.js";

const RUNS = 200;

const fanOut = (levels: number) =>
  `query Bomb { task(id: "task:x") { ...F0 } } ` +
  Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Task { id }` : `fragment F${i} on Task { ...F${i + 1} ... on Task { ...F${i + 1} } }`,
  ).join(" ");
const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: traits(first: 500) { edges { node { tasks(first: 500) { task { id } } } } }`).join(" ")} }`;
const tokens = `{ ${"__typename ".repeat(10_000)}}`;

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" });
  const apollo = await createApollo(config, createLogger("silent"));
  const cases: Record<string, string> = { "fragment fan-out (40 levels, 2^40 paths)": fanOut(40), "30 aliases x first:500 x first:500": aliases, "10,000 tokens": tokens };
  for (const [name, query] of Object.entries(cases)) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A comment that changes each run defeats Apollo's cache of validated documents, as an attacker would.
      const started = performance.now();
      const response = await apollo.executeOperation({ query: `# ${run}\n${query}` }, { contextValue: {} as Context });
      times.push(performance.now() - started);
      if (response.body.kind !== "single" || !response.body.singleResult.errors?.length) throw new Error(`${name} was not refused`);
    }
    times.sort((a, b) => a - b);
    const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    console.log(`${name}: ${query.length} bytes, refused in median ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms (${RUNS} runs)`);
  }
  await apollo.stop();
  // The clause splitter on runs of whitespace: linear since runs are collapsed first (it was quadratic).
  for (const size of [10_000, 100_000, 1_000_000]) {
    const text = `${" ".repeat(size)}Answer customer calls${" \t".repeat(size / 2)}and book travel`;
    const started = performance.now();
    clauses(text);
    console.log(`clause splitting across ${size.toLocaleString("en")} whitespace characters: ${(performance.now() - started).toFixed(1)} ms`);
  }
}

void main();
