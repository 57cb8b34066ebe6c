import { readFileSync } from "node:fs";
import { buildSchema, isInputObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { INPUTS_WITH_IDEMPOTENCY_KEY } from "../../clients/typescript/src/client.js";

describe("the client's list of inputs with an idempotency key", () => {
  it("is exactly the schema's", () => {
    const schema = buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));
    const withKey = Object.values(schema.getTypeMap())
      .filter((type) => isInputObjectType(type) && "idempotencyKey" in type.getFields())
      .map((type) => type.name)
      .sort();
    expect([...INPUTS_WITH_IDEMPOTENCY_KEY].sort()).toEqual(withKey);
  });
});
