/** Reading the audit log: newest first, filtered, a page at a time, within the reader's tenant. */
import { z } from "zod";
import { parseInput } from "../../domain/input.js";
import { administeredTenant, AUDIT_OUTCOMES, type Principal } from "../../domain/principal.js";
import { AppError } from "../../errors.js";
import type { AuditEvent, AuditRepository } from "../../graph/repositories/auditRepository.js";
import { checkPageSize, decodeDateCursor, encodeCursor, isoDateTime } from "../paging.js";

export type AuditPage = Readonly<{ events: AuditEvent[]; totalCount: () => Promise<number>; cursors: string[]; hasNextPage: boolean }>;

const text = z.string().max(200).nullish().transform((v) => v ?? null);
/** Checked before Cypher: a date that `datetime()` cannot read is the client's error, not a 500. */
const auditFilter = z.object({
  actorId: text,
  operation: text,
  targetId: text,
  outcome: z.enum(AUDIT_OUTCOMES).nullish().transform((v) => v ?? null),
  tenant: text,
  since: isoDateTime.nullish().transform((v) => v ?? null),
  until: isoDateTime.nullish().transform((v) => v ?? null),
});

/**
 * Reading the audit log (ADMIN, enforced at the GraphQL boundary): newest first, filtered, and only
 * the events of the ADMIN's own tenant; the operator's CLI alone reads every tenant's.
 */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly principal: Principal,
    private readonly maxPageSize: number,
  ) {}

  async list(rawFilter: unknown, first: number, after: string | null): Promise<AuditPage> {
    checkPageSize(first, this.maxPageSize);
    const scope = administeredTenant(this.principal);
    if (!scope) throw new AppError("FORBIDDEN", "An ADMIN needs a tenant; the audit log of every tenant is the operator's");
    const filter = parseInput(auditFilter, { ...(rawFilter as object) }, "filter");
    const position = after ? decodeDateCursor(after) : null;
    const events = await this.audit.list(filter, scope.tenant, first + 1, position?.key ?? null, position?.id ?? null);
    const page = events.slice(0, first);
    return { events: page, totalCount: () => this.audit.count(filter, scope.tenant), cursors: page.map((event) => encodeCursor(event.at, event.id)), hasNextPage: events.length > first };
  }
}
