import os from "node:os";
import path from "node:path";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OnetImportError } from "../../src/importers/onet/delimited.js";
import { DecomposeNeedDocument } from "../../schema/generated/operations.js";
import { IntakeRepository } from "../../src/graph/repositories/intakeRepository.js";
import { createMaintenance, type Maintenance } from "../../src/services/index.js";
import { graphTotals, startTestApi, type TestApi } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/esco");
const SOURCE = "esco-fixture";
const ONET_SOURCE = "esco-fixture-onet";
const OPTIONS = { dir: path.join(FIXTURES, "release"), crosswalk: path.join(FIXTURES, "esco_onet_crosswalk.csv"), source: SOURCE };
const ONET = path.join(ROOT, "test/fixtures/onet");
const OCC = (n: number) => `esco:occupation:a0000000-0000-4000-8000-00000000000${n}`;
const SKILL = (n: number) => `esco:skill:c0000000-0000-4000-8000-00000000000${n}`;

let api: TestApi;
let maintenance: Maintenance;
let broken: string;

const totals = () => graphTotals(api.executor);

/** Every fixture node with its version, last update and outgoing links: a no-op import leaves all of them as they were. */
async function snapshot(): Promise<unknown[]> {
  const rows = await api.executor.read(
    `MATCH (n:Entity {source: $source}) OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect(type(r) + '>' + m.id + ':' + coalesce(r.matchType, r.relation, '')) AS out
     RETURN n.id AS id, n.version AS version, n.updatedAt AS updatedAt, out ORDER BY id`,
    { source: SOURCE },
  );
  return rows.map((row) => ({ ...row, out: [...(row.out as string[])].sort() }));
}

const query = <T>(text: string) => parse(text) as TypedDocumentNode<T, Record<string, never>>;

beforeAll(async () => {
  api = await startTestApi();
  maintenance = createMaintenance(api.executor, api.embedder);
  const [row] = await api.executor.read(
    "MATCH (n:Entity) WHERE (n.id STARTS WITH 'esco:' OR n.id STARTS WITH 'onet:') AND NOT n.source IN [$source, $onet] RETURN count(n) AS other",
    { source: SOURCE, onet: ONET_SOURCE },
  );
  if (Number(row!.other) > 0) throw new Error("This graph holds a real ESCO or O*NET import; run the importer tests on the test Neo4j only.");
  await maintenance.importedSource.deleteSource(SOURCE);
  await maintenance.importedSource.deleteSource(ONET_SOURCE);
  // The O*NET side of the crosswalk: the O*NET fixture's four occupations.
  await maintenance.importOnet({ dir: path.join(ONET, "release"), source: ONET_SOURCE });

  // A broken copy of the fixture release: a BOM, a renamed column, a quote never closed.
  broken = await mkdtemp(path.join(os.tmpdir(), "esco-broken-"));
  await cp(OPTIONS.dir, broken, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) =>
    writeFile(path.join(broken, file), change(await readFile(path.join(broken, file), "utf8")));
  await edit("occupations_en.csv", (text) => `\uFEFF${text}`);
  await edit("skillGroups_en.csv", (text) => text.replace("preferredLabel", "prefLabel"));
  await edit("broaderRelationsOccPillar_en.csv", (text) => text.replace("ISCOGroup,http://data.europa.eu/esco/isco/C51,", 'ISCOGroup,"http://data.europa.eu/esco/isco/C51,'));
});

afterAll(async () => {
  if (!api) return;
  await rm(broken, { recursive: true, force: true });
  await maintenance.importedSource.deleteSource(SOURCE);
  await maintenance.importedSource.deleteSource(ONET_SOURCE);
  const [row] = await api.executor.read("MATCH (n:Entity) WHERE n.source IN [$source, $onet] RETURN count(n) AS left", {
    source: SOURCE,
    onet: ONET_SOURCE,
  });
  await api.stop();
  expect(Number(row!.left)).toBe(0);
});

describe("ESCO import of the fixture release", () => {
  it("refuses malformed files before writing anything, naming each file, line and reason", async () => {
    const before = await totals();
    const error = await maintenance.importEsco({ ...OPTIONS, dir: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnetImportError);
    const message = (error as Error).message;
    expect(message).toContain("The ESCO import stopped before writing anything");
    expect(message).toContain("occupations_en.csv: line 1: starts with a byte-order mark");
    expect(message).toContain('skillGroups_en.csv: missing column "preferredLabel"');
    expect(message).toContain("broaderRelationsOccPillar_en.csv: line 2: a quoted field opened on this line is never closed");

    const crosswalk = await maintenance
      .importEsco({ ...OPTIONS, crosswalk: path.join(FIXTURES, "esco_onet_crosswalk_broken.csv") })
      .catch((e: unknown) => e);
    expect((crosswalk as Error).message).toContain("esco_onet_crosswalk_broken.csv: line 22: uri: must be an ESCO occupation or ISCO URI");
    expect(await totals()).toEqual(before);
  });

  it("imports occupations, ISCO groups, skills, their hierarchies, essential and optional skills and the crosswalk", async () => {
    const report = await maintenance.importEsco(OPTIONS);
    expect(report.totals).toMatchObject({ bad: 2, created: 8 + 8 + 3 + 4, changed: 0 });
    expect(report.crosswalk).toEqual({ rows: 7, exactOrClose: 4, exactOrCloseLinked: 2, linked: 5, onetMissing: 1 });
    expect(report.vectors.counts.Occupation?.embedded).toBe(8);
    expect(report.vectors.counts.Skill?.embedded).toBe(8);

    const [groomer] = await api.executor.read("MATCH (o:Occupation {id: $id}) RETURN o {.*} AS o", { id: OCC(1) });
    expect(groomer!.o).toMatchObject({ name: "animal groomer", altLabels: ["llama groomer", "fleece stylist"], iscoCode: "5164", source: SOURCE });

    const broader = await api.executor.read(
      "MATCH (a:Entity {source: $source})-[:BROADER]->(b) RETURN a.id AS a, b.id AS b ORDER BY a, b",
      { source: SOURCE },
    );
    expect(broader.map((r) => `${String(r.a)} > ${String(r.b)}`)).toEqual(
      expect.arrayContaining([`${OCC(1)} > esco:isco:C5164`, `${OCC(2)} > ${OCC(1)}`, "esco:isco:C51 > esco:isco:C5", `${SKILL(3)} > ${SKILL(1)}`, `${SKILL(2)} > esco:isced-f:08`]),
    );
    expect(broader).toHaveLength(3 + 3 + 2 + 4);

    const skills = await api.executor.read(
      "MATCH (o:Occupation {id: $id})-[r:REQUIRES_SKILL]->(s:Skill) RETURN s.name AS skill, r.relation AS relation, r.importance AS importance ORDER BY skill",
      { id: OCC(1) },
    );
    expect(skills).toEqual([
      { skill: "animal anatomy", relation: "essential", importance: 1 },
      { skill: "groom animals", relation: "essential", importance: 1 },
      { skill: "shear llamas", relation: "optional", importance: 0.5 },
    ]);

    // From an ESCO occupation through the crosswalk to O*NET tasks.
    const tasks = await api.executor.read(
      "MATCH (:Occupation {id: $id})-[m:MATCHES]->(o:Occupation)-[:INCLUDES_TASK]->(t:Task) RETURN DISTINCT o.id AS onet, m.matchType AS type ORDER BY onet",
      { id: OCC(1) },
    );
    expect(tasks).toEqual([
      { onet: "onet:99-0001.00", type: "CLOSE" },
      { onet: "onet:99-0003.00", type: "NARROW" },
    ]);
  });

  it("changes nothing on a second run, and says so", async () => {
    const before = await snapshot();
    const report = await maintenance.importEsco(OPTIONS);
    expect(report.totals).toMatchObject({ created: 0, changed: 0 });
    expect(report.totals.unchanged).toBe(23);
    expect(report.vectors.counts.Occupation?.embedded).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("answers Occupation.matches both ways and filters lists and search by source", async () => {
    type Match = { matchType: string; occupation: { id: string; source: string } };
    const { errors, data } = await api.request(
      query<{ esco: { matches: Match[]; skills: Array<{ relation: string | null }> }; onet: { matches: Match[] } }>(`{
        esco: occupation(id: "${OCC(1)}") { matches { matchType occupation { id source } } skills { relation } }
        onet: occupation(id: "onet:99-0001.00") { matches { matchType occupation { id source } } }
      }`),
    );
    expect(errors).toBeUndefined();
    // By name: "Clockwork Orchestra Tuners" before "Llama Grooming Technicians".
    expect(data!.esco.matches).toEqual([
      { matchType: "NARROW", occupation: { id: "onet:99-0003.00", source: ONET_SOURCE } },
      { matchType: "CLOSE", occupation: { id: "onet:99-0001.00", source: ONET_SOURCE } },
    ]);
    expect(data!.esco.skills.map((s) => s.relation)).toEqual(["essential", "essential", "optional"]);
    // Seen from O*NET, the llama show groomer (for which O*NET is the broader match) is the narrower one.
    expect(data!.onet.matches).toEqual([
      { matchType: "CLOSE", occupation: { id: OCC(1), source: SOURCE } },
      { matchType: "NARROW", occupation: { id: OCC(2), source: SOURCE } },
    ]);

    const listed = await api.request(
      query<{ occupations: { totalCount: number }; search: Array<{ node: { id: string } }> }>(`{
        occupations(first: 5, filter: { source: "${SOURCE}" }) { totalCount }
        search(query: "groomer", kinds: [Occupation], source: "${SOURCE}") { node { id } }
      }`),
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.occupations.totalCount).toBe(8);
    // ISCO groups are occupations too ("Pet groomers and animal care workers").
    expect(listed.data!.search.map((h) => h.node.id).sort()).toEqual(["esco:isco:C5164", OCC(1), OCC(2)]);
  });

  it("lets intake find an ESCO occupation by its labels, and O*NET tasks through the crosswalk", async () => {
    const integrator = await api.as("INTEGRATOR");
    const { errors, data } = await integrator.request(DecomposeNeedDocument, { input: { text: "We need a fleece stylist" } as never, limit: 10 });
    expect(errors).toBeUndefined();
    const d = data!.decomposeNeed;
    // The ESCO occupation, named by its alternative label, is among the occupations, its taxonomy in `source`.
    expect(d.occupations.map((o) => o.occupation.id)).toContain(OCC(1));
    // Its close match in O*NET lends its tasks a title prior, so the llama grooming tasks come back.
    const brushing = d.tasks.find((t) => t.task.id === "onet:task:990001");
    expect(brushing?.graphEvidence).toEqual(expect.arrayContaining([expect.stringMatching(/belongs to occupation "animal groomer"/)]));
  });

  it("implies an ESCO occupation's usual work through the O*NET tasks of its exact and close matches", async () => {
    const [crosswalked] = await api.executor.read(
      `MATCH (:Occupation {id: $id})-[m:MATCHES]-(o:Occupation)-[:INCLUDES_TASK]->(t:Task)
       WHERE m.matchType IN ['EXACT', 'CLOSE'] AND t.status = 'ACTIVE'
       RETURN collect(DISTINCT t.id) AS ids`,
      { id: OCC(1) },
    );
    const expected = [...(crosswalked!.ids as string[])].sort();
    expect(expected).toContain("onet:task:990001");
    const implied = await new IntakeRepository(api.executor, ["local"]).occupationTasks([OCC(1)]);
    expect(implied.map((t) => t.id).sort()).toEqual(expected);
    expect(implied.every((t) => t.occupationId === OCC(1) && t.occupations.length > 0)).toBe(true);
  });

  it("names occupations of the configured taxonomies only (INTAKE_OCCUPATION_SOURCES)", async () => {
    const onetOnly = await startTestApi({ INTAKE_OCCUPATION_SOURCES: ONET_SOURCE });
    try {
      const input = { text: "We need a fleece stylist to brush and groom the llamas" } as never;
      const everyTaxonomy = await (await api.as("INTEGRATOR")).request(DecomposeNeedDocument, { input, limit: 10 });
      const filtered = await (await onetOnly.as("INTEGRATOR")).request(DecomposeNeedDocument, { input, limit: 10 });
      expect(filtered.errors).toBeUndefined();
      const ids = (r: typeof filtered) => r.data!.decomposeNeed.occupations.map((o) => o.occupation.id);
      expect(ids(everyTaxonomy)).toContain(OCC(1));
      expect(ids(filtered).length).toBeGreaterThan(0);
      expect(ids(filtered).every((id) => id.startsWith("onet:"))).toBe(true);
    } finally {
      await onetOnly.stop();
    }
  });
});

