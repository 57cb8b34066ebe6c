/** Stored rule conditions as GraphQL objects. */
import { decodeConditions } from "../../graph/repositories/ruleRepository.js";
import type { RuleCondition } from "../types/rule.types.js";

/** Stored conditions as GraphQL objects: literal values JSON-encoded, so one String field carries any scalar. */
export function toGraphConditions(stored: unknown, ruleId: string): RuleCondition[] {
  return decodeConditions(stored, ruleId).map((c) => ({
    field: c.field,
    op: c.op,
    value: c.value === undefined ? null : JSON.stringify(c.value),
    valueFrom: c.valueFrom ?? null,
    multiplier: c.valueFrom === undefined ? null : (c.multiplier ?? 1),
  }));
}
