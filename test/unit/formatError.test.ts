import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import type { Logger } from "../../src/config/logger.js";
import { NotFoundError } from "../../src/errors.js";
import { createFormatError } from "../../src/graphql/errors.js";

const logger = (): Logger => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() });
const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ["task"], originalError: original });
const formatted = (error: GraphQLError) => ({
  ...error.toJSON(),
  extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at secret.ts:1"] },
});

describe("formatError", () => {
  it("passes deliberate errors through with their code and details", () => {
    const error = resolverError(new NotFoundError("Task", "task:x"));
    expect(createFormatError(true, logger())(formatted(error), error)).toEqual({
      message: 'Task "task:x" was not found',
      path: ["task"],
      locations: undefined,
      extensions: { code: "NOT_FOUND", kind: "Task", id: "task:x" },
    });
  });

  it("masks unexpected errors in production and logs them", () => {
    const log = logger();
    const error = resolverError(new Error("Neo.ClientError: MATCH (n) RETURN secret"));
    expect(createFormatError(true, log)(formatted(error), error)).toEqual({
      message: "Unexpected error.",
      path: ["task"],
      locations: undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(log.error).toHaveBeenCalledWith("unexpected error", expect.objectContaining({ message: expect.stringContaining("MATCH") }));
  });

  it("shows unexpected errors in development, to help whoever is debugging", () => {
    const error = resolverError(new Error("boom"));
    expect(createFormatError(false, logger())(formatted(error), error)).toMatchObject({ message: "boom" });
  });

  it("keeps GraphQL's own codes but strips anything else in production", () => {
    const error = new GraphQLError("Cannot query field", { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const input = { message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["x"] } };
    expect(createFormatError(true, logger())(input, error)).toEqual({
      message: "Cannot query field",
      locations: undefined,
      path: undefined,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });
});
