/**
 * Mutations sent the way a client on a bad network sends them: answers lost mid-flight, requests
 * retried with their idempotency key, duplicates raced; then the audit log checked against the graph.
 * Shared by the audit-under-faults test and `npm run bench:audit`.
 */
import type { Executor } from "../../src/graph/executor.js";

export type FaultyRun = Readonly<{ mutations: number; attempts: number; aborted: number; raced: number; retriedErrors: number; failures: string[] }>;
export type FaultOptions = Readonly<{
  url: string;
  token: string;
  /** Ids and keys start with it: `trait:<tag>-<i>`, `<tag>-<i>`. */
  tag: string;
  count: number;
  concurrency: number;
  /** Share of attempts whose answer is dropped by the client after a random short wait. */
  abortShare: number;
  /** Share of mutations sent twice at once with the same key. */
  raceShare: number;
  /** Called once, when half the mutations have been answered (a database restart, say). */
  halfway?: () => Promise<void>;
  /** Give up on one mutation after this long (the database may be down meanwhile). */
  patienceMs?: number;
}>;

const CREATE = `mutation ($input: CreateNodeInput!, $key: String) { createNode(input: $input, idempotencyKey: $key) { id version } }`;

/** Deterministic, so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runFaultyWrites(options: FaultOptions): Promise<FaultyRun> {
  const rng = random(12);
  const stats = { attempts: 0, aborted: 0, raced: 0, retriedErrors: 0 };
  const failures: string[] = [];
  const patience = options.patienceMs ?? 60_000;

  async function attempt(i: number, dropAfterMs: number | null): Promise<"done" | "retry"> {
    stats.attempts++;
    const controller = new AbortController();
    const timer = dropAfterMs === null ? null : setTimeout(() => controller.abort(), dropAfterMs);
    const input = { kind: "Trait", id: `trait:${options.tag}-${i}`, name: `Fault trait ${i}`, description: `Written under faults, number ${i}` };
    try {
      const response = await fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query: CREATE, variables: { input, key: `${options.tag}-${i}` } }),
        signal: controller.signal,
      });
      const body = (await response.json()) as { data?: { createNode?: { id: string } }; errors?: Array<{ extensions?: { code?: string } }> };
      if (body.data?.createNode?.id === input.id) return "done";
      const code = body.errors?.[0]?.extensions?.code;
      if (response.status >= 500 || code === "UNAVAILABLE") {
        stats.retriedErrors++;
        return "retry";
      }
      failures.push(`${input.id}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      return "done";
    } catch {
      if (controller.signal.aborted) stats.aborted++;
      else stats.retriedErrors++;
      return "retry";
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  async function mutate(i: number): Promise<void> {
    const started = Date.now();
    if (rng() < options.raceShare) {
      stats.raced++;
      await Promise.all([attempt(i, null), attempt(i, null)]);
    }
    for (let tries = 0; ; tries++) {
      const drop = rng() < options.abortShare ? Math.floor(rng() * 30) : null;
      if ((await attempt(i, drop)) === "done") return;
      if (Date.now() - started > patience) {
        failures.push(`trait:${options.tag}-${i}: no answer in ${patience} ms`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 20 * 2 ** tries)));
    }
  }

  let next = 0;
  let answered = 0;
  let halfway: Promise<void> | null = null;
  const worker = async () => {
    while (next < options.count) {
      await mutate(next++);
      if (++answered === Math.floor(options.count / 2) && options.halfway) halfway = options.halfway();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await halfway;
  return { mutations: options.count, ...stats, failures };
}

export type AuditCheck = Readonly<{ nodes: number; events: number; keysWithTwoEvents: string[]; eventsWithoutNode: string[]; nodesWithoutEvent: string[] }>;

/** The committed changes of a run against its audit events: each node exactly one event, each event its node. */
export async function checkAudit(executor: Executor, tag: string): Promise<AuditCheck> {
  const prefix = `trait:${tag}-`;
  const nodes = (await executor.read("MATCH (t:Trait) WHERE t.id STARTS WITH $prefix RETURN t.id AS id", { prefix })).map((r) => r.id as string);
  const events = await executor.read(
    `MATCH (e:AuditEvent {operation: 'createNode', outcome: 'OK'}) WHERE e.idempotencyKey STARTS WITH $key
     RETURN e.idempotencyKey AS key, e.targetIds AS targets`,
    { key: `${tag}-` },
  );
  const perKey = new Map<string, number>();
  for (const e of events) perKey.set(e.key as string, (perKey.get(e.key as string) ?? 0) + 1);
  const targeted = new Set(events.flatMap((e) => e.targets as string[]));
  const stored = new Set(nodes);
  return {
    nodes: nodes.length,
    events: events.length,
    keysWithTwoEvents: [...perKey].filter(([, n]) => n > 1).map(([key]) => key),
    eventsWithoutNode: [...targeted].filter((id) => id.startsWith(prefix) && !stored.has(id)),
    nodesWithoutEvent: nodes.filter((id) => !targeted.has(id)),
  };
}

/** Removes a run's traits (the audit log and the change feed are append-only and keep their entries). */
export async function removeFaultyWrites(executor: Executor, tag: string): Promise<void> {
  await executor.write("MATCH (t:Trait) WHERE t.id STARTS WITH $prefix DETACH DELETE t", { prefix: `trait:${tag}-` });
}
