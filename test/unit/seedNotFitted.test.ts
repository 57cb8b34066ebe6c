/** The seed is taxonomy, not a fit to the examples: no seed phrase of three words or more appears verbatim in a README or test need. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/**
 * Phrases allowed to appear in an example need, each with its reason. Keep it short: every entry is a
 * place where an example and the seed share words on purpose.
 */
const JUSTIFIED: Record<string, string> = {
  // The report's own name, as people ask for it; a need naming the report by name should find it.
  "weekly sales report": "the name of the task (Compile the weekly sales report)",
};

/** Every keyword and alternative label of three words or more, of any seed node, lower-cased, with its owner. */
function seedPhrases(): Map<string, string> {
  const phrases = new Map<string, string>();
  const files = [
    ...readdirSync(join(ROOT, "seed")).filter((f) => f.endsWith(".json")).map((f) => join("seed", f)),
    ...readdirSync(join(ROOT, "seed", "tasks")).map((f) => join("seed", "tasks", f)),
  ];
  for (const file of files) {
    const nodes = JSON.parse(readFileSync(join(ROOT, file), "utf8")) as unknown;
    if (!Array.isArray(nodes)) continue;
    for (const node of nodes as Array<{ id: string; keywords?: string[]; altLabels?: string[] }>) {
      for (const phrase of [...(node.keywords ?? []), ...(node.altLabels ?? [])]) {
        if (phrase.trim().split(/\s+/).length > 2) phrases.set(normalise(phrase), node.id);
      }
    }
  }
  return phrases;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Need texts as the README and the tests write them: the string after `text:`. */
function needTexts(): Array<{ file: string; text: string }> {
  const files = ["README.md", ...listFiles("test").filter((f) => f.endsWith(".ts") && !f.endsWith("seedNotFitted.test.ts"))];
  return files.flatMap((file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    return [...source.matchAll(/\btext: (?:"([^"]+)"|`([^`]+)`)/g)].map((m) => ({ file, text: normalise(m[1] ?? m[2]!) }));
  });
}

function listFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const containsPhrase = (text: string, phrase: string) =>
  new RegExp(`(?<![a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`).test(text);

describe("the seed is not fitted to the examples", () => {
  it("reads enough phrases and need texts for the check to mean something", () => {
    expect(seedPhrases().size).toBeGreaterThan(300);
    expect(needTexts().length).toBeGreaterThan(50);
  });

  it("has no keyword or alternative label of three words or more verbatim in a README or test need", () => {
    const phrases = seedPhrases();
    const found = needTexts().flatMap(({ file, text }) =>
      [...phrases].filter(([phrase]) => !(phrase in JUSTIFIED) && containsPhrase(text, phrase)).map(([phrase, owner]) => `${file}: "${phrase}" (${owner})`),
    );
    expect([...new Set(found)]).toEqual([]);
  });

  it("justifies only phrases the seed still has", () => {
    const phrases = seedPhrases();
    expect(Object.keys(JUSTIFIED).filter((phrase) => !phrases.has(phrase))).toEqual([]);
  });
});
