import { BadInputError } from "../../errors.js";
import type { AuditEvent, AuditFilter, AuditRepository } from "../../graph/repositories/auditRepository.js";

export type AuditPage = Readonly<{ events: AuditEvent[]; totalCount: number; cursors: string[]; hasNextPage: boolean }>;

const encode = (event: AuditEvent) => Buffer.from(JSON.stringify([event.at, event.id])).toString("base64url");
function decode(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value as [string, string];
  } catch {
    // fall through: a malformed cursor is the client's error
  }
  throw new BadInputError("after is not a cursor returned by this API", { field: "after" });
}

/** Reading the audit log (ADMIN only, enforced at the GraphQL boundary): newest first, filtered. */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly maxPageSize: number,
  ) {}

  async list(filter: AuditFilter, first: number, after: string | null): Promise<AuditPage> {
    if (!Number.isInteger(first) || first < 1 || first > this.maxPageSize) {
      throw new BadInputError(`first must be between 1 and ${this.maxPageSize}`, { field: "first", max: this.maxPageSize });
    }
    for (const field of ["since", "until"] as const) {
      const value = filter[field];
      if (value && Number.isNaN(Date.parse(value))) throw new BadInputError(`filter.${field} must be an ISO date-time`, { field: `filter.${field}` });
    }
    const [afterAt, afterId] = after ? decode(after) : [null, null];
    const { events, total } = await this.audit.list(filter, first + 1, afterAt, afterId);
    const page = events.slice(0, first);
    return { events: page, totalCount: total, cursors: page.map(encode), hasNextPage: events.length > first };
  }
}
