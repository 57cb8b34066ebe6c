import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TasksWithDetailsDocument } from "../../schema/generated/operations.js";
import { startTestApi, type TestApi } from "./harness.js";

describe("/metrics", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const scrape = async () => {
    const response = await fetch(new URL("/metrics", api.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };
  /** The value of one sample, 0 when it has not been counted yet. */
  const sample = (text: string, name: string, labels: string) =>
    Number(new RegExp(`^${name}\\{${labels.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\} (\\S+)$`, "m").exec(text)?.[1] ?? 0);

  it("counts requests and latency by operation and outcome, and errors by code", async () => {
    const before = await scrape();
    expect((await api.request(TasksWithDetailsDocument, { first: 2 })).errors).toBeUndefined();
    const bad = await api.request(TasksWithDetailsDocument, { first: "two" as unknown as number });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const after = await scrape();

    const ok = 'operation="TasksWithDetails",outcome="ok"';
    expect(sample(after, "workgraph_graphql_requests_total", ok) - sample(before, "workgraph_graphql_requests_total", ok)).toBe(1);
    expect(sample(after, "workgraph_graphql_request_duration_seconds_count", ok)).toBeGreaterThanOrEqual(1);
    const bucket = `le="+Inf",${ok}`;
    expect(sample(after, "workgraph_graphql_request_duration_seconds_bucket", bucket)).toBe(sample(after, "workgraph_graphql_request_duration_seconds_count", ok));
    const errors = 'code="BAD_USER_INPUT"';
    expect(sample(after, "workgraph_graphql_errors_total", errors) - sample(before, "workgraph_graphql_errors_total", errors)).toBe(1);
  });

  it("shows the Neo4j pool, embedding and decomposition timings and the process", async () => {
    const text = await scrape();
    expect(text).toMatch(/^workgraph_neo4j_sessions_in_use 0$/m);
    expect(text).toMatch(/^workgraph_neo4j_pool_max_size 50$/m);
    expect(text).toMatch(/^# TYPE workgraph_embedding_duration_seconds histogram$/m);
    expect(text).toMatch(/^# TYPE workgraph_decomposition_duration_seconds histogram$/m);
    expect(text).toMatch(/^workgraph_process_resident_memory_bytes \d+/m);
  });
});
