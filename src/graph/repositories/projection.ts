/** Which stored properties a read returns: only those the client selected, or the whole node. */

/** Property names to return (null: every property). */
export type Projection = readonly string[] | null;

const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The map projection of `variable`: `n {.id, .name}`, or `n {.*}` for the whole node. The names become
 * statement text (Cypher has no parameter for a property key), so only plain identifiers pass.
 */
export function mapProjection(variable: string, properties: Projection): string {
  if (properties === null) return `${variable} {.*}`;
  const bad = properties.find((name) => !PROPERTY_NAME.test(name));
  if (bad !== undefined) throw new Error(`Not a property name: ${JSON.stringify(bad)}`);
  return `${variable} {${properties.map((name) => `.${name}`).join(", ")}}`;
}

/**
 * A projection answers null for a property the node does not have, where `{.*}` leaves it out; dropping
 * the nulls keeps one shape for both (the mappers fill defaults for absent properties).
 */
export function storedProperties(props: Record<string, unknown>, properties: Projection): Record<string, unknown> {
  if (properties === null) return props;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (value !== null) out[key] = value;
  return out;
}

/** A projection with the keys every read needs added (id for loaders, name for cursors), sorted so equal ones compare equal. */
export function withKeys(properties: Projection): Projection {
  return properties === null ? null : [...new Set(["id", "name", ...properties])].sort();
}
