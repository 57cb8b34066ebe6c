/** How errors reach clients: deliberate ones with their code, anything else masked in production. */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "../config/logger.js";
import { AppError } from "../errors.js";

const MASKED = "Unexpected error.";

/**
 * Deliberate errors (AppError) reach the client with their code and details; GraphQL's own
 * (syntax, validation, coercion) keep theirs. Anything else is a bug: logged in full, and in
 * production answered with a bare INTERNAL_SERVER_ERROR so no stack, Cypher or driver text leaks.
 */
export function createFormatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { path, locations } = formatted;
    if (original instanceof AppError) {
      return { message: original.message, locations, path, extensions: { ...original.details, code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") {
      return production ? { message: formatted.message, locations, path, extensions: { code } } : formatted;
    }
    logger.error("unexpected error", {
      message: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
      path,
    });
    return production
      ? { message: MASKED, locations, path, extensions: { code: "INTERNAL_SERVER_ERROR" } }
      : formatted;
  };
}
