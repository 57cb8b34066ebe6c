import path from "node:path";
import { describe, expect, it } from "vitest";
import { reverseMatch } from "../../src/domain/crosswalk.js";
import { escoId, OCCUPATION_BROADER } from "../../src/importers/esco/files.js";
import { parseEscoArgs } from "../../src/importers/esco/options.js";
import { type EscoPlan, planEsco } from "../../src/importers/esco/plan.js";
import { readEsco } from "../../src/importers/esco/read.js";
import { rowsOf, tableOf } from "../../src/importers/esco/table.js";
import { OnetFileError, OnetImportError } from "../../src/importers/onet/delimited.js";
import { ImportUsageError } from "../../src/importers/onet/options.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/esco");
const FILES = { dir: path.join(FIXTURES, "release"), crosswalk: path.join(FIXTURES, "esco_onet_crosswalk.csv") };
const ONET = new Set(["onet:99-0001.00", "onet:99-0002.00", "onet:99-0003.00", "onet:99-0004.00"]);
const OCC = (n: number) => `esco:occupation:a0000000-0000-4000-8000-00000000000${n}`;
const SKILL = (n: number) => `esco:skill:c0000000-0000-4000-8000-00000000000${n}`;

async function plan(): Promise<EscoPlan> {
  return planEsco(await readEsco(FILES), { source: "esco-test", onetOccupations: ONET });
}
const entry = (p: EscoPlan, file: string) => p.entries.find((e) => e.stats.file === file)!;
const nodes = (p: EscoPlan, file: string) => entry(p, file).write!.nodes!.items;
const aspect = (p: EscoPlan, file: string) => entry(p, file).write!.aspect!.items;

describe("ESCO tables", () => {
  const header = "conceptType,conceptUri,broaderType,broaderUri\n";
  const row = "Occupation,http://data.europa.eu/esco/occupation/x-1,ISCOGroup,http://data.europa.eu/esco/isco/C1\n";

  it("refuses a byte-order mark in an ESCO file, and strips it where one belongs (the crosswalk)", () => {
    expect(() => tableOf("a.csv", `\uFEFF${header}${row}`, { bom: "refuse" })).toThrow(/a\.csv: line 1: starts with a byte-order mark/);
    expect(tableOf("a.csv", `\uFEFF${header}${row}`, { bom: "strip" }).header[0]).toBe("conceptType");
  });

  it("refuses a quote that is never closed, naming the line it opened on", () => {
    const error = (() => {
      try {
        return tableOf("a.csv", `${header}${row}Occupation,"http://data.europa.eu/esco/occupation/x-2,ISCOGroup,x\n${row}`, { bom: "refuse" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(OnetFileError);
    expect((error as Error).message).toBe("a.csv: line 3: a quoted field opened on this line is never closed");
  });

  it("numbers lines as in the file after the information lines, and refuses too few of them", () => {
    const table = tableOf("x.csv", `info\ninfo\n${header}${row}`, { bom: "strip", infoLines: 2 });
    expect(table.records[0]!.line).toBe(4);
    expect(() => tableOf("x.csv", "info\n", { bom: "strip", infoLines: 2 })).toThrow(/fewer than 2 information lines/);
  });

  it("refuses a renamed column and reports a bad row with its line", () => {
    const renamed = tableOf("b.csv", header.replace("broaderUri", "parentUri") + row, { bom: "refuse" });
    expect(() => rowsOf("b.csv", renamed, OCCUPATION_BROADER.columns, OCCUPATION_BROADER.row)).toThrow(/missing column "broaderUri"/);
    const bad = "Occupation,http://example.org/x,ISCOGroup,http://data.europa.eu/esco/isco/C1\n";
    const parsed = rowsOf("b.csv", tableOf("b.csv", header + row + row + bad, { bom: "refuse" }), OCCUPATION_BROADER.columns, OCCUPATION_BROADER.row);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.stats.problems).toEqual([{ file: "b.csv", line: 4, message: "uri: must be an ESCO occupation or isco URI" }]);
  });

  it("turns ESCO URIs into graph ids", () => {
    expect(escoId("http://data.europa.eu/esco/occupation/00030d09-2b3a")).toBe("esco:occupation:00030d09-2b3a");
    expect(escoId("http://data.europa.eu/esco/isco/C2654")).toBe("esco:isco:C2654");
    expect(escoId("http://data.europa.eu/esco/isced-f/0613")).toBe("esco:isced-f:0613");
    expect(() => escoId("http://example.org/x")).toThrow(/not an ESCO URI/);
  });
});

describe("reading the fixture release", () => {
  it("refuses a crosswalk row whose URI is not an ESCO one, with the file and line, before anything is planned", async () => {
    const error = await readEsco({ ...FILES, crosswalk: path.join(FIXTURES, "esco_onet_crosswalk_broken.csv") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnetImportError);
    expect((error as Error).message).toContain("The ESCO import stopped before writing anything");
    expect((error as Error).message).toContain("esco_onet_crosswalk_broken.csv: line 22: uri: must be an ESCO occupation or ISCO URI");
  });

  it("names a folder that is not there", async () => {
    await expect(readEsco({ dir: path.join(FIXTURES, "nowhere") })).rejects.toThrow(/nowhere: is not a folder/);
  });
});

describe("the ESCO plan", () => {
  it("writes ISCO groups and occupations as Occupation nodes with their hierarchy, and skips a bad row", async () => {
    const p = await plan();
    expect(nodes(p, "ISCOGroups_en.csv").map((n) => [n.id, n.props.iscoLevel, n.links.broader])).toEqual([
      ["esco:isco:C5", 1, []],
      ["esco:isco:C51", 2, ["esco:isco:C5"]],
      ["esco:isco:C516", 3, ["esco:isco:C51"]],
      ["esco:isco:C5164", 4, ["esco:isco:C516"]],
      ["esco:isco:C3434", 4, []],
    ]);
    const occupations = nodes(p, "occupations_en.csv");
    expect(occupations.map((n) => [n.id, n.props.name, n.props.iscoCode, n.links.broader])).toEqual([
      [OCC(1), "animal groomer", "5164", ["esco:isco:C5164"]],
      [OCC(2), "llama show groomer", "5164", [OCC(1)]],
      [OCC(3), "cheese sommelier", "3434", ["esco:isco:C3434"]],
    ]);
    expect(occupations[0]!.props).toMatchObject({ altLabels: ["llama groomer", "fleece stylist"], source: "esco-test", escoCode: "5164.1" });
    expect(occupations[1]!.props.description).toContain('the "show cut"');
    expect(entry(p, "occupations_en.csv").stats.problems).toEqual([{ file: "occupations_en.csv", line: 7, message: "name: must not be empty" }]);
  });

  it("writes skill groups and skills with their hierarchy, knowledge told from skills by the groups above", async () => {
    const p = await plan();
    expect(nodes(p, "skillGroups_en.csv").map((n) => [n.id, n.props.skillType, n.links.broader])).toEqual([
      ["esco:skill:b0000000-0000-4000-8000-00000000000s", "group", []],
      ["esco:skill:b0000000-0000-4000-8000-0000000000s1", "group", ["esco:skill:b0000000-0000-4000-8000-00000000000s"]],
      ["esco:skill:b0000000-0000-4000-8000-00000000000k", "group", []],
      ["esco:isced-f:08", "group", ["esco:skill:b0000000-0000-4000-8000-00000000000k"]],
    ]);
    const skills = nodes(p, "skills_uri_label.csv");
    expect(skills.map((n) => [n.id, n.props.name, n.props.skillType, n.links.broader])).toEqual([
      [SKILL(1), "groom animals", "skill", ["esco:skill:b0000000-0000-4000-8000-0000000000s1"]],
      [SKILL(2), "animal anatomy", "knowledge", ["esco:isced-f:08"]],
      [SKILL(3), "shear llamas", "skill", [SKILL(1)]],
      [SKILL(4), "taste cheese", "skill", ["esco:skill:b0000000-0000-4000-8000-0000000000s1"]],
    ]);
    // The collection adds what the label lookup lacks.
    expect(skills[0]!.props).toMatchObject({ description: "Wash, brush and trim animals so their coat stays healthy.", altLabels: ["brush animals", "wash animals"] });
    // A label without a URI is left out and counted; a hierarchy row of a skill without a label is skipped.
    expect(entry(p, "skills_uri_label.csv").stats.skipped).toBe(1);
    expect(entry(p, "broaderRelationsSkillPillar_en.csv").stats.skipped).toBe(1);
  });

  it("links each occupation to its essential (1.0) and optional (0.5) skills and counts labels without a URI", async () => {
    const p = await plan();
    expect(aspect(p, "occupation_skills_derived.csv").map((i) => [i.id, i.links])).toEqual([
      [
        OCC(1),
        [
          { skill: SKILL(1), relation: "essential", importance: 1 },
          { skill: SKILL(2), relation: "essential", importance: 1 },
          { skill: SKILL(3), relation: "optional", importance: 0.5 },
        ],
      ],
      [OCC(2), [{ skill: SKILL(3), relation: "essential", importance: 1 }]],
      [
        OCC(3),
        [
          { skill: SKILL(4), relation: "essential", importance: 1 },
          { skill: SKILL(2), relation: "optional", importance: 0.5 },
        ],
      ],
    ]);
    expect(p.unresolvedSkills).toEqual({ labels: 1, relations: 1 });
  });

  it("turns the crosswalk into MATCHES from ESCO to O*NET, read from the ESCO side, and says what it could not link", async () => {
    const p = await plan();
    expect(aspect(p, "esco_onet_crosswalk.csv").map((i) => [i.id, i.links])).toEqual([
      [
        OCC(1),
        [
          { occupation: "onet:99-0001.00", matchType: "CLOSE" },
          { occupation: "onet:99-0003.00", matchType: "NARROW" },
        ],
      ],
      [OCC(2), [{ occupation: "onet:99-0001.00", matchType: "BROAD" }]],
      [OCC(3), [{ occupation: "onet:99-0002.00", matchType: "EXACT" }]],
      ["esco:isco:C3434", [{ occupation: "onet:99-0002.00", matchType: "EXACT" }]],
    ]);
    expect(p.crosswalk).toEqual({ rows: 7, exactOrClose: 4, exactOrCloseLinked: 2, linked: 5, onetMissing: 1 });
    expect(entry(p, "esco_onet_crosswalk.csv").stats.problems.map((x) => x.line)).toEqual([24]);
  });

  it("is the same plan, with the same hashes, every time", async () => {
    const [a, b] = [await plan(), await plan()];
    expect(a.entries.map((e) => e.write?.nodes?.items.map((n) => n.hash) ?? e.write?.aspect?.items.map((i) => i.hash))).toEqual(
      b.entries.map((e) => e.write?.nodes?.items.map((n) => n.hash) ?? e.write?.aspect?.items.map((i) => i.hash)),
    );
  });
});

describe("ESCO options and matches", () => {
  it("reads the CLI flags and refuses unknown ones", () => {
    expect(parseEscoArgs(["--dir", "x", "--crosswalk=c.csv"])).toEqual({ dir: "x", crosswalk: "c.csv", source: "esco-1.2.0", batchSize: 1000, force: false });
    expect(() => parseEscoArgs(["--dir", "x", "--exposure", "y"])).toThrow(ImportUsageError);
    expect(() => parseEscoArgs([])).toThrow(/--dir \(the folder of the ESCO 1.2.0 CSV files\) is required/);
  });

  it("reads a match from its other end: broader becomes narrower, exact and close stay", () => {
    expect(["EXACT", "CLOSE", "BROAD", "NARROW"].map((t) => reverseMatch(t as never))).toEqual(["EXACT", "CLOSE", "NARROW", "BROAD"]);
  });
});
