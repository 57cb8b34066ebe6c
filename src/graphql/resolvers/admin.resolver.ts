/** API key mutations and the audit log (ADMIN). */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { pageOf } from "../mappers/node.mapper.js";
import {
  ApiKey,
  type AuditEvent,
  AuditEventConnection,
  AuditFilterInput,
  CreateApiKeyInput,
  CreatedApiKey,
} from "../types/admin.types.js";

@Resolver()
export class AdminResolver {
  @Authorized("ADMIN")
  @Query(() => [ApiKey], { description: "Every API key, active and revoked." })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.keys.list() as Promise<ApiKey[]>;
  }

  @Authorized("ADMIN")
  @Mutation(() => CreatedApiKey)
  createApiKey(@Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreatedApiKey> {
    return ctx.services.keys.create(input) as Promise<CreatedApiKey>;
  }

  @Authorized("ADMIN")
  @Mutation(() => ApiKey, { description: "Revokes a key at once; revoking twice keeps the first time." })
  revokeApiKey(
    @Arg("id", () => ID) id: string,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ApiKey> {
    return ctx.services.keys.revoke(id, idempotencyKey) as Promise<ApiKey>;
  }

  @Authorized("ADMIN")
  @Query(() => AuditEventConnection, { description: "The audit log, newest first." })
  async auditEvents(
    @Arg("filter", () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await ctx.services.audit.list(filter ?? {}, first, after);
    return pageOf(page.events as AuditEvent[], page.cursors, page.totalCount, page.hasNextPage, after);
  }
}
