import { readdirSync, readFileSync } from "node:fs";
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS, queryShapeRules } from "../../src/graphql/limits.js";
import { listSizeEstimator, QUERY_COST, queryCost } from "../../src/graphql/queryCost.js";
import { buildWorkgraphSchema } from "../../src/graphql/schema.js";

const OPERATIONS = new URL("../../schema/operations/", import.meta.url);

/** A value for a required variable, so cost is computed as a client's call would have it. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type)]));
  }
  return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[type.name] ?? "x";
}

describe("the limits on the real schema", () => {
  let schema: GraphQLSchema;
  let costOf: (document: DocumentNode, operationName?: string) => number;
  beforeAll(async () => {
    schema = await buildWorkgraphSchema();
    const estimator = listSizeEstimator(schema);
    costOf = (document, operationName) => {
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
      const variables: Record<string, unknown> = {};
      for (const definition of operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : []) {
        const type = typeFromAST(schema, definition.type) as GraphQLInputType;
        if (isNonNullType(type) && !definition.defaultValue) variables[definition.variable.name.value] = sample(type);
      }
      return queryCost(schema, estimator, { document, variables, operationName });
    };
  });
  const shapeErrors = (document: DocumentNode) => validate(schema, document, [...specifiedRules, ...queryShapeRules()]).map((e) => e.message);

  it("lets every operation the repository ships through, well under the cost limit", () => {
    const costs: Record<string, number> = {};
    for (const file of readdirSync(OPERATIONS).filter((f) => f.endsWith(".graphql"))) {
      const document = parse(readFileSync(new URL(file, OPERATIONS), "utf8"), { maxTokens: QUERY_LIMITS.maxTokens });
      expect(shapeErrors(document), file).toEqual([]);
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION) costs[definition.name!.value] = costOf(document, definition.name!.value);
      }
    }
    expect(Object.keys(costs).length).toBeGreaterThan(30);
    const [dearest, cost] = Object.entries(costs).sort((a, b) => b[1] - a[1])[0]!;
    expect(cost, dearest).toBeLessThanOrEqual(QUERY_COST.maxCost / 2);
  });

  it("lets the standard IntrospectionQuery through (tools need it in development)", () => {
    const document = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(shapeErrors(document)).toEqual([]);
    expect(costOf(document, "IntrospectionQuery")).toBeLessThanOrEqual(QUERY_COST.maxCost);
  });

  it("prices the nested traversal that returned megabytes far over the limit", () => {
    // traits -> tasks(20) -> traits -> tasks(20), as measured in issue 12 (2.8 MB from one VIEWER request).
    const document = parse(
      `query Nested { traits(first: 20) { edges { node { tasks(first: 20) { task { traits { trait { tasks(first: 20) { task { id name } } } } } } } } } }`,
    );
    expect(shapeErrors(document)).toEqual([]);
    expect(costOf(document, "Nested")).toBeGreaterThan(QUERY_COST.maxCost);
  });
});
