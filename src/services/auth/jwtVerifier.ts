/** Bearer JWT verification against a shared secret or a JWKS file. */
import { readFile } from "node:fs/promises";
import { createLocalJWKSet, type JWTPayload, jwtVerify } from "jose";
import type { Config } from "../../config/env.js";
import { type Principal, type Role, ROLES, SHARED_TENANT } from "../../domain/principal.js";
import { UnauthenticatedError } from "../../errors.js";

export type JwtVerifier = (token: string) => Promise<Principal>;

const TENANT = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Verifies bearer JWTs against a shared secret (HS256) or a JWKS file (RS256, ES256), with issuer and
 * audience checked and the algorithm pinned to the key type, so a token cannot choose `none` or pass
 * an RSA public key off as an HMAC secret. Claims name the role and tenant. `exp` and `sub` are
 * required: a token without an expiry would be valid for ever, one without a subject audits as nobody.
 */
export async function createJwtVerifier(jwt: NonNullable<Config["jwt"]>): Promise<JwtVerifier> {
  const options = { issuer: jwt.issuer, audience: jwt.audience, requiredClaims: ["exp", "sub"] };
  const verify: (token: string) => Promise<JWTPayload> = jwt.secret
    ? async (token) =>
        (await jwtVerify(token, new TextEncoder().encode(jwt.secret), { ...options, algorithms: ["HS256"] })).payload
    : await (async () => {
        const keys = createLocalJWKSet(JSON.parse(await readFile(jwt.jwksFile!, "utf8")));
        return async (token: string) => (await jwtVerify(token, keys, { ...options, algorithms: ["RS256", "ES256"] })).payload;
      })();

  return async (token) => {
    let claims: JWTPayload;
    try {
      claims = await verify(token);
    } catch {
      // The reason (expired, bad signature, wrong audience) stays in the server's hands.
      throw new UnauthenticatedError("The token is not valid");
    }
    const role = claims[jwt.roleClaim];
    const tenant = claims[jwt.tenantClaim];
    if (typeof role !== "string" || !ROLES.includes(role as Role)) {
      throw new UnauthenticatedError(`The token has no valid ${jwt.roleClaim} claim`);
    }
    if (tenant !== undefined && (typeof tenant !== "string" || !TENANT.test(tenant) || tenant === SHARED_TENANT)) {
      throw new UnauthenticatedError(`The token's ${jwt.tenantClaim} claim is not a tenant name`);
    }
    if (!claims.sub) throw new UnauthenticatedError("The token has no subject");
    return { kind: "jwt", id: `jwt:${claims.sub}`, role: role as Role, tenant: (tenant as string | undefined) ?? null };
  };
}
