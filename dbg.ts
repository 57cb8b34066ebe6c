import { loadConfig } from "./src/config/env.js";
import { openDatabase } from "./src/database.js";
import { startLocalNeo4j } from "./src/embedded/neo4jLocal.js";
import { loadEmbedder } from "./src/embedding/loadEmbedder.js";
import { createServices } from "./src/services/index.js";
const local = await startLocalNeo4j({ port: 7741, dataDir: ".data/neo4j-test-7741" });
const config = loadConfig({ ...process.env, NEO4J_URI: local.uri });
const db = await openDatabase(config);
const embedder = await loadEmbedder(config.embedding);
const s = createServices(db.executor, { maxPageSize: 100, intakeRetrieval: "hybrid", embedder }, { principal: { kind: "cli", id: "x", role: "ADMIN", tenant: "t" }, requestId: "d" });
for (const text of process.argv.slice(2)) {
  const { decomposition: d } = await s.intake.decompose({ text }, 10);
  console.log(d.tasks.map((t) => `${t.id} ${t.score} lex=${t.lexicalScore} sup=${t.graphSupport} title=${t.titleMatch} ev=${JSON.stringify(t.evidence.map((e) => [e.clause.slice(0, 30), e.strength, e.similarity]))}`).join("\n"));
  console.log(d.occupations.slice(0,6).map((o) => `${o.id} ${o.weight} tasks=${o.taskCount} sim=${o.similarity} title=${o.titleMatch}`).join("\n"));
}
await db.close();
process.exit(0);
