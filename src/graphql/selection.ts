/** The stored properties a resolver's result needs, read from the client's selection. */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Projection } from "../graph/repositories/projection.js";

/** Fields the mapper builds from many stored properties (a precedent's facts and outcome): those need the whole node. */
const WHOLE_NODE_FIELDS = new Set(["facts", "outcome"]);

/** The fields directly in `sets`, with fragment spreads and inline fragments opened (of any type: a superset is harmless). */
function fieldsOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The field nodes `path` leads to from `fieldNodes`, across fragments. */
export function fieldNodesAt(fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let nodes = [...fieldNodes];
  for (const step of path) nodes = selectedFields(nodes, info).filter((field) => field.name.value === step);
  return nodes;
}

/** The fields selected directly under `fieldNodes`, across fragments. */
export function selectedFields(fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  return fieldsOf(fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])), info);
}

/** The stored properties selected on the nodes `fieldNodes` return (see selectedProperties). */
export function projectionOf(fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): Projection {
  const names = new Set(selectedFields(fieldNodes, info).map((field) => field.name.value).filter((name) => !name.startsWith("__")));
  if ([...names].some((name) => WHOLE_NODE_FIELDS.has(name))) return null;
  return [...names];
}

/**
 * The field names selected on the nodes this field returns, `path` leading from the field to them
 * (`"edges", "node"` for a connection, `"skill"` for a weighted relationship). Stored property names
 * are the field names; a selected relationship field projects to nothing and is dropped with the nulls.
 * Null (the whole node) when a selected field is built from other properties.
 */
export function selectedProperties(info: GraphQLResolveInfo, ...path: string[]): Projection {
  return projectionOf(fieldNodesAt(info.fieldNodes, info, path), info);
}
