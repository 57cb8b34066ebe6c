import { describe, expect, it } from "vitest";
import { operationLabel } from "../../src/observability/metrics.js";

describe("operation labels", () => {
  it("keeps a plain operation name, and names the unnamed", () => {
    expect(operationLabel("TasksWithDetails")).toBe("TasksWithDetails");
    expect(operationLabel(undefined)).toBe("anonymous");
  });

  it("counts names that are not GraphQL names, and names past the cap, as other", () => {
    expect(operationLabel('x"} 1\nfake_metric{')).toBe("other");
    const names = Array.from({ length: 300 }, (_, i) => `Op${i}`).map(operationLabel);
    expect(names.filter((n) => n === "other").length).toBeGreaterThan(0);
    expect(new Set(names.filter((n) => n !== "other")).size).toBeLessThanOrEqual(200);
    expect(operationLabel("TasksWithDetails")).toBe("TasksWithDetails");
  });
});
