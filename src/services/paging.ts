/** Paging, the same for every list: page sizes checked one way, and opaque keyset cursors. */
import { BadInputError } from "../errors.js";

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
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return { key: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through: any malformed cursor is the client's error
  }
  throw new BadInputError("after is not a cursor returned by this API", { field: "after" });
}
