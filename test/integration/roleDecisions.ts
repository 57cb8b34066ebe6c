/** The role decision for every root field of the schema: the authorization matrix's rows, one per field. */
import type { Role } from "../../src/domain/principal.js";

export type Caller = "anonymous" | Role;

export type RoleDecision = Readonly<{
  /** The least role that may call the field; every role above it may too. */
  needs: Role;
  /** A document calling the field; a function where each caller needs its own ids. */
  document: string | ((caller: Caller) => string);
  /** The field changes the graph: a refusal must leave the whole fingerprint as it was. */
  writes?: boolean;
  /**
   * The call is allowed but cannot succeed here (an id of nothing, input refused after the access
   * check): an allowed caller must get exactly this code, never an access error.
   */
  allowedAnswer?: "NOT_FOUND" | "BAD_USER_INPUT";
}>;

const NEED = `{ text: "Run the monthly payroll" }`;
const suffix = (caller: Caller) => `${caller.toLowerCase()}-${process.pid}`;

/**
 * Keyed by `Type.field`. A root field missing here fails the deny-by-default test (test/unit) and the
 * matrix (test/integration/authorizationMatrix.test.ts): adding a field means deciding who may call it.
 */
export const ROLE_DECISIONS: Record<string, RoleDecision> = {
  "Query.apiKeys": { needs: "ADMIN", document: `{ apiKeys { id role } }` },
  "Query.auditEvents": { needs: "ADMIN", document: `{ auditEvents(first: 1, filter: { outcome: DENIED }) { totalCount } }` },
  "Query.changes": { needs: "VIEWER", document: `{ changes(since: 0, first: 1) { lastSequence hasMore } }` },
  "Query.channel": { needs: "VIEWER", document: `{ channel(id: "ch:direct-hire") { id name } }` },
  "Query.channels": { needs: "VIEWER", document: `{ channels(first: 2) { totalCount edges { node { id } } } }` },
  "Query.decision": { needs: "INTEGRATOR", document: `{ decision(id: "decision:nothing") { id } }`, allowedAnswer: "NOT_FOUND" },
  "Query.decisionStats": { needs: "INTEGRATOR", document: `{ decisionStats { decisions } }` },
  "Query.decisions": { needs: "INTEGRATOR", document: `{ decisions(first: 1) { totalCount } }` },
  "Query.decomposeNeed": { needs: "INTEGRATOR", document: `{ decomposeNeed(input: ${NEED}) { tasks { task { id } } } }` },
  "Query.need": { needs: "INTEGRATOR", document: `{ need(id: "need:nothing") { id } }`, allowedAnswer: "NOT_FOUND" },
  "Query.node": { needs: "VIEWER", document: `{ node(id: "wt:employee") { id } }` },
  "Query.occupation": { needs: "VIEWER", document: `{ occupation(id: "occ:financial-analyst") { id name } }` },
  "Query.occupations": { needs: "VIEWER", document: `{ occupations(first: 2) { totalCount } }` },
  "Query.outcome": { needs: "VIEWER", document: `{ outcome(id: "outcome:accurate-financial-close") { id } }` },
  "Query.outcomes": { needs: "VIEWER", document: `{ outcomes(first: 2) { totalCount } }` },
  "Query.precedentCase": { needs: "VIEWER", document: `{ precedentCase(id: "prec:0001") { id } }` },
  "Query.precedentCases": { needs: "VIEWER", document: `{ precedentCases(first: 2) { totalCount } }` },
  "Query.recommendChannels": {
    needs: "INTEGRATOR",
    document: `{ recommendChannels(input: { need: ${NEED}, limit: 2 }) { options { workerType { id } } } }`,
  },
  "Query.release": { needs: "VIEWER", document: `{ release(number: 999999) { number } }`, allowedAnswer: "NOT_FOUND" },
  "Query.releases": { needs: "VIEWER", document: `{ releases(first: 1) { number } }` },
  "Query.rule": { needs: "VIEWER", document: `{ rule(id: "rule:contingent-tenure-co-employment") { id } }` },
  "Query.rules": { needs: "VIEWER", document: `{ rules { id version } }` },
  "Query.search": { needs: "VIEWER", document: `{ search(query: "payroll", first: 3) { score node { id } } }` },
  "Query.skill": { needs: "VIEWER", document: `{ skill(id: "skill:data-analysis") { id } }` },
  "Query.skills": { needs: "VIEWER", document: `{ skills(first: 2) { totalCount } }` },
  "Query.task": { needs: "VIEWER", document: `{ task(id: "task:hr-run-monthly-payroll") { id } }` },
  "Query.tasks": { needs: "VIEWER", document: `{ tasks(first: 2) { totalCount edges { node { id } } } }` },
  "Query.trait": { needs: "VIEWER", document: `{ trait(id: "trait:repetitive") { id } }` },
  "Query.traits": { needs: "VIEWER", document: `{ traits(first: 2) { totalCount } }` },
  "Query.workActivities": { needs: "VIEWER", document: `{ workActivities(first: 2) { totalCount } }` },
  "Query.workActivity": { needs: "VIEWER", document: `{ workActivity(id: "wa:nothing") { id } }`, allowedAnswer: "NOT_FOUND" },
  "Query._entities": {
    needs: "VIEWER",
    document: `{ _entities(representations: [{ __typename: "WorkerType", id: "wt:employee" }]) { ... on WorkerType { id } } }`,
  },
  "Query._service": { needs: "VIEWER", document: `{ _service { sdl } }` },
  "Query.workerType": { needs: "VIEWER", document: `{ workerType(id: "wt:employee") { id } }` },
  "Query.workerTypes": { needs: "VIEWER", document: `{ workerTypes(first: 2) { totalCount } }` },

  "Mutation.createApiKey": {
    needs: "ADMIN",
    writes: true,
    document: `mutation { createApiKey(input: { role: VIEWER, name: "matrix" }) { key { id } } }`,
  },
  "Mutation.createNode": {
    needs: "STEWARD",
    writes: true,
    document: (caller) =>
      `mutation { createNode(input: { kind: Outcome, id: "outcome:authz-${suffix(caller)}", name: "Matrix outcome ${caller}", description: "Made by the authorization matrix." }) { id } }`,
  },
  "Mutation.deprecateNode": {
    needs: "STEWARD",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { deprecateNode(id: "outcome:authz-nothing", version: 1, reason: "matrix check only") { id } }`,
  },
  "Mutation.publishRelease": {
    needs: "STEWARD",
    writes: true,
    allowedAnswer: "BAD_USER_INPUT",
    document: `mutation { publishRelease(notes: "") { number } }`,
  },
  "Mutation.recordDecision": {
    needs: "INTEGRATOR",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { recordDecision(input: { needId: "need:nothing", workerTypeId: "wt:employee", channelId: "ch:direct-hire", rationale: "matrix check only" }) { id } }`,
  },
  "Mutation.recordOutcome": {
    needs: "INTEGRATOR",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { recordOutcome(input: { decisionId: "decision:nothing", rating: 3, costVariancePct: 0, daysToStart: 5, needChanged: false }) { decision { id } } }`,
  },
  "Mutation.relate": {
    needs: "STEWARD",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { relate(input: { from: "task:authz-nothing", version: 1, type: HAS_TRAIT, to: "trait:repetitive", weight: 0.5 }) { type } }`,
  },
  "Mutation.revokeApiKey": {
    needs: "ADMIN",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { revokeApiKey(id: "key:nothing") { id } }`,
  },
  "Mutation.submitNeed": { needs: "INTEGRATOR", writes: true, document: `mutation { submitNeed(input: ${NEED}) { need { id } } }` },
  "Mutation.unrelate": {
    needs: "STEWARD",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { unrelate(input: { from: "task:authz-nothing", version: 1, type: HAS_TRAIT, to: "trait:repetitive" }) { type } }`,
  },
  "Mutation.updateNode": {
    needs: "STEWARD",
    writes: true,
    allowedAnswer: "NOT_FOUND",
    document: `mutation { updateNode(id: "outcome:authz-nothing", version: 1, patch: { name: "x" }) { id } }`,
  },
};
