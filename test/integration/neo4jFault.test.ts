import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateNodeDocument, TasksWithDetailsDocument } from "../../schema/generated/operations.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/embedded/neo4jLocal.js";
import { migrate } from "../../src/graph/migrations.js";
import { type Client, startTestApi, type TestApi } from "./harness.js";

/** A Neo4j of this file's own (also in CI), so stopping it never touches the one the other files share. */
const FAULT_BOLT_PORT = Number(process.env.WORKGRAPH_FAULT_BOLT_PORT ?? 7772);
const FAULT_DATA_DIR = `.data/neo4j-fault-${FAULT_BOLT_PORT}`;
const TAG = `fault-${process.pid}`;

type Outcome = Readonly<{ ms: number; status: number; code: string; id?: string }>;

describe("with Neo4j stopped and started again under load", () => {
  let api: TestApi;
  let steward: Client;
  let written = 0;
  beforeAll(async () => {
    const local = await startLocalNeo4j({ port: FAULT_BOLT_PORT, dataDir: FAULT_DATA_DIR });
    api = await startTestApi({ NEO4J_URI: local.uri });
    await migrate(api.executor);
    steward = await api.as("STEWARD", "fault-steward");
  });
  afterAll(async () => {
    await api?.stop();
    await stopLocalNeo4j({ port: FAULT_BOLT_PORT, dataDir: FAULT_DATA_DIR });
  });

  const timed = async (send: () => Promise<{ status: number; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>, id?: string) => {
    const started = performance.now();
    const result = await send();
    return { ms: performance.now() - started, status: result.status, code: String(result.errors?.[0]?.extensions?.code ?? "OK"), id };
  };
  /** One round of light load: an anonymous read, a keyed read, a keyed write (a node and its audit event). */
  const round = (): Promise<Outcome[]> => {
    const id = `trait:${TAG}-${++written}`;
    return Promise.all([
      timed(() => api.request(TasksWithDetailsDocument, { first: 2 })),
      timed(() => steward.request(TasksWithDetailsDocument, { first: 2 })),
      timed(() => steward.request(CreateNodeDocument, { input: { kind: "Trait", id, name: `Fault trait ${written}`, description: "Written under faults." } }), id),
    ]);
  };
  /** Rounds back to back until `done` resolves. */
  async function loadUntil(done: Promise<unknown>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) outcomes.push(...(await round()));
    return outcomes;
  }

  /**
   * Rounds until one succeeds whole, before any fault: the first queries of a fresh store (migrated a moment
   * ago) can outlast the transaction timeout on a loaded machine; those answer UNAVAILABLE, and none may hang.
   */
  async function untilServing(): Promise<{ last: Outcome[]; all: Outcome[] }> {
    const started = performance.now();
    const all: Outcome[] = [];
    let last: Outcome[] = [];
    while (!(last.length > 0 && last.every((o) => o.code === "OK")) && performance.now() - started < 120_000) {
      last = await round();
      all.push(...last);
    }
    for (const outcome of all) {
      expect([`200 OK`, `503 UNAVAILABLE`]).toContain(`${outcome.status} ${outcome.code}`);
      expect(outcome.ms).toBeLessThan(api.config.requestTimeoutMs + 1_000);
    }
    return { last, all };
  }

  it("answers UNAVAILABLE within 2 s while it is down, is ready again within 5 s, serves again without a restart, writes nothing by halves", { timeout: 300_000 }, async () => {
    const warm = await untilServing();
    const healthy = [...warm.all, ...(await round())];
    expect(healthy.slice(-6).map((o) => o.code)).toEqual(Array(6).fill("OK"));

    // Stopping under load: every answer is a success or UNAVAILABLE (503), never an internal error.
    const stopping = await loadUntil(stopLocalNeo4j({ port: FAULT_BOLT_PORT, dataDir: FAULT_DATA_DIR }));
    for (const outcome of stopping) expect([`200 OK`, `503 UNAVAILABLE`]).toContain(`${outcome.status} ${outcome.code}`);

    // Down: every request, anonymous or keyed, read or write, answers 503 UNAVAILABLE within 2 s.
    const down: Outcome[] = [];
    for (let i = 0; i < 5; i++) down.push(...(await round()));
    for (const outcome of down) {
      expect(`${outcome.status} ${outcome.code}`).toBe("503 UNAVAILABLE");
      expect(outcome.ms).toBeLessThan(2_000);
    }
    const ready = await fetch(new URL("/readyz", api.url));
    expect(ready.status).toBe(503);
    expect((await fetch(new URL("/healthz", api.url))).status).toBe(200);

    // Back: from the moment Neo4j reports ready (Bolt answering), the same API process, never restarted,
    // answers the very next round whole (read, keyed read, write) within 5 s, and is ready again.
    await startLocalNeo4j({ port: FAULT_BOLT_PORT, dataDir: FAULT_DATA_DIR });
    const back = performance.now();
    const recovering = await round();
    const firstRoundMs = performance.now() - back;
    expect(recovering.map((o) => `${o.status} ${o.code}`)).toEqual(Array(3).fill("200 OK"));
    expect(firstRoundMs).toBeLessThan(5_000);
    expect((await fetch(new URL("/readyz", api.url))).status).toBe(200);

    // Nothing half-written: each stored node has its one audit event, and every write answered OK is stored.
    const rows = await api.executor.read(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (e:AuditEvent {outcome: 'OK'}) WHERE n.id IN e.targetIds
       RETURN n.id AS id, count(e) AS events`,
      { prefix: `trait:${TAG}-` },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, String(row.id)).toMatchObject({ events: 1 });
    const stored = new Set(rows.map((row) => row.id));
    const confirmed = [...healthy, ...stopping, ...recovering].filter((o) => o.id && o.code === "OK").map((o) => o.id);
    for (const id of confirmed) expect(stored.has(id)).toBe(true);
  });
});
