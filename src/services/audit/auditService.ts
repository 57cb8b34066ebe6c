/** Reading the audit log: newest first, filtered, a page at a time. */
import { BadInputError } from "../../errors.js";
import type { AuditEvent, AuditFilter, AuditRepository } from "../../graph/repositories/auditRepository.js";
import { checkPageSize, decodeCursor, encodeCursor } from "../paging.js";

export type AuditPage = Readonly<{ events: AuditEvent[]; totalCount: () => Promise<number>; cursors: string[]; hasNextPage: boolean }>;

/** Reading the audit log (ADMIN only, enforced at the GraphQL boundary): newest first, filtered. */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly maxPageSize: number,
  ) {}

  async list(filter: AuditFilter, first: number, after: string | null): Promise<AuditPage> {
    checkPageSize(first, this.maxPageSize);
    for (const field of ["since", "until"] as const) {
      const value = filter[field];
      if (value && Number.isNaN(Date.parse(value))) throw new BadInputError(`filter.${field} must be an ISO date-time`, { field: `filter.${field}` });
    }
    const position = after ? decodeCursor(after) : null;
    const events = await this.audit.list(filter, first + 1, position?.key ?? null, position?.id ?? null);
    const page = events.slice(0, first);
    return { events: page, totalCount: () => this.audit.count(filter), cursors: page.map((event) => encodeCursor(event.at, event.id)), hasNextPage: events.length > first };
  }
}
