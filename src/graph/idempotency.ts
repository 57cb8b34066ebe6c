/** Idempotency keys: checked at the boundary, scoped per principal and tenant, and bound to a hash of the request. */
import { createHash } from "node:crypto";
import stableStringify from "fast-json-stable-stringify";
import type { Principal } from "../domain/principal.js";
import { BadInputError } from "../errors.js";

export const IDEMPOTENCY_KEY_MAX = 200;

/** A keyed mutation: its key (optional) and the validated request the key stands for. */
export type Idempotency = Readonly<{ key: string | null | undefined; request: unknown }>;

/** An unkeyed mutation: nothing to replay. */
export const NO_KEY: Idempotency = { key: null, request: null };

/**
 * The scope a key lives in: the principal and its tenant. Anonymous callers all share one principal
 * id, so a key of theirs would replay another caller's answer: they may not send keys at all.
 */
export function idempotencyScope(principal: Principal, key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  const trimmed = key.trim();
  if (trimmed.length === 0 || trimmed.length > IDEMPOTENCY_KEY_MAX) {
    throw new BadInputError(`idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`, { field: "idempotencyKey" });
  }
  if (principal.kind === "anonymous") {
    throw new BadInputError("idempotencyKey needs an API key or token: anonymous callers would share one key scope", {
      field: "idempotencyKey",
    });
  }
  return `${principal.id}|${principal.tenant ?? ""}|${trimmed}`;
}

/**
 * What a key is bound to: the operation and its validated input, hashed over canonical JSON (key order
 * does not matter), so a replay with different input is told apart from a retry of the same request.
 */
export function requestHash(operation: string, request: unknown): string {
  return createHash("sha256").update(stableStringify({ operation, request: request ?? null })).digest("hex");
}
