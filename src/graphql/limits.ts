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
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) context.reportError(limitError(`The query is ${depth} levels deep; at most ${maxDepth} are allowed`));
      },
    };
  };
}

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
