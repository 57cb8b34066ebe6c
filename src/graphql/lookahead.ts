/**
 * The relationship fields a client selected under a node, read from the selection before they resolve, so
 * the node's own statement can fetch them (two levels) and prime the loaders their resolvers use.
 */
import { type FieldNode, getArgumentValues, type GraphQLResolveInfo, isObjectType } from "graphql";
import type { RelationName } from "../graph/model.js";
import type { Direction } from "../graph/repositories/nodeRepository.js";
import type { RelatedPlan } from "../graph/repositories/relatedCypher.js";
import { MAX_RELATED } from "../services/taxonomyService.js";
import { fieldNodesAt, projectionOf, selectedFields } from "./selection.js";

type AheadField = Readonly<{ relation: RelationName; direction: Direction; type: string; node?: string }>;

/**
 * The relationship fields that can be read ahead, per GraphQL type: what each field's resolver loads
 * (relation and direction), the type it returns, and the field leading to the node on a weighted edge.
 * It must say what the resolvers say: a field missing or different here is only loaded on its own,
 * one round trip more, which the round-trip test counts.
 */
const AHEAD: Readonly<Record<string, Readonly<Record<string, AheadField>>>> = {
  Task: {
    skills: { relation: "requiresSkill", direction: "OUT", type: "Skill", node: "skill" },
    outcomes: { relation: "contributesTo", direction: "OUT", type: "Outcome" },
    traits: { relation: "hasTrait", direction: "OUT", type: "Trait", node: "trait" },
    occupations: { relation: "includesTask", direction: "IN", type: "Occupation" },
    activities: { relation: "performs", direction: "OUT", type: "WorkActivity" },
    precedents: { relation: "precedentTask", direction: "IN", type: "PrecedentCase" },
  },
  Occupation: {
    tasks: { relation: "includesTask", direction: "OUT", type: "Task" },
    skills: { relation: "occupationSkill", direction: "OUT", type: "Skill", node: "skill" },
  },
  WorkerType: {
    suits: { relation: "suits", direction: "OUT", type: "Trait", node: "trait" },
    channels: { relation: "sourcedVia", direction: "OUT", type: "Channel" },
  },
};

/** Two levels (occupation -> tasks -> skills) cover the browse operations; deeper ones load level by level. */
const LEVELS = 2;

/** The relationship fields selected on the `type` nodes `path` leads to from the resolving field. */
export function relatedAhead(info: GraphQLResolveInfo, type: string, ...path: string[]): RelatedPlan[] {
  return plansUnder(fieldNodesAt(info.fieldNodes, info, path), type, info, LEVELS);
}

function plansUnder(fieldNodes: readonly FieldNode[], type: string, info: GraphQLResolveInfo, levels: number): RelatedPlan[] {
  const fields = AHEAD[type];
  const objectType = info.schema.getType(type);
  if (!fields || levels === 0 || !isObjectType(objectType)) return [];
  // Fields under one response name resolve once, with the selections of all of them merged.
  const byResponseName = new Map<string, FieldNode[]>();
  for (const field of selectedFields(fieldNodes, info)) {
    if (!Object.hasOwn(fields, field.name.value)) continue;
    const key = field.alias?.value ?? field.name.value;
    byResponseName.set(key, [...(byResponseName.get(key) ?? []), field]);
  }
  return [...byResponseName.values()].flatMap((group) => {
    const first = group[0]!;
    const ahead = fields[first.name.value]!;
    const limit = limitOf(first, objectType.getFields()[first.name.value], info);
    if (limit === null) return [];
    const nodes = ahead.node ? fieldNodesAt(group, info, [ahead.node]) : group;
    const { relation, direction } = ahead;
    return [{ relation, direction, limit, properties: projectionOf(nodes, info), children: plansUnder(nodes, ahead.type, info, levels - 1) }];
  });
}

/** The field's `first` as its resolver gets it (MAX_RELATED without one); null when the resolver would refuse it. */
function limitOf(field: FieldNode, definition: Parameters<typeof getArgumentValues>[0] | undefined, info: GraphQLResolveInfo): number | null {
  if (!definition) return null;
  try {
    const first: unknown = getArgumentValues(definition, field, info.variableValues).first ?? MAX_RELATED;
    return typeof first === "number" && Number.isInteger(first) && first >= 1 && first <= MAX_RELATED ? first : null;
  } catch {
    return null;
  }
}
