import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";

describe("loadConfig", () => {
  it("applies the documented defaults to an empty environment", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      nodeEnv: "development",
      port: 4000,
      host: "127.0.0.1",
      logLevel: "info",
      neo4j: {
        uri: undefined,
        user: "neo4j",
        password: "",
        database: "neo4j",
        localBoltPort: 7687,
        timeouts: { connectionTimeoutMs: 1_000, acquisitionTimeoutMs: 1_500, maxRetryTimeMs: 800 },
        transactionTimeoutMs: 15_000,
      },
      requestTimeoutMs: 30_000,
      maxPageSize: 100,
      intakeRetrieval: "hybrid",
      intakeOccupationSources: null,
      embedding: { modelDir: undefined, threads: undefined },
      corsOrigins: [],
      introspection: true,
      metricsToken: undefined,
      anonymous: { role: "VIEWER", tenant: "local" },
      rateLimit: { perAddress: 50, perKey: 20 },
      jwt: null,
    });
  });

  it("gives anonymous callers nothing in production unless configured", () => {
    expect(loadConfig({ NODE_ENV: "production" }).anonymous.role).toBeNull();
    expect(loadConfig({ NODE_ENV: "production", ANONYMOUS_ROLE: "VIEWER" }).anonymous.role).toBe("VIEWER");
    expect(loadConfig({ ANONYMOUS_ROLE: "NONE" }).anonymous.role).toBeNull();
  });

  it("reads every variable", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      PORT: "8080",
      HOST: "0.0.0.0",
      LOG_LEVEL: "warn",
      NEO4J_URI: "neo4j+s://db.example.com:7687",
      NEO4J_USER: "app",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "work",
      NEO4J_BOLT_PORT: "7699",
      MAX_PAGE_SIZE: "50",
      EMBEDDING_MODEL_DIR: "/opt/models/minilm",
      EMBEDDING_THREADS: "2",
      INTAKE_OCCUPATION_SOURCES: " onet-29.3, workgraph-seed ",
      NEO4J_CONNECTION_TIMEOUT_MS: "2000",
      NEO4J_ACQUISITION_TIMEOUT_MS: "3000",
      NEO4J_MAX_RETRY_MS: "0",
      NEO4J_TRANSACTION_TIMEOUT_MS: "60000",
      REQUEST_TIMEOUT_MS: "90000",
      METRICS_TOKEN: "scrape-3f9a1c7e5b2d",
    });
    expect(config.neo4j).toEqual({
      uri: "neo4j+s://db.example.com:7687",
      user: "app",
      password: "secret",
      database: "work",
      localBoltPort: 7699,
      timeouts: { connectionTimeoutMs: 2_000, acquisitionTimeoutMs: 3_000, maxRetryTimeMs: 0 },
      transactionTimeoutMs: 60_000,
    });
    expect(config).toMatchObject({ nodeEnv: "production", port: 8080, host: "0.0.0.0", logLevel: "warn", maxPageSize: 50, requestTimeoutMs: 90_000 });
    expect(config.embedding).toEqual({ modelDir: "/opt/models/minilm", threads: 2 });
    expect(config.intakeOccupationSources).toEqual(["onet-29.3", "workgraph-seed"]);
    expect(config.metricsToken).toBe("scrape-3f9a1c7e5b2d");
  });

  it("treats an empty NEO4J_URI as unset (the embedded default)", () => {
    expect(loadConfig({ NEO4J_URI: "" }).neo4j.uri).toBeUndefined();
  });

  it.each([
    ["PORT", "not-a-port"],
    ["PORT", "70000"],
    ["NEO4J_URI", "http://localhost:7474"],
    ["LOG_LEVEL", "loud"],
    ["NODE_ENV", "staging"],
    ["MAX_PAGE_SIZE", "0"],
    ["EMBEDDING_THREADS", "0"],
    ["INTAKE_OCCUPATION_SOURCES", " , "],
    ["METRICS_TOKEN", "too-short"],
    ["METRICS_TOKEN", "has a space in the middle"],
  ])("stops with a message naming %s when it is %j", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });
});
