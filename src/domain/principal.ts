/**
 * Who is asking. Roles are ordered: each includes the rights of those below it.
 *   VIEWER      read the taxonomy
 *   INTEGRATOR  also decompose, recommend, submit needs, record decisions and outcomes for its tenant
 *   STEWARD     also curate the taxonomy and the rules
 *   ADMIN       also API keys and the audit log of its own tenant
 * Platform-wide administration (every tenant's keys and audit events) is not a role: it is the operator
 * at the server's shell, through the keys CLI (a principal of kind "cli"), never a network caller.
 */
export const ROLES = ["VIEWER", "INTEGRATOR", "STEWARD", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** What became of an audited request: done, or refused for lack of rights. */
export const AUDIT_OUTCOMES = ["OK", "DENIED"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Data that every tenant may see (the seed's demonstration precedents). */
export const SHARED_TENANT = "shared";

export type Principal = Readonly<{
  kind: "anonymous" | "apiKey" | "jwt" | "cli";
  /** Stable id of the actor: the API key id, the JWT subject, "anonymous" or "cli:<user>". */
  id: string;
  /** Null: no rights at all (anonymous access switched off). */
  role: Role | null;
  tenant: string | null;
}>;

export function hasRole(principal: Principal, required: Role): boolean {
  return principal.role !== null && ROLES.indexOf(principal.role) >= ROLES.indexOf(required);
}

/**
 * The tenant whose keys and audit log an ADMIN manages; null means every tenant, which only the
 * operator's CLI gets. An ADMIN without a tenant manages nothing over the API, so a key or token
 * that lost its tenant claim never widens into platform-wide rights.
 */
export function administeredTenant(principal: Principal): { tenant: string | null } | null {
  if (principal.kind === "cli") return { tenant: null };
  return principal.tenant ? { tenant: principal.tenant } : null;
}

/** The tenants whose needs, decisions and precedents the principal may see. */
export function visibleTenants(principal: Principal): string[] {
  return principal.tenant && principal.tenant !== SHARED_TENANT ? [SHARED_TENANT, principal.tenant] : [SHARED_TENANT];
}
