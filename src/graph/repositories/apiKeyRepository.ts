/** The Cypher of API keys: stored as the hash of their secret, created, revoked and listed. */
import type { Role } from "../../domain/principal.js";
import type { Executor, Transaction } from "../executor.js";

export type StoredApiKey = Readonly<{
  id: string;
  name: string;
  role: Role;
  tenant: string | null;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}>;

const FIELDS = "k {.id, .name, .role, .tenant, .hash, .createdAt, .revokedAt} AS key";

/** API keys are stored as a hash of their secret only; the secret itself is shown once, at creation. */
export class ApiKeyRepository {
  constructor(private readonly executor: Executor) {}

  async byId(id: string): Promise<StoredApiKey | null> {
    const rows = await this.executor.read(`MATCH (k:ApiKey {id: $id}) RETURN ${FIELDS}`, { id });
    return (rows[0]?.key as StoredApiKey | undefined) ?? null;
  }

  /** `tenant` null: every tenant's keys. */
  async list(tenant: string | null): Promise<StoredApiKey[]> {
    const rows = await this.executor.read(
      `MATCH (k:ApiKey) WHERE $tenant IS NULL OR k.tenant = $tenant RETURN ${FIELDS} ORDER BY k.createdAt, k.id`,
      { tenant },
    );
    return rows.map((r) => r.key as StoredApiKey);
  }

  async create(tx: Transaction, key: Omit<StoredApiKey, "createdAt" | "revokedAt">): Promise<StoredApiKey> {
    const rows = await tx.run(
      `CREATE (k:ApiKey {id: $id, name: $name, role: $role, tenant: $tenant, hash: $hash,
                 createdAt: datetime(), revokedAt: null})
       RETURN ${FIELDS}`,
      key,
    );
    return rows[0]!.key as StoredApiKey;
  }

  /** Returns the key as it was before, or null when there is no such key (in `tenant`, unless null). */
  async revoke(tx: Transaction, id: string, tenant: string | null): Promise<{ before: StoredApiKey; after: StoredApiKey } | null> {
    const rows = await tx.run(
      `MATCH (k:ApiKey {id: $id}) WHERE $tenant IS NULL OR k.tenant = $tenant
       WITH k, k {.id, .name, .role, .tenant, .hash, .createdAt, .revokedAt} AS before
       SET k.revokedAt = coalesce(k.revokedAt, datetime())
       RETURN before, ${FIELDS}`,
      { id, tenant },
    );
    const row = rows[0];
    return row ? { before: row.before as StoredApiKey, after: row.key as StoredApiKey } : null;
  }
}
