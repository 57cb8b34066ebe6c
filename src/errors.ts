/**
 * The errors the API means to return. Each carries a stable code that clients can switch on;
 * anything else that escapes is a bug and is masked at the GraphQL boundary.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(kind: string, id: string) {
    super("NOT_FOUND", `${kind} "${id}" was not found`, { kind, id });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("CONFLICT", message, details);
  }
}

export class UnavailableError extends AppError {
  constructor(message = "The graph database is unavailable; try again shortly") {
    super("UNAVAILABLE", message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Authentication required: send an API key (Authorization: Bearer <key> or x-api-key)") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(required: string) {
    super("FORBIDDEN", `This operation needs the ${required} role`, { requiredRole: required });
  }
}
