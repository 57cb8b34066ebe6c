/** Paging, the same for every list: page sizes checked one way, and opaque keyset cursors. */
import { z } from "zod";
import { BadInputError } from "../errors.js";

/** Longer than any cursor this API hands out: a bigger one is not ours, and is not decoded. */
const MAX_CURSOR_LENGTH = 1_000;

/** An ISO-8601 date-time with a zone or offset, as Neo4j's `datetime()` reads it. */
export const isoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO date-time such as 2026-01-31T12:00:00Z" });

/** A page size (or any bounded count argument) must be a whole number in 1..max. */
export function checkPageSize(first: number, max: number, field = "first"): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadInputError(`${field} must be between 1 and ${max}`, { field, max });
  }
}

/**
 * A keyset position (a sort key and an id) as an opaque cursor, so pages stay stable while the
 * graph changes and clients cannot build positions of their own.
 */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    if (cursor.length > MAX_CURSOR_LENGTH) throw new RangeError("cursor too long");
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return { key: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through: any malformed cursor is the client's error
  }
  throw new BadInputError("after is not a cursor returned by this API", { field: "after" });
}

/** A cursor whose key is a date-time (lists newest first): checked before it reaches `datetime()`. */
export function decodeDateCursor(cursor: string): { key: string; id: string } {
  const position = decodeCursor(cursor);
  if (!isoDateTime.safeParse(position.key).success) throw new BadInputError("after is not a cursor returned by this API", { field: "after" });
  return position;
}
