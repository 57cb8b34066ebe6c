/** Query-shape limits (depth and aliases) as GraphQL validation rules. */
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

/**
 * Query-shape limits, checked before execution. The graph invites deep traversals (task -> skill ->
 * tasks -> skills -> ...) and aliases multiply work; without limits one request could ask for
 * millions of nodes. Both limits are far above what any legitimate operation of the schema needs.
 */
export const QUERY_LIMITS = {
  /** Nested selection depth, fragments expanded. */
  maxDepth: 12,
  /** Aliased fields in one operation. */
  maxAliases: 30,
} as const;

/** Apollo answers validation errors with HTTP 400 and GRAPHQL_VALIDATION_FAILED. */
const limitError = (message: string) => new GraphQLError(message);

export function depthLimit(maxDepth: number = QUERY_LIMITS.maxDepth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Each fragment's depth is computed once: walking every spread again would let a small document of
    // fragments that each spread the next twice cost 2^n steps before any other check runs.
    const fragmentDepths = new Map<string, number>();
    const walking = new Set<string>();
    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      if (walking.has(name)) return 0; // a cycle; graphql-js's NoFragmentCyclesRule reports it
      walking.add(name);
      const depth = depthOf(fragments.get(name)?.selectionSet);
      walking.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        // An introspection query (the explorer's, any IDE's) is deep by nature but bounded by the schema;
        // graphql-js's MaxIntrospectionDepthRule stops the recursive ones.
        if (operation.selectionSet.selections.every(isIntrospectionField)) return;
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) context.reportError(limitError(`The query is ${depth} levels deep; at most ${maxDepth} are allowed`));
      },
    };
  };
}

const isIntrospectionField = (selection: SelectionSetNode["selections"][number]): boolean =>
  selection.kind === Kind.FIELD && (selection.name.value === "__schema" || selection.name.value === "__type");

export function aliasLimit(maxAliases: number = QUERY_LIMITS.maxAliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) context.reportError(limitError(`The query has ${aliases} aliases; at most ${maxAliases} are allowed`));
        },
      },
    };
  };
}
