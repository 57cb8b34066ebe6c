import { loadConfig } from "./src/config/env.js";
import { openDatabase } from "./src/database.js";
import { loadEmbedder } from "./src/embedding/loadEmbedder.js";
import { EmbeddingRepository } from "./src/graph/repositories/embeddingRepository.js";
const config = loadConfig();
const e = await loadEmbedder(config.embedding);
const db = await openDatabase(config);
const repo = new EmbeddingRepository(db.executor);
const [n] = await db.executor.read("MATCH (v:TaskEmbedding) RETURN count(v) AS c, size(head(collect(v.embedding))) AS d");
console.log(n);
for (const q of ["match our bank statement lines against the books", "chase customers who have not paid their invoices", "hire a new software developer", "fix the broken air conditioning in the office"]) {
  const [v] = await e.embed([q]);
  const t0 = performance.now();
  const hits = await repo.nearest("Task", v!, 5);
  console.log(q, (performance.now()-t0).toFixed(1), hits.slice(0,3));
}
await db.close();
