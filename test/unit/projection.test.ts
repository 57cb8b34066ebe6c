import { buildSchema, execute, type GraphQLResolveInfo, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { mapProjection, storedProperties, withKeys } from "../../src/graph/repositories/projection.js";
import { pageStatement } from "../../src/graph/repositories/nodeListCypher.js";
import { selectedProperties } from "../../src/graphql/selection.js";

describe("map projections", () => {
  it("returns the named properties, or the whole node for null", () => {
    expect(mapProjection("b", ["id", "name"])).toBe("b {.id, .name}");
    expect(mapProjection("b", null)).toBe("b {.*}");
  });

  it("refuses a name that is not a plain identifier, since names become statement text", () => {
    expect(() => mapProjection("b", ["id", "name}) DETACH DELETE b //"])).toThrow(/Not a property name/);
    expect(() => mapProjection("b", ["1st"])).toThrow(/Not a property name/);
  });

  it("leaves out the nulls a projection answers for absent properties, as {.*} does", () => {
    expect(storedProperties({ id: "t", name: "T", altLabels: null, skills: null }, ["altLabels", "id", "name", "skills"])).toEqual({ id: "t", name: "T" });
    expect(storedProperties({ id: "t", replacedBy: null }, null)).toEqual({ id: "t", replacedBy: null });
  });

  it("always carries id and name, sorted and without repeats", () => {
    expect(withKeys(["status", "id"])).toEqual(["id", "name", "status"]);
    expect(withKeys(null)).toBeNull();
  });

  it("puts the projection into a page statement", () => {
    const { text } = pageStatement({ label: "Task", first: 5, statuses: ["ACTIVE"], properties: ["id", "name"] }, ["shared"]);
    expect(text).toContain("RETURN n {.id, .name} AS props");
  });
});

describe("selected properties", () => {
  const schema = buildSchema(`
    interface Node { id: ID! }
    type Skill implements Node { id: ID! name: String! description: String! }
    type TaskSkill { importance: Float! skill: Skill! }
    type Facts { headcount: Int! }
    type Case implements Node { id: ID! name: String! facts: Facts! }
    type Task implements Node { id: ID! name: String! skills: [TaskSkill!]! }
    type Query { skills: [TaskSkill!]! cases: [Case!]! nodes: [Node!]! }
  `);

  /** The projection each root field's resolver would compute for `query`. */
  async function projections(query: string, path: Record<string, string[]> = {}) {
    const seen: Record<string, unknown> = {};
    // A function on the root value is called with (args, context, info).
    const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen[info.fieldName] = selectedProperties(info, ...(path[info.fieldName] ?? []));
      return [];
    };
    await execute({ schema, document: parse(query), rootValue: { skills: capture, cases: capture, nodes: capture } });
    return seen;
  }

  it("reads the fields under a path, fragments and inline fragments opened", async () => {
    const seen = await projections(
      `{ skills { importance skill { id ...More } } nodes { __typename id ... on Task { name skills { importance } } } }
       fragment More on Skill { name description }`,
      { skills: ["skill"] },
    );
    expect(seen.skills).toEqual(["id", "name", "description"]);
    expect(seen.nodes).toEqual(["id", "name", "skills"]);
  });

  it("asks for the whole node when a field is built from several properties", async () => {
    const seen = await projections(`{ cases { id facts { headcount } } }`);
    expect(seen.cases).toBeNull();
  });
});
