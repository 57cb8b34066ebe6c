/** The relationships stewards curate, with their endpoint kinds and weight ranges. */
import { CURATED_LABELS, type CuratedLabel } from "../../domain/taxonomy.js";
import { BadInputError } from "../../errors.js";
import { type RelationName, RELATIONS } from "../../graph/model.js";

/**
 * The relationships stewards curate, and the rules for their endpoints and weights. Pure: the
 * writer checks the endpoints' kinds in the graph against these.
 */

/** Every relationship between curated kinds (precedents are tenant data, recorded by decisions). */
export const CURATED_RELATIONS = (Object.keys(RELATIONS) as RelationName[]).filter(
  (name) =>
    (CURATED_LABELS as readonly string[]).includes(RELATIONS[name].from) &&
    (CURATED_LABELS as readonly string[]).includes(RELATIONS[name].to),
);

export const CURATED_TYPES = [...new Set(CURATED_RELATIONS.map((name) => RELATIONS[name].type))].sort();

/** The range of a relationship's weight, where it has one (its first property). */
const WEIGHT_RANGE: Partial<Record<RelationName, readonly [number, number]>> = {
  requiresSkill: [0, 1],
  occupationSkill: [0, 1],
  hasTrait: [0, 1],
  suits: [-1, 1],
};

export type RelationSpec = Readonly<{ type: string; to: string; weight?: number | null | undefined }>;

/** The curated relationship of `type` from a node of one kind to a node of another, if there is one. */
export function findRelation(fromKind: string, type: string, toKind: string): RelationName | null {
  return CURATED_RELATIONS.find((n) => RELATIONS[n].type === type && RELATIONS[n].from === fromKind && RELATIONS[n].to === toKind) ?? null;
}

/** The relationship of `type` from a node of one kind to a node of another, or BAD_USER_INPUT saying what fits. */
export function resolveRelation(fromKind: CuratedLabel, type: string, toKind: CuratedLabel, at: string): RelationName {
  const name = findRelation(fromKind, type, toKind);
  if (name) return name;
  const fits = CURATED_RELATIONS.filter((n) => RELATIONS[n].type === type).map((n) => `${RELATIONS[n].from} -> ${RELATIONS[n].to}`);
  if (fits.length === 0) {
    throw new BadInputError(`${at}.type: ${type} is not a relationship stewards curate (${CURATED_TYPES.join(", ")})`, { field: `${at}.type` });
  }
  throw new BadInputError(`${at}.to: ${type} goes ${fits.join(" or ")}, not ${fromKind} -> ${toKind}`, { field: `${at}.to` });
}

/** The stored property that carries the relationship's weight, or null when it has none. */
export function weightProperty(name: RelationName): string | null {
  return WEIGHT_RANGE[name] ? (RELATIONS[name].properties[0] ?? null) : null;
}

/** A weighted relationship needs its weight, in range; any other must not be given one. */
export function checkWeight(name: RelationName, weight: number | null | undefined, at: string): number | null {
  const range = WEIGHT_RANGE[name];
  const field = `${at}.weight`;
  const { type } = RELATIONS[name];
  if (!range) {
    if (weight !== null && weight !== undefined) throw new BadInputError(`${field}: ${type} has no weight`, { field });
    return null;
  }
  if (weight === null || weight === undefined || !Number.isFinite(weight)) {
    throw new BadInputError(`${field}: ${type} needs a weight from ${range[0]} to ${range[1]}`, { field });
  }
  if (weight < range[0] || weight > range[1]) {
    throw new BadInputError(`${field}: must be from ${range[0]} to ${range[1]} for ${type}`, { field, min: range[0], max: range[1] });
  }
  return weight;
}

/** Relationships whose endpoints form a hierarchy: a new one must not close a cycle. */
export function isHierarchy(name: RelationName): boolean {
  return RELATIONS[name].type === RELATIONS.broader.type;
}
