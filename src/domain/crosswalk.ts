/** How occupations of two taxonomies (ESCO and O*NET) match: the SKOS mapping relations of the official crosswalk. */

/**
 * Read from the occupation that lists the match: BROAD means the listed occupation is broader than
 * this one, NARROW that it is narrower; EXACT and CLOSE read the same both ways.
 */
export const MATCH_TYPES = ["EXACT", "CLOSE", "BROAD", "NARROW"] as const;
export type OccupationMatchType = (typeof MATCH_TYPES)[number];

/** The same match seen from its other end: a broader match there is a narrower one here. */
export function reverseMatch(type: OccupationMatchType): OccupationMatchType {
  return type === "BROAD" ? "NARROW" : type === "NARROW" ? "BROAD" : type;
}
