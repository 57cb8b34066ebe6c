/**
 * The evaluation sets of `npm run bench:decompose`, built at bench time from ../shared/data and the
 * O*NET graph (nothing is copied into the repository), each split into a tuning and a reporting half.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import type { Executor } from "../../../src/graph/executor.js";
import { parseTable } from "../../../src/importers/onet/delimited.js";
import { pick, shuffled } from "../lib.js";
import { type EscoLabels, labelsByEscoUri, parseCrosswalk, parseEscoOccupations } from "../../../src/importers/esco/crosswalk.js";
import type { Truth } from "./metrics.js";
import { composePosting } from "./posting.js";
import { type Half, halfOf, HALVES, rngFor, sampleHalf } from "./split.js";

export type EvalNeed = Readonly<{ key: string; text: string; truth: Truth }>;
export type EvalSet = Readonly<{
  name: string;
  /** What the need text is and what counts as right, printed with the figures. */
  protocol: string;
  halves: Readonly<Record<Half, readonly EvalNeed[]>>;
  eligible: Readonly<Record<Half, number>>;
}>;

export type EvalOptions = Readonly<{
  perHalf: number;
  seed: number;
  /** How many of an occupation's task statements the O*NET-tasks need is made of. */
  statedTasks: number;
  onetDir: string;
  escoOccupations: string;
  crosswalk: string;
  sets: readonly string[] | null;
}>;

/** An occupation needs this many tasks to be in a set: the stated ones plus some left to recall. */
export const MIN_TASKS = 5;

type OnetOccupation = Readonly<{
  id: string;
  code: string;
  title: string;
  tasks: ReadonlyArray<Readonly<{ id: string; statement: string }>>;
  jobTitles: readonly string[];
  technologies: readonly string[];
}>;
/** A set: every eligible need, before the split and the sample. */
type SetDefinition = Readonly<{ name: string; protocol: string; needs: (data: Data) => EvalNeed[] }>;
type Data = Readonly<{ onet: readonly OnetOccupation[]; byCode: ReadonlyMap<string, OnetOccupation>; esco: readonly EscoText[]; statedTasks: number }>;
type EscoText = Readonly<{ uri: string; description: string; altLabels: readonly string[]; labels: EscoLabels }>;

const onetTruth = (o: OnetOccupation, stated: readonly string[] = []): Truth => ({
  occupations: new Set([o.id]),
  tasks: new Set(o.tasks.map((t) => t.id)),
  stated: new Set(stated),
});

function escoTruth(codes: ReadonlySet<string>, byCode: ReadonlyMap<string, OnetOccupation>): Truth | null {
  const occupations = [...codes].flatMap((code) => byCode.get(code) ?? []);
  if (occupations.length === 0) return null;
  return { occupations: new Set(occupations.map((o) => o.id)), tasks: new Set(occupations.flatMap((o) => o.tasks.map((t) => t.id))), stated: new Set() };
}

const ESCO_MATCHES = [
  { label: "exact/close", codes: (l: EscoLabels) => l.exactOrClose, meaning: "exactMatch or closeMatch" },
  { label: "all", codes: (l: EscoLabels) => l.all, meaning: "any match (exact, close, broad: O*NET broader, narrow: O*NET narrower)" },
] as const;

const ESCO_TEXTS = [
  { name: "ESCO description", text: (e: EscoText) => e.description || null, what: "the ESCO occupation's description" },
  { name: "ESCO alt label", text: (e: EscoText) => (e.altLabels.length ? pick(rngFor(`altlabel:${e.uri}`), e.altLabels) : null), what: "one of its ESCO alternative labels (seeded pick)" },
] as const;

export const SET_DEFINITIONS: readonly SetDefinition[] = [
  {
    name: "O*NET reported title",
    protocol: "one reported job title of the occupation (seeded pick) as the whole need; right = that O*NET-SOC code",
    needs: (d) =>
      d.onet
        .filter((o) => o.jobTitles.length > 0)
        .map((o) => ({ key: o.code, text: pick(rngFor(`title:${o.code}`), o.jobTitles), truth: onetTruth(o) })),
  },
  {
    name: "O*NET task statements",
    protocol:
      "K task statements of the occupation (seeded pick), no title; the stated tasks are in the graph word for word, so " +
      "'stated' reports finding them and task recall@20 counts only its OTHER tasks, ranked with the stated ones set aside",
    needs: (d) =>
      d.onet.map((o) => {
        const stated = shuffled(rngFor(`tasks:${o.code}`), o.tasks).slice(0, d.statedTasks);
        return { key: o.code, text: stated.map((t) => t.statement).join(" "), truth: onetTruth(o, stated.map((t) => t.id)) };
      }),
  },
  {
    name: "composed posting",
    protocol:
      "COMPOSED, NOT REAL TEXT: a job posting made here from the occupation's title or a reported title and 4-8 of its task " +
      "statements as duties (structure changed only), in seeded boilerplate templates (about us, requirements, benefits, pay, " +
      "schedule, EEO, how to apply, HTML remnants); stated = the duties",
    needs: (d) =>
      d.onet.map((o) => {
        const posting = composePosting(o, rngFor(`posting:${o.code}`));
        return { key: o.code, text: posting.text, truth: onetTruth(o, posting.statedTaskIds) };
      }),
  },
  ...ESCO_TEXTS.flatMap((kind) =>
    ESCO_MATCHES.map((match) => ({
      name: `${kind.name} (${match.label})`,
      protocol: `${kind.what}; right = any O*NET-SOC code the crosswalk maps it to by ${match.meaning}; split by ESCO URI`,
      needs: (d: Data) =>
        d.esco.flatMap((e) => {
          const text = kind.text(e);
          const truth = escoTruth(match.codes(e.labels), d.byCode);
          return text && truth ? [{ key: e.uri, text, truth }] : [];
        }),
    })),
  ),
];

export async function buildEvalSets(executor: Executor, options: EvalOptions): Promise<EvalSet[]> {
  const unknown = (options.sets ?? []).filter((name) => !SET_DEFINITIONS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown set ${unknown.join(", ")}; the sets are: ${SET_DEFINITIONS.map((s) => s.name).join(", ")}`);
  const wanted = options.sets === null ? SET_DEFINITIONS : SET_DEFINITIONS.filter((s) => options.sets!.includes(s.name));
  const data = await loadData(executor, options);
  return wanted.map((definition) => {
    const needs = definition.needs(data);
    const halves = Object.fromEntries(
      HALVES.map((half) => [half, sampleHalf(needs, (n) => n.key, half, options.perHalf, options.seed)]),
    ) as Record<Half, EvalNeed[]>;
    const eligible = Object.fromEntries(HALVES.map((half) => [half, needs.filter((n) => halfOf(n.key) === half).length])) as Record<Half, number>;
    return { name: definition.name, protocol: definition.protocol, halves, eligible };
  });
}

async function loadData(executor: Executor, options: EvalOptions): Promise<Data> {
  const rows = await executor.read(
    `MATCH (o:Occupation) WHERE o.id STARTS WITH 'onet:' AND o.status = 'ACTIVE'
     RETURN o.id AS id, o.name AS title,
            [(o)-[:INCLUDES_TASK]->(t:Task) WHERE t.status = 'ACTIVE' | {id: t.id, statement: t.name}] AS tasks
     ORDER BY id`,
  );
  const jobTitles = await grouped(path.join(options.onetDir, "Sample of Reported Titles.txt"), "O*NET-SOC Code", "Reported Job Title");
  const technologies = await grouped(path.join(options.onetDir, "Technology Skills.txt"), "O*NET-SOC Code", "Example");
  const every: OnetOccupation[] = rows.map((r) => {
    const code = (r.id as string).slice("onet:".length);
    const tasks = [...(r.tasks as Array<{ id: string; statement: string }>)].sort((a, b) => (a.id < b.id ? -1 : 1));
    return { id: r.id as string, code, title: r.title as string, tasks, jobTitles: jobTitles.get(code) ?? [], technologies: technologies.get(code) ?? [] };
  });

  const crosswalk = parseCrosswalk(await readData(options.crosswalk), path.basename(options.crosswalk));
  const escoByUri = new Map(parseEscoOccupations(await readData(options.escoOccupations), path.basename(options.escoOccupations)).map((e) => [e.uri, e]));
  // ESCO's own file is the better text; the crosswalk's copy (repaired) serves the few URIs it lacks.
  const crosswalkText = new Map(crosswalk.map((row) => [row.uri, row.description]));
  const esco = [...labelsByEscoUri(crosswalk)].map(([uri, labels]) => ({
    uri,
    labels,
    description: escoByUri.get(uri)?.description ?? crosswalkText.get(uri) ?? "",
    altLabels: escoByUri.get(uri)?.altLabels ?? [],
  }));
  // Any imported occupation is a right answer for ESCO; only those with enough tasks make O*NET needs.
  const onet = every.filter((o) => o.tasks.length >= MIN_TASKS);
  return { onet, byCode: new Map(every.map((o) => [o.code, o])), esco, statedTasks: options.statedTasks };
}

/** A tab-separated O*NET file as value lists by key, sorted, so picks do not depend on the file's order. */
async function grouped(file: string, keyColumn: string, valueColumn: string): Promise<Map<string, string[]>> {
  const table = parseTable(await readData(file), "\t");
  const key = table.header.indexOf(keyColumn);
  const value = table.header.indexOf(valueColumn);
  if (key < 0 || value < 0) throw new Error(`${file}: expected columns "${keyColumn}" and "${valueColumn}"`);
  const groups = new Map<string, Set<string>>();
  for (const { fields } of table.records) {
    const values = groups.get(fields[key]!) ?? new Set<string>();
    values.add(fields[value]!);
    groups.set(fields[key]!, values);
  }
  return new Map([...groups].map(([k, v]) => [k, [...v].sort()]));
}

/** The data lives beside the repository, never in it: say where it was looked for. */
async function readData(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(`${file} is missing: the evaluation reads ../shared/data beside the repository (or ONET_DIR, ESCO_OCCUPATIONS, ESCO_ONET_CROSSWALK)`, {
      cause: error,
    });
  }
}
