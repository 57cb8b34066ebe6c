/** Creating, revoking and listing API keys, every change audited. */
import { z } from "zod";
import { parseInput } from "../../domain/input.js";
import { administeredTenant, type Principal, ROLES, SHARED_TENANT } from "../../domain/principal.js";
import { AppError, BadInputError, NotFoundError } from "../../errors.js";
import type { ApiKeyRepository, StoredApiKey } from "../../graph/repositories/apiKeyRepository.js";
import { NO_KEY } from "../../graph/idempotency.js";
import type { UnitOfWork } from "../../graph/unitOfWork.js";
import { newApiKey } from "./authService.js";

export type ApiKeyView = Omit<StoredApiKey, "hash">;

const createSchema = z
  .object({
    role: z.enum(ROLES),
    tenant: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and hyphens")
      .refine((t) => t !== SHARED_TENANT, "is reserved for the shared pool")
      .nullish()
      .transform((t) => t ?? null),
    name: z.string().trim().min(1).max(100).default("api key"),
  })
  .strict();

const view = ({ hash: _hash, ...key }: StoredApiKey): ApiKeyView => key;

/**
 * API keys for ADMINs (GraphQL), each within its own tenant, and for operators (the keys CLI), across
 * tenants; every change is audited. Another tenant's key reads as absent (NOT_FOUND).
 */
export class KeyService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly principal: Principal,
  ) {}

  /** The token is in the answer once and nowhere else: not in the graph, not in the audit log. */
  async create(raw: unknown): Promise<{ key: ApiKeyView; token: string }> {
    const input = parseInput(createSchema, raw, "");
    const scope = this.scope();
    if (scope !== null && input.tenant !== null && input.tenant !== scope) {
      throw new AppError("FORBIDDEN", `An ADMIN of tenant "${scope}" creates keys for that tenant only`, { field: "tenant" });
    }
    const tenant = scope ?? input.tenant;
    if (input.role === "INTEGRATOR" && tenant === null) {
      throw new BadInputError("tenant: an INTEGRATOR key needs a tenant: its needs and decisions belong to one", { field: "tenant" });
    }
    const fresh = newApiKey();
    const key = await this.unitOfWork.run("createApiKey", NO_KEY, async (tx) => {
      const stored = view(await this.keys.create(tx, { id: fresh.id, hash: fresh.hash, ...input, tenant }));
      return { result: stored, targetIds: [stored.id], after: stored };
    });
    return { key, token: fresh.token };
  }

  async revoke(id: string, idempotencyKey?: string | null): Promise<ApiKeyView> {
    const scope = this.scope();
    return this.unitOfWork.run("revokeApiKey", { key: idempotencyKey, request: { id } }, async (tx) => {
      const change = await this.keys.revoke(tx, id, scope);
      if (!change) throw new NotFoundError("ApiKey", id);
      return { result: view(change.after), targetIds: [id], before: view(change.before), after: view(change.after) };
    });
  }

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.list(this.scope())).map(view);
  }

  /** The tenant managed (null: every tenant, for the operator's CLI alone). */
  private scope(): string | null {
    const scope = administeredTenant(this.principal);
    if (!scope) throw new AppError("FORBIDDEN", "An ADMIN needs a tenant; platform-wide key management is the keys CLI's");
    return scope.tenant;
  }
}
