import path from "node:path";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CROSSWALK_INFO_LINES, labelsByEscoUri, parseCrosswalk, parseEscoOccupations } from "../../src/importers/esco/crosswalk.js";
import { repairMojibake } from "../../src/importers/esco/mojibake.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/bench-eval");
const crosswalkText = () => readFile(path.join(FIXTURES, "crosswalk.csv"), "utf8");
const E = "http://data.europa.eu/esco/occupation/";

describe("repairMojibake", () => {
  it("undoes UTF-8 read as Windows-1252 once, including bytes Windows-1252 leaves undefined", () => {
    expect(repairMojibake("the organisationâ€™s accountants")).toBe("the organisation’s accountants");
    expect(repairMojibake("â€œquietlyâ€\u009d")).toBe("“quietly”");
    expect(repairMojibake("dance rÃ©pÃ©titeur")).toBe("dance répétiteur");
  });

  it("undoes a triple encoding, layer by layer", () => {
    expect(repairMojibake("the studentsÃ¢â‚¬â„¢ progress")).toBe("the students’ progress");
  });

  it("leaves correct text alone, also when it sits beside a repaired run", () => {
    for (const text of ["café au lait, ±5 °C", "“quoted” – dash", "naïve Zoë", "plain ASCII, nothing to do"]) expect(repairMojibake(text)).toBe(text);
    expect(repairMojibake("répétiteur and rÃ©pÃ©titeur")).toBe("répétiteur and répétiteur");
  });
});

describe("parseCrosswalk", () => {
  it("skips the byte-order mark and the 16 information lines, then reads every row", async () => {
    const rows = parseCrosswalk(await crosswalkText());
    expect(CROSSWALK_INFO_LINES).toBe(16);
    expect(rows.map((r) => [r.onetCode, r.match])).toEqual([
      ["43-3031.00", "exactMatch"],
      ["43-3031.00", "closeMatch"],
      ["43-3011.00", "broadMatch"],
      ["25-2021.00", "narrowMatch"],
      ["11-1011.00", "exactISCO"],
      ["27-2031.00", "closeMatch"],
    ]);
    expect(rows[0]!.onetTitle).toBe("Bookkeeping, Accounting, and Auditing Clerks");
  });

  it("repairs the double- and triple-encoded ESCO titles and descriptions, and keeps line breaks in quoted fields", async () => {
    const rows = parseCrosswalk(await crosswalkText());
    expect(rows[1]!.description).toBe("Accounting assistants support the organisation’s accountants, “quietly”.");
    expect(rows[3]!.description).toBe("Teachers monitor the students’ progress, and more.");
    expect(rows[5]!.title).toBe("dance répétiteur");
    expect(rows[5]!.description).toBe("Dance répétiteurs assist choreographers.\nA second line.");
  });

  it("stops on a row that does not fit, naming the line of the file", async () => {
    const text = (await crosswalkText()).replace("broadMatch", "sortOfMatch");
    expect(() => parseCrosswalk(text)).toThrow(/esco_onet_crosswalk\.csv: line 20: match/);
  });

  it("stops when the information lines are missing", () => {
    expect(() => parseCrosswalk("O*NET Id,O*NET Title\n")).toThrow(/fewer than 16 information lines/);
  });
});

describe("labelsByEscoUri", () => {
  it("gives each ESCO occupation its exact/close codes and all its codes, and leaves ISCO groups out", async () => {
    const labels = labelsByEscoUri(parseCrosswalk(await crosswalkText()));
    const of = (uri: string) => {
      const l = labels.get(uri)!;
      return { exactOrClose: [...l.exactOrClose].sort(), all: [...l.all].sort() };
    };
    expect([...labels.keys()].sort()).toEqual([`${E}aaaa-bookkeeper`, `${E}bbbb-accounting-assistant`, `${E}cccc-primary-teacher`, `${E}dddd-repetiteur`]);
    expect(of(`${E}bbbb-accounting-assistant`)).toEqual({ exactOrClose: ["43-3031.00"], all: ["43-3011.00", "43-3031.00"] });
    expect(of(`${E}cccc-primary-teacher`)).toEqual({ exactOrClose: [], all: ["25-2021.00"] });
  });
});

describe("parseEscoOccupations", () => {
  it("reads URI, label, description and one alternative label per line", async () => {
    const occupations = parseEscoOccupations(await readFile(path.join(FIXTURES, "occupations.csv"), "utf8"));
    expect(occupations.map((o) => [o.uri, o.preferredLabel, o.altLabels])).toEqual([
      [`${E}aaaa-bookkeeper`, "bookkeeper", ["book-keeper", "accounts clerk"]],
      [`${E}dddd-repetiteur`, "dance répétiteur", []],
    ]);
    expect(occupations[1]!.description).toBe('Dance répétiteurs assist choreographers, "rehearse" dancers, and keep the work alive.');
  });
});
