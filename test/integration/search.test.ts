/** Full-text search answers what one plain query over every hit answers, whichever way it reads the index. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeLabel } from "../../src/domain/taxonomy.js";
import { FULLTEXT } from "../../src/graph/model.js";
import { NodeRepository, searchProbe } from "../../src/graph/repositories/nodeRepository.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** Every hit, filtered, sorted by score then id, cut: the answer by definition. */
async function reference(query: string, labels: NodeLabel[], first: number): Promise<string[]> {
  const rows = await api.executor.read(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE any(label IN labels(node) WHERE label IN $labels) AND node.status = 'ACTIVE' AND (node.tenant IS NULL OR node.tenant IN ['shared'])
     RETURN node.id AS id ORDER BY score DESC, node.id LIMIT toInteger($first)`,
    { index: FULLTEXT.entities, query, labels, first },
  );
  return rows.map((row) => row.id as string);
}

async function hitCount(query: string): Promise<number> {
  const [row] = await api.executor.read("CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN count(node) AS hits", {
    index: FULLTEXT.entities,
    query,
  });
  return Number(row!.hits);
}

describe("search", () => {
  const cases: Array<{ query: string; labels: NodeLabel[]; first: number }> = [
    // Words in many nodes: more hits than the first read takes.
    { query: "data OR customer OR report*", labels: ["Task"], first: 1 },
    { query: "data OR customer OR report*", labels: ["Task"], first: 7 },
    { query: "data OR customer OR report*", labels: ["Task", "Skill", "Outcome"], first: 20 },
    // A kind the best hits mostly are not: the filter leaves the first read short.
    { query: "data OR customer OR report*", labels: ["Trait"], first: 5 },
    // Few hits: the first read holds them all.
    { query: "payroll", labels: ["Task"], first: 20 },
    { query: "zzzunknownword", labels: ["Task"], first: 20 },
  ];

  it("gives the reference answer for common, filtered and rare words, reading the index once or twice as needed", async () => {
    expect(await hitCount(cases[0]!.query)).toBeGreaterThan(searchProbe(1));
    const statements = new Set<number>();
    for (const { query, labels, first } of cases) {
      let count = 0;
      const repository = new NodeRepository(api.executor.observed(() => count++), ["shared"]);
      const hits = await repository.search(query, labels, ["ACTIVE"], first, null, ["id", "name"]);
      expect(hits.map((h) => h.node.props.id), `${query} ${labels.join(",")} first ${first}`).toEqual(await reference(query, labels, first));
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      statements.add(count);
    }
    // Both ways were taken: the best hits alone, and every hit.
    expect([...statements].sort()).toEqual([1, 2]);
  });
});
