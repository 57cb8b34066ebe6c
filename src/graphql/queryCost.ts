/** The cost limit: what a query would fetch, estimated from `first` on every list before it runs. */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from "graphql";
// The CommonJS build: it shares the graphql copy that type-graphql's schema was built with (one realm).
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity/cjs";

export const QUERY_COST = {
  /**
   * Far above any operation in schema/operations (a unit test holds it to that), far below the nested
   * traversals that returned megabytes: traits(20) -> tasks(20) -> traits -> tasks(20) costs about 10^5.
   */
  maxCost: 20_000,
  /** What an unpaged list (a task's skills, a skill's broader skills) is assumed to hold. */
  unpagedListSize: 10,
} as const;

/** Arguments that bound how many items a field returns. */
const PAGE_ARGUMENTS = ["first", "limit"] as const;

/**
 * Types that are pages: returned by a field with `first` or `limit` (connections, the change feed, a
 * decomposition). Their own list fields (`edges`, `entries`) hold that page and are not multiplied again.
 */
function pageTypes(schema: GraphQLSchema): Set<string> {
  const pages = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNullableType(field.type);
      if (!isListType(returned) && field.args.some((a) => PAGE_ARGUMENTS.includes(a.name as never))) {
        pages.add(getNamedType(returned).name);
      }
    }
  }
  return pages;
}

/** Each field costs one, plus its selection times the number of items it returns: nested lists multiply. */
export function listSizeEstimator(schema: GraphQLSchema, unpagedListSize: number = QUERY_COST.unpagedListSize) {
  const pages = pageTypes(schema);
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    // Introspection (__schema, __type) is sized by the schema, not the data, and is off in production.
    if (field.name.startsWith("__")) return 0;
    const bound = PAGE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === "number");
    const items = bound ?? (isListType(getNullableType((field as GraphQLField<unknown, unknown>).type)) && !pages.has(type.name) ? unpagedListSize : 1);
    return 1 + Math.max(items, 0) * childComplexity;
  };
}

/** The estimated cost of the operation a request names, with its variables. */
export function queryCost(schema: GraphQLSchema, estimator: ReturnType<typeof listSizeEstimator>, request: CostRequest): number {
  return getComplexity({ schema, query: request.document, variables: request.variables, operationName: request.operationName, estimators: [estimator] });
}

type CostRequest = Readonly<{ document: DocumentNode; variables?: Record<string, unknown>; operationName?: string }>;

/** Variable sets remembered per document: a document with ever-new variables (search text) only recomputes. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses an operation whose estimated cost is over the limit, after validation (so the shape limits have
 * bounded the walk) and before any resolver, authorisation or Cypher runs. Cost depends on variables
 * (`first: $n`), so it cannot be a cached validation rule; it is remembered per parsed document (Apollo's
 * document cache hands back the same one for the same query text) and variables, as walking the
 * document costs more than the rest of a small request's validation.
 */
export function queryCostPlugin(schema: GraphQLSchema, maxCost: number = QUERY_COST.maxCost): ApolloServerPlugin {
  const estimator = listSizeEstimator(schema);
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (request: CostRequest) => {
    let costs = known.get(request.document);
    if (!costs) known.set(request.document, (costs = new Map()));
    const key = `${request.operationName ?? ""}\u0000${JSON.stringify(request.variables)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, estimator, request);
      if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
      costs.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let cost: number;
          try {
            cost = costOf({ document, variables: request.variables ?? {}, operationName: operationName ?? undefined });
          } catch {
            return; // variables that do not coerce: execution reports them as BAD_USER_INPUT
          }
          if (cost > maxCost) {
            throw new GraphQLError(`The query's estimated cost is ${cost}; at most ${maxCost} is allowed (lower \`first\` or nest fewer lists)`, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
