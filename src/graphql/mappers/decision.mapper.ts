/** Stored decisions as GraphQL objects. */
import type { DecisionRecord } from "../../graph/repositories/decisionRepository.js";
import type { Decision } from "../types/decision.types.js";

/** A stored decision as the GraphQL object; the top recommendation reads as the option ranked 1. */
export function toGraphDecision({ tenant: _tenant, advised, ...decision }: DecisionRecord): Decision {
  return { ...decision, advised: advised && { ...advised, rank: 1, excluded: false } };
}
