/** Who is calling: an API key, a bearer JWT, or the anonymous policy, as a Principal. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { type Principal, type Role, SHARED_TENANT } from "../../domain/principal.js";
import { UnauthenticatedError } from "../../errors.js";
import type { ApiKeyRepository, StoredApiKey } from "../../graph/repositories/apiKeyRepository.js";
import type { JwtVerifier } from "./jwtVerifier.js";

/** `wgk_<key id>_<secret>`: the id finds the stored hash; the secret never leaves the client. */
const TOKEN = /^wgk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export type NewApiKey = Readonly<{ id: string; token: string; hash: string }>;

export function newApiKey(): NewApiKey {
  const keyId = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { id: `key:${keyId}`, token: `wgk_${keyId}_${secret}`, hash: hashSecret(secret) };
}

/** A key's secret is 256 random bits, so a fast hash is enough: there is nothing to guess. */
function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export type AnonymousPolicy = Readonly<{ role: Role | null; tenant: string }>;

export class AuthService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly anonymous: AnonymousPolicy,
    private readonly jwt: JwtVerifier | null = null,
  ) {}

  /**
   * The principal behind a request's headers. No credentials: the configured anonymous policy.
   * Credentials that do not check out are refused outright, never downgraded to anonymous, so a
   * client with a revoked or mistyped key learns so at once.
   */
  async authenticate(headers: Readonly<{ authorization?: string | undefined; apiKey?: string | undefined }>): Promise<Principal> {
    const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = bearer ?? headers.apiKey?.trim();
    if (headers.authorization && !bearer) throw new UnauthenticatedError("The Authorization header must be `Bearer <key>`");
    if (!token) return { kind: "anonymous", id: "anonymous", role: this.anonymous.role, tenant: this.anonymous.tenant };
    if (token.split(".").length === 3) {
      if (!this.jwt) throw new UnauthenticatedError("This server does not accept JWTs; use an API key");
      return this.jwt(token);
    }
    const key = await this.verify(token);
    return { kind: "apiKey", id: key.id, role: key.role, tenant: key.tenant };
  }

  private async verify(token: string): Promise<StoredApiKey> {
    const parts = TOKEN.exec(token);
    const invalid = new UnauthenticatedError("The API key is not valid");
    if (!parts) throw invalid;
    const key = await this.keys.byId(`key:${parts[1]}`);
    if (!key) throw invalid;
    const given = Buffer.from(hashSecret(parts[2]!), "hex");
    const stored = Buffer.from(key.hash, "hex");
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) throw invalid;
    if (key.revokedAt) throw new UnauthenticatedError("The API key has been revoked");
    // The shared pool is everyone's: a key stored under it (by hand, or before it was reserved) acts for no one.
    if (key.tenant === SHARED_TENANT) throw invalid;
    return key;
  }
}
