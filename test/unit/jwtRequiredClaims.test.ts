import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";
import { createJwtVerifier, type JwtVerifier } from "../../src/services/auth/jwtVerifier.js";

const SECRET = "a-test-secret-that-is-long-enough-0123";
const BASE = { JWT_ISSUER: "https://idp.example", JWT_AUDIENCE: "workgraph" };

/** A signed token with exactly the claims given: `exp` and `sub` only when asked for. */
const token = ({ tenant = "acme", exp = true, sub = true }: { tenant?: string; exp?: boolean; sub?: boolean } = {}) => {
  let jwt = new SignJWT({ workgraph_role: "ADMIN", workgraph_tenant: tenant })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(BASE.JWT_ISSUER)
    .setAudience(BASE.JWT_AUDIENCE)
    .setIssuedAt();
  if (exp) jwt = jwt.setExpirationTime("5m");
  if (sub) jwt = jwt.setSubject("user-1");
  return jwt.sign(new TextEncoder().encode(SECRET));
};

describe("JWT required claims and the reserved tenant", () => {
  let verify: JwtVerifier;
  beforeAll(async () => {
    verify = await createJwtVerifier(loadConfig({ JWT_SECRET: SECRET, ...BASE }).jwt!);
  });

  it("accepts a token with exp and sub", async () => {
    expect(await verify(await token())).toMatchObject({ id: "jwt:user-1", tenant: "acme" });
  });

  it.each([
    ["no exp: it would never expire", { exp: false }],
    ["no sub: it would act for nobody", { sub: false }],
    ["the shared tenant, which every tenant sees", { tenant: "shared" }],
  ])("refuses a token with %s", async (_label, options) => {
    await expect(verify(await token(options))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses shared as ANONYMOUS_TENANT at start-up", () => {
    expect(() => loadConfig({ ANONYMOUS_TENANT: "shared" })).toThrow(ConfigError);
    expect(loadConfig({ ANONYMOUS_TENANT: "sharedish" }).anonymous.tenant).toBe("sharedish");
  });
});
