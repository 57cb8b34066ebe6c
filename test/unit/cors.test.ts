import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { corsPolicy, isAllowedOrigin } from "../../src/http/cors.js";

describe("CORS configuration", () => {
  it("allows no origin in production unless configured", () => {
    const config = loadConfig({ NODE_ENV: "production" });
    expect(config.corsOrigins).toEqual([]);
    const policy = corsPolicy(config.corsOrigins, config.nodeEnv);
    expect(isAllowedOrigin(policy, "http://localhost:5173")).toBe(false);
  });

  it("reads a comma-separated list of origins and allows exactly those", () => {
    const config = loadConfig({ NODE_ENV: "production", CORS_ORIGINS: " https://a.example.com,https://b.example.com:8443 " });
    expect(config.corsOrigins).toEqual(["https://a.example.com", "https://b.example.com:8443"]);
    const policy = corsPolicy(config.corsOrigins, config.nodeEnv);
    expect(isAllowedOrigin(policy, "https://b.example.com:8443")).toBe(true);
    expect(isAllowedOrigin(policy, "https://b.example.com")).toBe(false);
    expect(isAllowedOrigin(policy, "http://a.example.com")).toBe(false);
  });

  it("refuses an origin with a path, naming the variable", () => {
    expect(() => loadConfig({ CORS_ORIGINS: "https://a.example.com/app" })).toThrow(/CORS_ORIGINS/);
  });

  it("allows local dev servers on any port outside production, and nothing that only looks local", () => {
    const policy = corsPolicy([], "development");
    expect(isAllowedOrigin(policy, "http://localhost:5173")).toBe(true);
    expect(isAllowedOrigin(policy, "http://[::1]:8080")).toBe(true);
    expect(isAllowedOrigin(policy, "http://localhost.evil.com:5173")).toBe(false);
    expect(isAllowedOrigin(policy, "http://localhost:5173.evil.com")).toBe(false);
    expect(isAllowedOrigin(policy, "null")).toBe(false);
  });

  it("turns introspection off in production unless configured", () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true" }).introspection).toBe(true);
  });
});
