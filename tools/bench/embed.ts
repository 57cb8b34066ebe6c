/**
 * `npm run bench:embed`: loads the sentence-embedding model and embeds the seed's task statements,
 * one call per sentence and all in one call (run EMBEDDING_THREADS at a time). Prints model load
 * time and milliseconds per sentence.
 */
import { loadConfig } from "../../src/config/env.js";
import { loadEmbedder } from "../../src/embedding/loadEmbedder.js";
import { loadSeed } from "../../src/seed/seedLoader.js";

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const loadStarted = performance.now();
  const embedder = await loadEmbedder(loadConfig().embedding, (m) => console.error(m));
  console.log(`model ${embedder.modelId} (${embedder.dimension} dimensions) loaded in ${ms(performance.now() - loadStarted)}`);

  const seed = await loadSeed();
  const sentences = seed.tasks.map((task) => `${task.name}. ${task.description}`);
  const words = sentences.reduce((n, s) => n + s.split(/\s+/).length, 0) / sentences.length;
  console.log(`${sentences.length} seed task sentences, ${words.toFixed(1)} words on average`);
  await embedder.embed(sentences.slice(0, 8)); // warm-up

  const single: number[] = [];
  for (const sentence of sentences) {
    const started = performance.now();
    await embedder.embed([sentence]);
    single.push(performance.now() - started);
  }
  single.sort((a, b) => a - b);
  const batchStarted = performance.now();
  await embedder.embed(sentences);
  const batched = (performance.now() - batchStarted) / sentences.length;

  console.log(`one at a time   median ${ms(single[Math.floor(single.length / 2)]!)}, p95 ${ms(single[Math.floor(single.length * 0.95)]!)} per sentence`);
  console.log(`in one call     ${ms(batched)} per sentence`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
