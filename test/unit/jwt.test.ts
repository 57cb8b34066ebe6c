import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";
import { createJwtVerifier, type JwtVerifier } from "../../src/services/auth/jwtVerifier.js";

const SECRET = "a-test-secret-that-is-long-enough-0123";
const BASE = { JWT_ISSUER: "https://idp.example", JWT_AUDIENCE: "workgraph" };
const claims = { workgraph_role: "INTEGRATOR", workgraph_tenant: "acme" };

const hs256 = (payload: Record<string, unknown> = claims, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
  edit(
    new SignJWT(payload)
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(BASE.JWT_ISSUER)
      .setAudience(BASE.JWT_AUDIENCE)
      .setSubject("user-1")
      .setIssuedAt()
      .setExpirationTime("5m"),
  ).sign(new TextEncoder().encode(SECRET));

describe("JWT with a shared secret (HS256)", () => {
  let verify: JwtVerifier;
  beforeAll(async () => {
    verify = await createJwtVerifier(loadConfig({ JWT_SECRET: SECRET, ...BASE }).jwt!);
  });

  it("maps the claims to a principal", async () => {
    expect(await verify(await hs256())).toEqual({ kind: "jwt", id: "jwt:user-1", role: "INTEGRATOR", tenant: "acme" });
  });

  it.each([
    ["an expired token", () => hs256(claims, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60))],
    ["another audience", () => hs256(claims, (j) => j.setAudience("someone-else"))],
    ["another issuer", () => hs256(claims, (j) => j.setIssuer("https://evil.example"))],
    ["an unsigned token (alg none)", async () => new UnsecuredJWT(claims).setIssuer(BASE.JWT_ISSUER).setAudience(BASE.JWT_AUDIENCE).setSubject("x").encode()],
    ["a tampered payload", async () => {
      const [header, , signature] = (await hs256()).split(".");
      const forged = Buffer.from(JSON.stringify({ ...claims, workgraph_role: "ADMIN", sub: "user-1" })).toString("base64url");
      return `${header}.${forged}.${signature}`;
    }],
    ["no role claim", () => hs256({ workgraph_tenant: "acme" })],
    ["an unknown role", () => hs256({ workgraph_role: "ROOT" })],
    ["a tenant that is not a tenant name", () => hs256({ workgraph_role: "VIEWER", workgraph_tenant: "Robert'); DROP" })],
  ])("refuses %s with UNAUTHENTICATED", async (_label, token) => {
    await expect(verify(await token())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("JWT with a JWKS file (RS256)", () => {
  it("accepts a token signed by a key in the set, and refuses an HS256 token signed with the public key", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const dir = await mkdtemp(path.join(tmpdir(), "workgraph-jwks-"));
    const file = path.join(dir, "jwks.json");
    await writeFile(file, JSON.stringify({ keys: [jwk] }));
    const verify = await createJwtVerifier(loadConfig({ JWT_JWKS_FILE: file, ...BASE }).jwt!);

    const token = await new SignJWT({ workgraph_role: "STEWARD" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(BASE.JWT_ISSUER)
      .setAudience(BASE.JWT_AUDIENCE)
      .setSubject("steward-7")
      .setExpirationTime("5m")
      .sign(privateKey);
    expect(await verify(token)).toEqual({ kind: "jwt", id: "jwt:steward-7", role: "STEWARD", tenant: null });

    // Algorithm confusion: the public key's bytes used as an HMAC secret must not pass.
    const confused = await new SignJWT({ workgraph_role: "ADMIN" })
      .setProtectedHeader({ alg: "HS256", kid: "k1" })
      .setIssuer(BASE.JWT_ISSUER)
      .setAudience(BASE.JWT_AUDIENCE)
      .setSubject("attacker")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(JSON.stringify(jwk)));
    await expect(verify(confused)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("JWT configuration", () => {
  it("needs an issuer and an audience, and one kind of key", () => {
    expect(() => loadConfig({ JWT_SECRET: SECRET })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: SECRET, JWT_JWKS_FILE: "x.json", ...BASE })).toThrow(/not both/);
    expect(() => loadConfig({ JWT_SECRET: "short", ...BASE })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(loadConfig({}).jwt).toBeNull();
  });
});
