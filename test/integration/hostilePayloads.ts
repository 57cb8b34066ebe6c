/**
 * The tables the hostile-input suite is generated from: payloads (strings a client controls) and the
 * operations each is sent through, as whom. Every pair is one HTTP request.
 */
import { encodeCursor } from "../../src/services/paging.js";

/** Lucene query syntax: every operator and escape the full-text indexes could misread. */
const LUCENE = [
  "*", "?", "*:*", "title:report", "name:(a OR b)", "a AND b OR NOT c", '"unclosed phrase', "report~", "report~0.1",
  "report^100", "[a TO z]", "{a TO z}", "/re.*gex/", "\\", "\\\\\\", "&& || !", "( ) ( (", "+-!():^[]\"{}~*?|&/",
  "a*b?c", "field:", ":", "AND", "OR OR OR", "NOT",
];

/** Cypher and JSON metacharacters: quotes, comments, parameters, braces, procedure calls. */
const CYPHER = [
  "' OR 1=1 //", '") MATCH (n) DETACH DELETE n //', "$param", "}]->(x) RETURN x //", "`backtick`) RETURN 1 //",
  "'; CALL dbms.killQueries([]) //", "x'}) SET n.hacked = true //", "/* comment */", "\\u0027", "{\"$ne\": null}",
  "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "%00%27", "'||'", "MATCH (n) RETURN n LIMIT 1",
];

/** Shapes of ids and text: empty, blank, long, control and direction characters, emoji, numbers, paths. */
const SHAPES = [
  "", " ", "\t\n", "\u0000", "a\u0000b", "\u202eevil", "💥🔥", "task:", "task:../../etc/passwd", "null", "undefined",
  "0", "-1", "1e309", "NaN", "x".repeat(300), "x".repeat(5_000), "need:00000000-0000-0000-0000-000000000000",
  "key:0123456789abcdef", "\ud800", "工作報告週次売上",
];

/** Dates no `datetime()` should see: out of range, without zone, impossible days, words, durations. */
const DATES = [
  "2020-13-01T00:00:00Z", "2020-02-30T00:00:00Z", "2021-02-29T00:00:00Z", "2020-01-01T25:61:61Z", "9999999-01-01T00:00:00Z",
  "2020-01-01", "2020-01-01T00:00:00", "now", "P1D", "yesterday", "-0001-01-01T00:00:00Z", "2020-01-01T00:00:00+99:00",
];

/** Cursors: well-formed base64 around bad positions, and things that are not cursors at all. */
const CURSORS = [
  encodeCursor("2020-02-30T00:00:00Z", "x"), encodeCursor("not a date", "x"), encodeCursor("", ""),
  Buffer.from("[1,2]").toString("base64url"), Buffer.from('["only one"]').toString("base64url"),
  Buffer.from('{"a":1}').toString("base64url"), Buffer.from("not json").toString("base64url"), "%%%", "====", "A".repeat(2_000),
];

export const PAYLOADS: readonly string[] = [...LUCENE, ...CYPHER, ...SHAPES, ...DATES, ...CURSORS];

/** Credentials that must be refused (401) before any GraphQL runs. */
export const BAD_CREDENTIALS: ReadonlyArray<Record<string, string>> = [
  { authorization: "Bearer " },
  { authorization: "Bearer wgk_0123456789abcdef_" + "A".repeat(43) },
  { authorization: "Bearer wgk_zz_zz" },
  { authorization: "Bearer a.b.c" },
  { authorization: "Basic YWRtaW46YWRtaW4=" },
  { authorization: "Bearer " + "x".repeat(4_000) },
  { "x-api-key": "' OR 1=1 //" },
  { "x-api-key": "wgk_" + "f".repeat(16) + "_" + "B".repeat(43) },
];

export type Caller = "anonymous" | "VIEWER" | "INTEGRATOR" | "STEWARD" | "ADMIN";
export type Operation = Readonly<{ name: string; as: Caller; query: string; variables: (payload: string) => Record<string, unknown> }>;

const route = { workerTypeId: "wt:employee", channelId: "ch:direct-hire" };

/** Every operation a payload goes through; mutations here can only fail, so none may write. */
export const OPERATIONS: readonly Operation[] = [
  { name: "node", as: "VIEWER", query: "query ($p: ID!) { node(id: $p) { id } }", variables: (p) => ({ p }) },
  { name: "task", as: "VIEWER", query: "query ($p: ID!) { task(id: $p) { id name } }", variables: (p) => ({ p }) },
  { name: "search", as: "VIEWER", query: "query ($p: String!) { search(query: $p, first: 5) { score node { id } } }", variables: (p) => ({ p }) },
  { name: "search source", as: "VIEWER", query: 'query ($p: String) { search(query: "report", source: $p) { score } }', variables: (p) => ({ p }) },
  { name: "tasks after", as: "VIEWER", query: "query ($p: String) { tasks(first: 2, after: $p) { totalCount } }", variables: (p) => ({ p }) },
  {
    name: "tasks filter",
    as: "VIEWER",
    query: "query ($p: String) { tasks(first: 2, filter: { relatedTo: $p, businessFunction: $p }) { totalCount } }",
    variables: (p) => ({ p }),
  },
  { name: "decisions after", as: "INTEGRATOR", query: "query ($p: String) { decisions(first: 2, after: $p) { totalCount } }", variables: (p) => ({ p }) },
  { name: "decision", as: "INTEGRATOR", query: "query ($p: ID!) { decision(id: $p) { id } }", variables: (p) => ({ p }) },
  { name: "need", as: "INTEGRATOR", query: "query ($p: ID!) { need(id: $p) { id } }", variables: (p) => ({ p }) },
  {
    name: "recommend needId",
    as: "INTEGRATOR",
    query: "query ($p: ID) { recommendChannels(input: { needId: $p }) { options { score } } }",
    variables: (p) => ({ p }),
  },
  {
    name: "auditEvents since",
    as: "ADMIN",
    query: "query ($p: String) { auditEvents(first: 2, filter: { since: $p, until: $p }) { totalCount } }",
    variables: (p) => ({ p }),
  },
  {
    name: "auditEvents filter",
    as: "ADMIN",
    query: "query ($p: String) { auditEvents(first: 2, filter: { actorId: $p, operation: $p, tenant: $p }) { totalCount } }",
    variables: (p) => ({ p }),
  },
  { name: "auditEvents after", as: "ADMIN", query: "query ($p: String) { auditEvents(first: 2, after: $p) { totalCount } }", variables: (p) => ({ p }) },
  {
    name: "recordDecision",
    as: "INTEGRATOR",
    query: "mutation ($p: ID!, $k: String) { recordDecision(input: { needId: $p, workerTypeId: $p, channelId: $p, idempotencyKey: $k }) { id } }",
    variables: (p) => ({ p, k: p }),
  },
  {
    name: "recordDecision route",
    as: "INTEGRATOR",
    query: "mutation ($p: ID!, $w: ID!, $c: ID!) { recordDecision(input: { needId: $p, workerTypeId: $w, channelId: $c }) { id } }",
    variables: (p) => ({ p, w: route.workerTypeId, c: route.channelId }),
  },
  {
    name: "recordOutcome",
    as: "INTEGRATOR",
    query:
      "mutation ($p: ID!, $n: String) { recordOutcome(input: { decisionId: $p, rating: 3, costVariancePct: 0, daysToStart: 1, needChanged: false, notes: $n }) { precedentId } }",
    variables: (p) => ({ p, n: p }),
  },
  {
    name: "updateNode",
    as: "STEWARD",
    query: 'mutation ($p: ID!) { updateNode(id: $p, version: 1, patch: { name: "renamed" }) { id } }',
    variables: (p) => ({ p }),
  },
  {
    name: "deprecateNode",
    as: "STEWARD",
    query: "mutation ($p: ID!, $r: String!) { deprecateNode(id: $p, version: 1, reason: $r) { id } }",
    variables: (p) => ({ p, r: p }),
  },
  { name: "revokeApiKey", as: "ADMIN", query: "mutation ($p: ID!) { revokeApiKey(id: $p) { id } }", variables: (p) => ({ p }) },
  {
    name: "createApiKey tenant",
    as: "ADMIN",
    query: 'mutation ($p: String) { createApiKey(input: { role: VIEWER, tenant: $p, name: "hostile" }) { token } }',
    variables: (p) => ({ p }),
  },
  { name: "anonymous node", as: "anonymous", query: "query ($p: ID!) { node(id: $p) { id } }", variables: (p) => ({ p }) },
];
