/** The Cypher of node lists: values travel as parameters, only the given filters are in the text, and the count store serves unfiltered totals. */
import { describe, expect, it } from "vitest";
import { countStatement, type ListQuery, pageStatement } from "../../src/graph/repositories/nodeListCypher.js";

const TENANTS = ["shared", "acme"];
const base: ListQuery = { label: "Task", first: 50, statuses: ["ACTIVE"] };

describe("pageStatement", () => {
  it("walks the name index from the start and asks for one row more than the page", () => {
    const { text, params } = pageStatement(base, TENANTS);
    expect(text).toContain("MATCH (n:Task) WHERE n.name IS NOT NULL");
    expect(text).toMatch(/ORDER BY n\.name, n\.id\s+LIMIT toInteger\(\$limit\)/);
    expect(params).toEqual({ statuses: ["ACTIVE"], tenants: TENANTS, limit: 51 });
  });

  it("continues after a cursor with a range on the name and no OR the planner would split", () => {
    const hostile = "x' OR 1=1 //";
    const { text, params } = pageStatement({ ...base, after: { name: hostile, id: "task:b" } }, TENANTS);
    expect(text).toContain("n.name >= $afterName AND NOT (n.name = $afterName AND n.id <= $afterId)");
    expect(text).not.toContain(hostile);
    expect(params).toMatchObject({ afterName: hostile, afterId: "task:b" });
  });

  it("puts only the filters it was given into the text", () => {
    const { text, params } = pageStatement({ ...base, text: "Ledger", source: "onet-29.3" }, TENANTS);
    expect(text).toContain("CONTAINS $text");
    expect(text).toContain("n.source = $source");
    expect(text).not.toContain("$businessFunction");
    expect(text).not.toContain("$relatedTo");
    expect(params).toMatchObject({ text: "ledger", source: "onet-29.3" });
  });

  it("starts from the related node, which must be visible to the caller", () => {
    const { text, params } = pageStatement({ ...base, relatedTo: "case:1" }, TENANTS);
    expect(text).toMatch(/^MATCH \(r:Entity \{id: \$relatedTo\}\)--\(n:Task\)/);
    expect(text).toContain("r.tenant IN $tenants");
    expect(params).toMatchObject({ relatedTo: "case:1" });
  });
});

describe("pageStatement with relationship fields read ahead", () => {
  it("cuts the page first, then reads each field's related nodes as its loader would, limits as parameters", () => {
    const related = [
      {
        relation: "requiresSkill",
        direction: "OUT",
        limit: 500,
        properties: ["id", "name"],
        children: [{ relation: "broader", direction: "IN", limit: 7, properties: null, children: [] }],
      },
      { relation: "includesTask", direction: "IN", limit: 3, properties: ["id"], children: [] },
    ] as const;
    const { text, params } = pageStatement({ ...base, related }, TENANTS);
    expect(text).toMatch(/WITH n ORDER BY n\.name, n\.id LIMIT toInteger\(\$limit\)\s+RETURN n \{\.\*\} AS props, \[COLLECT \{/);
    expect(text).toContain("MATCH (n)-[r_ahead_0:REQUIRES_SKILL]->(b_ahead_0:Skill)");
    expect(text).toContain("ORDER BY coalesce(r_ahead_0.importance, 0) DESC, b_ahead_0.name, b_ahead_0.id LIMIT toInteger($limit_ahead_0)");
    expect(text).toContain("MATCH (b_ahead_0)<-[r_ahead_0_0:BROADER]-(b_ahead_0_0:Skill)");
    expect(text).toContain("MATCH (n)<-[r_ahead_1:INCLUDES_TASK]-(b_ahead_1:Occupation)");
    expect(text).toContain("b_ahead_1.status IN $relatedStatuses AND (NOT b_ahead_1:PrecedentCase OR b_ahead_1.tenant IN $tenants)");
    expect(params).toMatchObject({ limit_ahead_0: 500, limit_ahead_0_0: 7, limit_ahead_1: 3, relatedStatuses: ["ACTIVE"], tenants: TENANTS });
  });
});

describe("countStatement", () => {
  it("reads the count store when a shared kind is listed unfiltered", () => {
    expect(countStatement({ ...base, statuses: ["ACTIVE", "DEPRECATED"] }, TENANTS)).toEqual({
      text: "MATCH (n:Task) RETURN count(n) AS total",
      params: {},
    });
  });

  it.each([
    ["active only", { ...base }],
    ["precedents (tenant data)", { ...base, label: "PrecedentCase", statuses: ["ACTIVE", "DEPRECATED"] } as ListQuery],
    ["a text filter", { ...base, statuses: ["ACTIVE", "DEPRECATED"], text: "x" } as ListQuery],
  ])("counts the matches for %s", (_, query) => {
    const { text, params } = countStatement(query, TENANTS);
    expect(text).toContain("n.status IN $statuses");
    expect(text).toContain("RETURN count(n) AS total");
    expect(params).toMatchObject({ statuses: query.statuses, tenants: TENANTS });
  });
});
