/** Curation inputs as the fields the curation service validates, and curated relationships as GraphQL objects. */
import { BadInputError } from "../../errors.js";
import type { Fields } from "../../services/curation/curationSchema.js";
import type { RelationChange } from "../../services/curation/taxonomyWriter.js";
import type { CuratedRelationship, KindFieldsInput, RuleConditionInput } from "../types/curation.types.js";
import type { CuratedNode } from "../types/node.types.js";
import { toGraph } from "./node.mapper.js";

/**
 * A create or patch input as the fields the service validates: only what the client sent (absent
 * stays absent, null stays null), with rule condition values decoded from their JSON text.
 * `at` is the argument's name, for error paths.
 */
export function toFields(input: KindFieldsInput & { name?: string | null; description?: string | null }, at: string, skip: readonly string[] = []): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && !skip.includes(key)) fields[key] = value;
  }
  if (input.conditions && !skip.includes("conditions")) fields.conditions = toConditions(input.conditions, `${at}.conditions`);
  return fields;
}

/** Conditions with their literal values decoded; the service validates them as rule conditions. */
function toConditions(conditions: readonly RuleConditionInput[], at: string): Array<Record<string, unknown>> {
  return conditions.map((c, i) => {
    const condition: Record<string, unknown> = { field: c.field, op: c.op };
    if (c.value !== null && c.value !== undefined) condition.value = parseLiteral(c.value, `${at}.${i}.value`);
    if (c.valueFrom !== null && c.valueFrom !== undefined) condition.valueFrom = c.valueFrom;
    if (c.multiplier !== null && c.multiplier !== undefined) condition.multiplier = c.multiplier;
    return condition;
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
