import { readdir, readFile } from "node:fs/promises";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildWorkgraphSchema, printWorkgraphSchema } from "../../src/graphql/schema.js";

const file = (relative: string) => new URL(`../../${relative}`, import.meta.url);

describe("schema artifacts", () => {
  it("schema/schema.graphql is what the code prints (run `npm run schema:print` when this fails)", async () => {
    const printed = printWorkgraphSchema(await buildWorkgraphSchema());
    expect(await readFile(file("schema/schema.graphql"), "utf8")).toBe(printed);
  });

  it("every operation in schema/operations validates against the schema", async () => {
    const schema = buildSchema(await readFile(file("schema/schema.graphql"), "utf8"));
    const names = (await readdir(file("schema/operations"))).filter((n) => n.endsWith(".graphql"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const errors = validate(schema, parse(await readFile(file(`schema/operations/${name}`), "utf8")));
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });

  it("schema/generated/operations.ts is what codegen makes (run `npm run codegen` when this fails)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: file("codegen.yml").pathname });
    const [output] = await generate({ ...config, cwd: file("").pathname, silent: true }, false);
    expect(output?.filename).toBe("schema/generated/operations.ts");
    expect(await readFile(file("schema/generated/operations.ts"), "utf8")).toBe(output?.content);
  });
});
