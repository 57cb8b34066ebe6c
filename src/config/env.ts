import { z } from "zod";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const port = z.coerce.number().int().min(1).max(65535);
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
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
  /**
   * What a request without credentials may do: NONE, or a role. Unset: VIEWER for local use, NONE in
   * production, so a production API never answers anonymously unless someone decided it should.
   */
  ANONYMOUS_ROLE: z.enum(["NONE", "VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"]).optional(),
  /** The tenant of anonymous requests (their needs and decisions are kept under it). */
  ANONYMOUS_TENANT: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and hyphens").default("local"),
  /** Largest `first` a connection accepts; larger pages get BAD_USER_INPUT. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
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
  }>;
  maxPageSize: number;
  anonymous: Readonly<{ role: "VIEWER" | "INTEGRATOR" | "STEWARD" | "ADMIN" | null; tenant: string }>;
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
    },
    maxPageSize: e.MAX_PAGE_SIZE,
    anonymous: { role: anonymousRole === "NONE" ? null : anonymousRole, tenant: e.ANONYMOUS_TENANT },
  };
}
