/** `npm run schema:print`: schema/schema.graphql from the code. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildWorkgraphSchema, printWorkgraphSchema } from "../graphql/schema.js";

/** `npm run schema:print`: regenerates schema/schema.graphql from the code. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../../schema/schema.graphql");

const sdl = printWorkgraphSchema(await buildWorkgraphSchema());
await writeFile(SCHEMA_FILE, sdl);
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split("\n").length} lines)`);
