/** Deny by default: every root field of the schema carries a role, and the role is the one decided in the matrix. */
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { FEDERATION_ROLE, toSubgraphSchema } from "../../src/graphql/federation.js";
import { buildWorkgraphSchema } from "../../src/graphql/schema.js";
import { ROLE_DECISIONS } from "../integration/roleDecisions.js";

/** `Type.field` → the role of its `@Authorized`, or undefined when the field has none (open to anyone). */
function declaredRoles(): Map<string, string | undefined> {
  const storage = getMetadataStorage();
  const roles = new Map<string, string | undefined>();
  for (const [type, handlers] of [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
  ] as const) {
    for (const handler of handlers) {
      const onField = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
      const onClass = storage.authorizedResolver.find((a) => a.target === handler.target);
      const authorized = onField ?? onClass;
      // `@Authorized()` with no role means any caller with a principal: record it as the empty role.
      roles.set(`${type}.${handler.schemaName}`, authorized ? String(authorized.roles[0] ?? "") : undefined);
    }
  }
  // The subgraph's own root fields are guarded in src/graphql/federation.ts, not by a decorator.
  for (const field of ["Query._entities", "Query._service"]) roles.set(field, FEDERATION_ROLE);
  return roles;
}

describe("deny by default", () => {
  it("has a role decision for every root field of the schema served, and none for a field that is gone", async () => {
    const schema = toSubgraphSchema(await buildWorkgraphSchema());
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(rootFields.length).toBeGreaterThan(40);
    expect(rootFields.filter((field) => !(field in ROLE_DECISIONS))).toEqual([]);
    expect(Object.keys(ROLE_DECISIONS).filter((field) => !rootFields.includes(field))).toEqual([]);
  });

  it("guards every root field with @Authorized carrying exactly the decided role", async () => {
    await buildWorkgraphSchema();
    const declared = declaredRoles();
    const mismatches = Object.entries(ROLE_DECISIONS)
      .filter(([field, decision]) => declared.get(field) !== decision.needs)
      .map(([field, decision]) => `${field}: decided ${decision.needs}, declared ${declared.get(field) ?? "nothing (open)"}`);
    expect(mismatches).toEqual([]);
  });
});
