/** Creating, revoking and listing API keys, every change audited. */
import { z } from "zod";
import { parseInput } from "../../domain/input.js";
import { ROLES } from "../../domain/principal.js";
import { NotFoundError } from "../../errors.js";
import type { ApiKeyRepository, StoredApiKey } from "../../graph/repositories/apiKeyRepository.js";
import type { UnitOfWork } from "../../graph/unitOfWork.js";
import { newApiKey } from "./authService.js";

export type ApiKeyView = Omit<StoredApiKey, "hash">;

const createSchema = z
  .object({
    role: z.enum(ROLES),
    tenant: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and hyphens")
      .refine((t) => t !== "shared", "is reserved for the shared pool")
      .nullish()
      .transform((t) => t ?? null),
    name: z.string().trim().min(1).max(100).default("api key"),
  })
  .refine((k) => k.role !== "INTEGRATOR" || k.tenant !== null, {
    message: "an INTEGRATOR key needs a tenant: its needs and decisions belong to one",
    path: ["tenant"],
  });

const view = ({ hash: _hash, ...key }: StoredApiKey): ApiKeyView => key;

/** API keys for ADMINs (GraphQL) and operators (the keys CLI); every change is audited. */
export class KeyService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The token is in the answer once and nowhere else: not in the graph, not in the audit log. */
  async create(raw: unknown): Promise<{ key: ApiKeyView; token: string }> {
    const input = parseInput(createSchema, raw, "");
    const fresh = newApiKey();
    const key = await this.unitOfWork.run("createApiKey", null, async (tx) => {
      const stored = view(await this.keys.create(tx, { id: fresh.id, hash: fresh.hash, ...input }));
      return { result: stored, targetIds: [stored.id], after: stored };
    });
    return { key, token: fresh.token };
  }

  async revoke(id: string, idempotencyKey?: string | null): Promise<ApiKeyView> {
    return this.unitOfWork.run("revokeApiKey", idempotencyKey, async (tx) => {
      const change = await this.keys.revoke(tx, id);
      if (!change) throw new NotFoundError("ApiKey", id);
      return { result: view(change.after), targetIds: [id], before: view(change.before), after: view(change.after) };
    });
  }

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.list()).map(view);
  }
}
