import { describe, expect, it } from "vitest";
import type { Principal } from "../../src/domain/principal.js";
import { IDEMPOTENCY_KEY_MAX, idempotencyScope, requestHash } from "../../src/graph/idempotency.js";

const key = (id: string, tenant: string | null): Principal => ({ kind: "apiKey", id, role: "INTEGRATOR", tenant });

describe("idempotency scope", () => {
  it("is per principal and tenant", () => {
    expect(idempotencyScope(key("key:a", "t1"), "k")).not.toBe(idempotencyScope(key("key:b", "t1"), "k"));
    expect(idempotencyScope(key("key:a", "t1"), "k")).not.toBe(idempotencyScope(key("key:a", "t2"), "k"));
    expect(idempotencyScope(key("key:a", "t1"), " k ")).toBe(idempotencyScope(key("key:a", "t1"), "k"));
  });

  it("is none without a key", () => {
    expect(idempotencyScope(key("key:a", "t1"), null)).toBeNull();
  });

  it("refuses keys from anonymous callers, who would all share one scope", () => {
    const anonymous: Principal = { kind: "anonymous", id: "anonymous", role: "INTEGRATOR", tenant: "local" };
    expect(() => idempotencyScope(anonymous, "k")).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
  });

  it.each([["", "empty"], ["  ", "blank"], ["k".repeat(IDEMPOTENCY_KEY_MAX + 1), "too long"]])("refuses a %s key (%s)", (value) => {
    expect(() => idempotencyScope(key("key:a", "t1"), value)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
  });

  it("accepts a key at the limit", () => {
    expect(idempotencyScope(key("key:a", "t1"), "k".repeat(IDEMPOTENCY_KEY_MAX))).toContain("k".repeat(IDEMPOTENCY_KEY_MAX));
  });
});

describe("request hash", () => {
  it("ignores key order but not values or the operation", () => {
    expect(requestHash("op", { a: 1, b: [1, 2] })).toBe(requestHash("op", { b: [1, 2], a: 1 }));
    expect(requestHash("op", { a: 1 })).not.toBe(requestHash("op", { a: 2 }));
    expect(requestHash("op", { a: 1 })).not.toBe(requestHash("other", { a: 1 }));
    expect(requestHash("op", { b: [1, 2] })).not.toBe(requestHash("op", { b: [2, 1] }));
  });
});
