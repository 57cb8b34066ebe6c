/** The configuration from the environment, validated with zod, with the defaults the README documents. */
import { z } from "zod";
import type { DriverTimeouts } from "../graph/driver.js";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const port = z.coerce.number().int().min(1).max(65535);
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: port.default(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    /** Unset: the embedded local Neo4j is started (see tools/neo4j-local). */
    NEO4J_URI: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, "must be a neo4j:// or bolt:// URI")
        .optional(),
    ),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().default(""),
    NEO4J_DATABASE: z.string().regex(/^[a-z][a-z0-9.-]{2,62}$/, "must be a Neo4j database name").default("neo4j"),
    NEO4J_BOLT_PORT: port.default(7687),
    /** Deadlines (ms), sized so that with Neo4j down a request answers UNAVAILABLE within 2 s (see README). */
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(1_000),
    NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(1_500),
    NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(800),
    NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /**
     * What a request without credentials may do: NONE, or a role. Unset: VIEWER for local use, NONE in
     * production, so a production API never answers anonymously unless someone decided it should.
     */
    ANONYMOUS_ROLE: z.enum(["NONE", "VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"]).optional(),
    /** The tenant of anonymous requests (their needs and decisions are kept under it). */
    ANONYMOUS_TENANT: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and hyphens")
      .refine((tenant) => tenant !== "shared", "is reserved for the shared pool that every tenant sees")
      .default("local"),
    /** JWT bearer tokens are accepted when a secret (HS256) or a JWKS file (RS256, ES256) is configured. */
    JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
    JWT_JWKS_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
    JWT_ISSUER: z.preprocess(emptyAsUndefined, z.string().optional()),
    JWT_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().optional()),
    JWT_ROLE_CLAIM: z.string().min(1).default("workgraph_role"),
    JWT_TENANT_CLAIM: z.string().min(1).default("workgraph_tenant"),
    /** Requests per second per client address and per API key or token (0: off). Unset: 50 and 20; off under NODE_ENV=test. */
    RATE_LIMIT_PER_ADDRESS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).optional()),
    RATE_LIMIT_PER_KEY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).optional()),
    /** Largest `first` a connection accepts; larger pages get BAD_USER_INPUT. */
    MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    /** hybrid: full-text and sentence vectors fused; fulltext: the words alone (for comparison, or to save CPU). */
    INTAKE_RETRIEVAL: z.enum(["hybrid", "fulltext"]).default("hybrid"),
    /**
     * Taxonomies (occupation `source`s, comma-separated) whose occupations intake names and lends priors from,
     * e.g. "onet-29.3" for answers in O*NET-SOC codes with ESCO imported for browsing. Unset: every taxonomy.
     */
    INTAKE_OCCUPATION_SOURCES: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
        .pipe(z.array(z.string().max(100)).min(1).max(20))
        .optional(),
    ),
    /** Folder holding the embedding model's .onnx and tokenizer files. Unset: resolved with Maven into .data/models. */
    EMBEDDING_MODEL_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Texts the embedding model runs at once, one thread each. Unset: one per core, at most 4. */
    EMBEDDING_THREADS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).optional()),
    /** Browser origins allowed to call the API (comma-separated, e.g. https://app.example.com). */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((o) => o.trim()).filter((o) => o.length > 0))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s,]+$/, "must be origins like https://app.example.com, without a path"))),
    /** Introspection (and so the explorer's docs) in production; always on elsewhere. */
    INTROSPECTION: z.enum(["true", "false"]).optional(),
    /** Set: /metrics needs `Authorization: Bearer <token>`. Unset: open outside production, off in it. */
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().regex(/^\S{16,}$/, "must be at least 16 characters without spaces").optional()),
  })
  .refine((e) => !(e.JWT_SECRET || e.JWT_JWKS_FILE) || (e.JWT_ISSUER && e.JWT_AUDIENCE), {
    message: "JWT_ISSUER and JWT_AUDIENCE are required when JWT_SECRET or JWT_JWKS_FILE is set",
    path: ["JWT_ISSUER"],
  })
  .refine((e) => !(e.JWT_SECRET && e.JWT_JWKS_FILE), {
    message: "set JWT_SECRET or JWT_JWKS_FILE, not both",
    path: ["JWT_SECRET"],
  });

export type Config = Readonly<{
  nodeEnv: "development" | "test" | "production";
  port: number;
  host: string;
  logLevel: LogLevel;
  neo4j: Readonly<{
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    localBoltPort: number;
    timeouts: DriverTimeouts;
    /** The server-side limit on one API transaction (imports from the CLI have none). */
    transactionTimeoutMs: number;
  }>;
  /** The most one HTTP request may take; past it the client gets UNAVAILABLE (503). */
  requestTimeoutMs: number;
  maxPageSize: number;
  intakeRetrieval: "hybrid" | "fulltext";
  /** Null: occupations of every taxonomy. */
  intakeOccupationSources: readonly string[] | null;
  embedding: Readonly<{ modelDir: string | undefined; threads: number | undefined }>;
  corsOrigins: readonly string[];
  introspection: boolean;
  /** The bearer token /metrics asks for; undefined: no token (metrics off in production). */
  metricsToken: string | undefined;
  anonymous: Readonly<{ role: "VIEWER" | "INTEGRATOR" | "STEWARD" | "ADMIN" | null; tenant: string }>;
  /** Requests per second per client address and per principal; 0: off. */
  rateLimit: Readonly<{ perAddress: number; perKey: number }>;
  jwt: Readonly<{
    secret: string | undefined;
    jwksFile: string | undefined;
    issuer: string;
    audience: string;
    roleClaim: string;
    tenantClaim: string;
  }> | null;
}>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the environment once; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const anonymousRole = e.ANONYMOUS_ROLE ?? (e.NODE_ENV === "production" ? "NONE" : "VIEWER");
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localBoltPort: e.NEO4J_BOLT_PORT,
      timeouts: {
        connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
        acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
        maxRetryTimeMs: e.NEO4J_MAX_RETRY_MS,
      },
      transactionTimeoutMs: e.NEO4J_TRANSACTION_TIMEOUT_MS,
    },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
    intakeRetrieval: e.INTAKE_RETRIEVAL,
    intakeOccupationSources: e.INTAKE_OCCUPATION_SOURCES ?? null,
    embedding: { modelDir: e.EMBEDDING_MODEL_DIR, threads: e.EMBEDDING_THREADS },
    corsOrigins: e.CORS_ORIGINS,
    introspection: e.INTROSPECTION ? e.INTROSPECTION === "true" : e.NODE_ENV !== "production",
    metricsToken: e.METRICS_TOKEN,
    anonymous: { role: anonymousRole === "NONE" ? null : anonymousRole, tenant: e.ANONYMOUS_TENANT },
    rateLimit: {
      perAddress: e.RATE_LIMIT_PER_ADDRESS ?? (e.NODE_ENV === "test" ? 0 : 50),
      perKey: e.RATE_LIMIT_PER_KEY ?? (e.NODE_ENV === "test" ? 0 : 20),
    },
    jwt:
      e.JWT_SECRET || e.JWT_JWKS_FILE
        ? {
            secret: e.JWT_SECRET,
            jwksFile: e.JWT_JWKS_FILE,
            issuer: e.JWT_ISSUER!,
            audience: e.JWT_AUDIENCE!,
            roleClaim: e.JWT_ROLE_CLAIM,
            tenantClaim: e.JWT_TENANT_CLAIM,
          }
        : null,
  };
}
