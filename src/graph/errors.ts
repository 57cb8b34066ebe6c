/** Driver errors as the API's own errors, in one place. */
import { Neo4jError } from "neo4j-driver";
import { AppError, ConflictError, UnavailableError } from "../errors.js";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

/**
 * The one place where driver errors become the API's errors. A constraint violation is a conflict
 * the client can act on; an unreachable server is UNAVAILABLE. Anything else stays an internal error,
 * which the GraphQL layer masks, so Cypher text never reaches a client.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new UnavailableError();
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new ConflictError("The change conflicts with an existing node (duplicate id)");
    }
  }
  if (error instanceof Error && /ECONNREFUSED|connect ECONN|Could not perform discovery/.test(error.message)) {
    return new UnavailableError();
  }
  return error;
}
