/** Query-shape limits (tokens, recursive selections, depth, aliases, directives) as kept-library rules. */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { QUERY_COST, queryCostPlugin } from "./queryCost.js";

/**
 * Query-shape limits, checked before execution and before any field's authorisation. The graph invites
 * deep traversals (task -> skill -> tasks -> skills -> ...), aliases and fragments multiply work; without
 * limits one small request could ask for millions of nodes. Every limit is far above what any operation
 * in schema/operations needs (a unit test holds them to that), and the standard IntrospectionQuery passes.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document: graphql-js stops parsing past this, so a huge document costs nothing more. */
  maxTokens: 5_000,
  /**
   * Selections with every fragment spread expanded (Apollo's rule, computed once per fragment): this is what
   * refuses a fan-out of fragments (each spreading the next twice) in linear time, before the walks below.
   */
  maxRecursiveSelections: 5_000,
  /** Nested selection depth; fragments and inline fragments add no level of their own. */
  maxDepth: 12,
  /** Aliased fields in one operation, fragments expanded. */
  maxAliases: 30,
  /** Directives in one operation, fragments expanded. */
  maxDirectives: 20,
} as const;

/** graphql-armor prefixes "Syntax Error: " to every refusal; the client sees a plain validation error instead. */
const reportTo = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, "")));

const armor = { exposeLimits: true, onReject: [reportTo], propagateOnRejection: false };

/**
 * Depth, alias and directive limits from graphql-armor: each memoises fragments, so it walks a document in
 * linear time. Apollo runs them only once its own validation (maxRecursiveSelections included) has passed.
 */
export function queryShapeRules(limits: Partial<typeof QUERY_LIMITS> = {}): ValidationRule[] {
  const { maxDepth, maxAliases, maxDirectives } = { ...QUERY_LIMITS, ...limits };
  return [
    maxDepthRule({ ...armor, n: maxDepth, flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule({ ...armor, n: maxAliases }),
    maxDirectivesRule({ ...armor, n: maxDirectives }),
  ];
}

/** Every limit as ApolloServer options, in the order Apollo applies them: parse, validate, then cost. */
export function apolloQueryLimits(schema: GraphQLSchema, maxCost: number = QUERY_COST.maxCost) {
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // Apollo runs validationRules only after its own rules, this one included, have passed.
    maxRecursiveSelections: QUERY_LIMITS.maxRecursiveSelections,
    validationRules: queryShapeRules(),
    costPlugin: queryCostPlugin(schema, maxCost),
  };
}
