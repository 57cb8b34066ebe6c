import type { RuleCondition } from "../domain/rules.js";
import { BadInputError } from "../errors.js";
import type { Fields } from "../services/curation/curationSchema.js";
import type { RelationChange } from "../services/curation/taxonomyWriter.js";
import { toGraph } from "./mapping.js";
import type { CuratedRelationship, KindFieldsInput, RuleConditionInput } from "./types/curation.types.js";
import type { CuratedNode } from "./types/node.type.js";

/**
 * A create or patch input as the fields the service validates: only what the client sent (absent
 * stays absent, null stays null), with rule condition values decoded from their JSON text.
 * `at` is the argument's name, for error paths.
 */
export function toFields(input: KindFieldsInput & { name?: string | null; description?: string | null }, at: string, skip: readonly string[] = []): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || skip.includes(key)) continue;
    fields[key] = key === "conditions" && Array.isArray(value) ? toConditions(value as RuleConditionInput[], `${at}.conditions`) : value;
  }
  return fields;
}

function toConditions(conditions: readonly RuleConditionInput[], at: string): RuleCondition[] {
  return conditions.map((c, i) => {
    const condition: Record<string, unknown> = { field: c.field, op: c.op };
    if (c.value !== null && c.value !== undefined) condition.value = parseLiteral(c.value, `${at}.${i}.value`);
    if (c.valueFrom !== null && c.valueFrom !== undefined) condition.valueFrom = c.valueFrom;
    if (c.multiplier !== null && c.multiplier !== undefined) condition.multiplier = c.multiplier;
    return condition as RuleCondition;
  });
}

function parseLiteral(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadInputError(`${field}: must be JSON, e.g. 78, true or "wt:contractor"`, { field });
  }
}

export function toGraphRelationship(change: RelationChange): CuratedRelationship {
  return { from: toGraph<CuratedNode>(change.from), type: change.type, toId: change.to, weight: change.weight };
}
