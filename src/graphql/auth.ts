/** The one authorization check behind every `@Authorized` field. */
import type { AuthCheckerFn } from "type-graphql";
import { hasRole, type Role } from "../domain/principal.js";
import { ForbiddenError, UnauthenticatedError } from "../errors.js";
import type { Context } from "./context.js";

/**
 * The one authorization check: `@Authorized("STEWARD")` on a field means that role or above.
 * Anonymous callers get UNAUTHENTICATED (a key may grant it); callers with a key get FORBIDDEN.
 * Every refusal is written to the audit log before the error goes back.
 */
export const authChecker: AuthCheckerFn<Context, Role> = async ({ context, info }, roles) => {
  const required = roles[0] ?? "VIEWER";
  if (hasRole(context.principal, required)) return true;
  const operation = `${info.parentType.name}.${info.fieldName}`;
  const anonymous = context.principal.kind === "anonymous";
  await context.services.unitOfWork.denied(operation, anonymous ? "UNAUTHENTICATED" : `FORBIDDEN: needs ${required}`);
  throw anonymous ? new UnauthenticatedError() : new ForbiddenError(required);
};
