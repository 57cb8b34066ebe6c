import { describe, expect, it } from "vitest";
import type { CuratedSnapshot, IdInfo } from "../../src/graph/repositories/curationRepository.js";
import { describeDiff, diffTaxonomy, type GraphView } from "../../src/services/curation/bulkDiff.js";
import { type BulkNode, parseBulkFile, toBulkFile } from "../../src/services/curation/bulkFormat.js";

const FILE = "taxonomy.json";
const node = (kind: CuratedSnapshot["kind"], id: string, props: Record<string, unknown>, relations: CuratedSnapshot["relations"] = []): CuratedSnapshot => ({
  kind,
  props: { id, status: "ACTIVE", version: 3, source: "workgraph-seed", createdAt: "2025-01-01T00:00:00.000Z", ...props },
  relations,
});

/** A small graph: a task with a trait, a skill and an outcome; a rule scoped to a worker type. */
const GRAPH: CuratedSnapshot[] = [
  node("Trait", "trait:repetitive", { name: "Repetitive", description: "Again and again." }),
  node("Trait", "trait:digital", { name: "Digital", description: "On a screen." }),
  node("Trait", "trait:retired", { name: "Retired", description: "Old.", status: "DEPRECATED", replacedBy: "trait:digital", deprecationReason: "Merged." }),
  node(
    "Task",
    "task:reconcile",
    { name: "Reconcile", description: "Match the ledger.", businessFunction: "finance", keywords: ["bank"], altLabels: [], importHash: "kept" },
    [
      { type: "HAS_TRAIT", to: "trait:repetitive", toKind: "Trait", props: { weight: 0.8 } },
      { type: "REQUIRES_SKILL", to: "skill:spreadsheets", toKind: "Skill", props: { importance: 0.6 } },
      { type: "CONTRIBUTES_TO", to: "outcome:close", toKind: "Outcome", props: {} },
      // Not curated: a precedent's link never enters the file.
      { type: "INVOLVED_TASK", to: "prec:x", toKind: "PrecedentCase", props: {} },
    ],
  ),
  node(
    "Rule",
    "rule:long",
    {
      name: "Long",
      description: "Long engagements.",
      effect: "WARN",
      severity: "LOW",
      penalty: 0,
      message: "Long.",
      conditions: JSON.stringify([{ field: "derived.engagementWeeks", op: "gt", value: 52 }]),
    },
    [{ type: "APPLIES_TO", to: "wt:contractor", toKind: "WorkerType", props: {} }],
  ),
];
const REFS: Array<[string, IdInfo]> = [
  ["skill:spreadsheets", { kind: "Skill", status: "ACTIVE" }],
  ["outcome:close", { kind: "Outcome", status: "ACTIVE" }],
  ["wt:contractor", { kind: "WorkerType", status: "ACTIVE" }],
  ["ch:old", { kind: "Channel", status: "DEPRECATED" }],
  ["prec:x", { kind: "PrecedentCase", status: "ACTIVE" }],
];

/** The graph as the import sees it for the file's nodes. */
function view(nodes: readonly BulkNode[]): GraphView {
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes: new Map(GRAPH.filter((n) => ids.has(String(n.props.id))).map((n) => [String(n.props.id), n])), refs: new Map(REFS) };
}

/** The export of the small graph, as parsed back. */
function exported(): BulkNode[] {
  const json = JSON.parse(JSON.stringify(toBulkFile(GRAPH, 7, "2025-06-01T00:00:00.000Z"))) as unknown;
  const { nodes, problems } = parseBulkFile(json, FILE);
  expect(problems).toEqual([]);
  return nodes;
}

/** The export with one node edited. */
function edited(id: string, edit: (entry: BulkNode) => BulkNode): BulkNode[] {
  return exported().map((n) => (n.id === id ? edit(n) : n));
}

const diff = (nodes: readonly BulkNode[]) => diffTaxonomy(nodes, view(nodes), FILE, "workgraph-curation");

describe("the bulk format", () => {
  it("exports every node sorted by kind and id, with its curated relationships only", () => {
    const file = toBulkFile(GRAPH, 7, "2025-06-01T00:00:00.000Z") as { nodes: Array<Record<string, unknown>>; changeSequence: number };
    expect(file.changeSequence).toBe(7);
    expect(file.nodes.map((n) => n.id)).toEqual(["task:reconcile", "trait:digital", "trait:repetitive", "trait:retired", "rule:long"]);
    expect(file.nodes[0]).toEqual({
      kind: "Task",
      id: "task:reconcile",
      status: "ACTIVE",
      version: 3,
      source: "workgraph-seed",
      name: "Reconcile",
      description: "Match the ledger.",
      businessFunction: "finance",
      keywords: ["bank"],
      altLabels: [],
      relations: [
        { type: "CONTRIBUTES_TO", to: "outcome:close" },
        { type: "HAS_TRAIT", to: "trait:repetitive", weight: 0.8 },
        { type: "REQUIRES_SKILL", to: "skill:spreadsheets", weight: 0.6 },
      ],
    });
    expect(file.nodes[3]).toMatchObject({ status: "DEPRECATED", replacedBy: "trait:digital", deprecationReason: "Merged." });
    expect(file.nodes[4]).toMatchObject({ conditions: [{ field: "derived.engagementWeeks", op: "gt", value: 52 }] });
  });

  it("round-trips: importing an export changes nothing", () => {
    expect(diff(exported())).toEqual({ ops: [], problems: [] });
  });

  it("names the file and the JSON path of what it cannot read", () => {
    const { problems } = parseBulkFile({ format: "workgraph-taxonomy", formatVersion: 1, nodes: [{ kind: "Task", id: "task:x" }, { kind: "Gadget", id: "" }] }, FILE);
    expect(problems).toEqual([
      expect.stringMatching(/^taxonomy\.json: nodes\[1\]\.kind: /),
      expect.stringMatching(/^taxonomy\.json: nodes\[1\]\.id: /),
    ]);
    expect(parseBulkFile({ format: "csv", nodes: [] }, FILE).problems[0]).toMatch(/^taxonomy\.json: format: /);
  });
});

describe("the diff", () => {
  it("updates only the fields that changed, with their old and new values", () => {
    const nodes = edited("task:reconcile", (n) => ({ ...n, fields: { ...n.fields, description: "Match the bank ledger.", keywords: ["bank", "ledger"] } }));
    const { ops, problems } = diff(nodes);
    expect(problems).toEqual([]);
    expect(ops).toEqual([
      expect.objectContaining({ op: "update", id: "task:reconcile", version: 3, patch: { description: "Match the bank ledger.", keywords: ["bank", "ledger"] } }),
    ]);
    expect(describeDiff(ops)).toEqual([
      'updated     Task task:reconcile: description "Match the ledger." -> "Match the bank ledger."; keywords ["bank"] -> ["bank","ledger"]',
      "0 created, 1 updated, 0 related, 0 unrelated, 0 deprecated",
    ]);
  });

  it("relates, re-weights and unrelates to make the listed relationships the node's whole set", () => {
    const nodes = edited("task:reconcile", (n) => ({
      ...n,
      relations: [
        { type: "HAS_TRAIT", to: "trait:repetitive", weight: 0.5 },
        { type: "HAS_TRAIT", to: "trait:digital", weight: 1 },
        { type: "REQUIRES_SKILL", to: "skill:spreadsheets", weight: 0.6 },
      ],
    }));
    const { ops } = diff(nodes);
    expect(ops.map((op) => [op.op, "to" in op ? op.to : null, "weight" in op ? op.weight : null])).toEqual([
      ["relate", "trait:repetitive", 0.5],
      ["relate", "trait:digital", 1],
      ["unrelate", "outcome:close", null],
    ]);
    expect(describeDiff(ops).slice(0, 3)).toEqual([
      "related     task:reconcile -HAS_TRAIT-> trait:repetitive (weight 0.5, was 0.8)",
      "related     task:reconcile -HAS_TRAIT-> trait:digital (weight 1)",
      "unrelated   task:reconcile -CONTRIBUTES_TO-> outcome:close",
    ]);
  });

  it("leaves relationships and fields the file leaves out as they are", () => {
    const nodes: BulkNode[] = [{ kind: "Task", id: "task:reconcile", status: "ACTIVE", fields: { name: "Reconcile" } }];
    expect(diff(nodes)).toEqual({ ops: [], problems: [] });
  });

  it("creates new nodes before anything relates to them, and deprecates last", () => {
    const nodes: BulkNode[] = [
      { kind: "Trait", id: "trait:repetitive", status: "DEPRECATED", replacedBy: "trait:routine", fields: {} },
      {
        kind: "Task",
        id: "task:new",
        status: "ACTIVE",
        fields: { name: "New", description: "A new task." },
        relations: [{ type: "HAS_TRAIT", to: "trait:routine", weight: 0.9 }],
      },
      { kind: "Trait", id: "trait:routine", status: "ACTIVE", fields: { name: "Routine", description: "Done by rote." } },
    ];
    const { ops, problems } = diff(nodes);
    expect(problems).toEqual([]);
    expect(ops.map((op) => `${op.op} ${op.id}`)).toEqual(["create task:new", "create trait:routine", "relate task:new", "deprecate trait:repetitive"]);
    expect(ops[0]).toMatchObject({ fields: { businessFunction: null, keywords: [], altLabels: [] }, source: "workgraph-curation" });
    expect(ops.at(-1)).toMatchObject({ replacedBy: "trait:routine", reason: "Deprecated by a bulk import.", version: 3 });
  });

  it.each<[string, BulkNode[], RegExp]>([
    ["an unknown target", edited("task:reconcile", (n) => ({ ...n, relations: [{ type: "CONTRIBUTES_TO", to: "outcome:nope" }] })), /nodes\[0\]\.relations\[0\]\.to: no node has id "outcome:nope"/],
    ["a target of the wrong kind", edited("task:reconcile", (n) => ({ ...n, relations: [{ type: "HAS_TRAIT", to: "skill:spreadsheets", weight: 0.5 }] })), /relations\[0\]\.to: HAS_TRAIT goes Task -> Trait/],
    ["a deprecated target", edited("rule:long", (n) => ({ ...n, relations: [{ type: "APPLIES_TO", to: "ch:old" }] })), /relations\[0\]\.to: "ch:old" is deprecated/],
    ["a weight out of range", edited("task:reconcile", (n) => ({ ...n, relations: [{ type: "HAS_TRAIT", to: "trait:digital", weight: 2 }] })), /relations\[0\]\.weight: must be from 0 to 1/],
    ["a relationship listed twice", edited("task:reconcile", (n) => ({ ...n, relations: [{ type: "CONTRIBUTES_TO", to: "outcome:close" }, { type: "CONTRIBUTES_TO", to: "outcome:close" }] })), /relations\[1\]: CONTRIBUTES_TO to "outcome:close" is listed twice/],
    ["a field of another kind", edited("task:reconcile", (n) => ({ ...n, fields: { ...n.fields, offshore: true } })), /nodes\[0\]\.offshore: does not apply to a Task/],
    ["a stale version", edited("task:reconcile", (n) => ({ ...n, version: 2, fields: { ...n.fields, name: "Renamed" } })), /nodes\[0\]\.version: .*version 2 in the file, 3 in the graph/],
    ["a change to a deprecated node", edited("trait:retired", (n) => ({ ...n, fields: { ...n.fields, name: "Revived" } })), /nodes\[3\]\.status: is deprecated in the graph/],
    ["a reactivation", edited("trait:retired", (n) => ({ ...n, status: "ACTIVE" })), /nodes\[3\]\.status: a deprecated node cannot be made active again/],
    ["a kind that does not match the graph", edited("trait:digital", (n) => ({ ...n, kind: "Outcome" })), /nodes\[1\]\.kind: "trait:digital" is a Trait in the graph/],
    ["a successor of another kind", edited("trait:digital", (n) => ({ ...n, status: "DEPRECATED", replacedBy: "skill:spreadsheets" })), /nodes\[1\]\.replacedBy: must be another active Trait/],
    ["a new node with a foreign prefix", [{ kind: "Task", id: "onet:task:1", status: "ACTIVE", fields: { name: "T", description: "D" } }], /nodes\[0\]\.id: must look like "task:lower-case-words"/],
    ["a duplicate id", [...exported(), exported()[0]!], /nodes\[5\]\.id: "task:reconcile" is listed twice/],
  ])("refuses %s, naming the file and path", (_label, nodes, problem) => {
    const { problems } = diff(nodes);
    expect(problems).toEqual([expect.stringMatching(problem)]);
    expect(problems[0]!.startsWith(`${FILE}: `)).toBe(true);
  });

  it("accepts the file's version when it is still the graph's", () => {
    const nodes = edited("task:reconcile", (n) => ({ ...n, version: 3, fields: { ...n.fields, name: "Renamed" } }));
    expect(diff(nodes).problems).toEqual([]);
  });
});
