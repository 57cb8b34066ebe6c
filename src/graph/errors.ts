/** Driver errors as the API's own errors, in one place. */
import { Neo4jError } from "neo4j-driver";
import { AppError, ConflictError, UnavailableError } from "../errors.js";

/** The server cannot be reached or has no database: nothing is worth trying until it is back. */
const CONNECTION_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

/**
 * Worth trying again shortly, not a bug: transient errors the driver's retries did not clear, a transaction
 * past its timeout, a procedure (full-text or vector search) that failed inside Neo4j.
 */
const RETRY_LATER_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Procedure.ProcedureCallFailed",
]);

/** The pool had no free connection within the acquisition timeout (the driver gives it no code of its own). */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof Neo4jError && CONNECTION_CODES.has(error.code)) return true;
  return error instanceof Error && /ECONNREFUSED|connect ECONN|Could not perform discovery/.test(error.message);
}

/**
 * The one place where driver errors become the API's errors. A constraint violation is a conflict
 * the client can act on; an unreachable or overloaded server is UNAVAILABLE. Anything else stays an internal error,
 * which the GraphQL layer masks, so Cypher text never reaches a client.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isConnectionFailure(error)) return new UnavailableError();
  if (error instanceof Neo4jError) {
    if (error.code.includes("TransientError") || RETRY_LATER_CODES.has(error.code) || ACQUISITION_TIMEOUT.test(error.message)) {
      return new UnavailableError();
    }
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new ConflictError("The change conflicts with an existing node (duplicate id)");
    }
  }
  return error;
}
