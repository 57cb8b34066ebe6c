/**
 * Reading the seed folder: every file parsed and validated, every cross-reference checked, before anything is
 * written.
 */
import path from "node:path";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type { z } from "zod";
import { messageFields, TRAIT_FIELD_PREFIX } from "../domain/rules.js";
import { type ChannelSeed, type OccupationSeed, type OutcomeSeed, type PrecedentSeed, type RuleSeed, SEED_FILES, type SkillSeed, TASK_FILES_DIR, taskFile, type TaskSeed, type TraitSeed, type WorkerTypeSeed } from "./seedSchema.js";

export type SeedData = Readonly<{
  traits: TraitSeed[];
  skills: SkillSeed[];
  outcomes: OutcomeSeed[];
  occupations: OccupationSeed[];
  channels: ChannelSeed[];
  workerTypes: WorkerTypeSeed[];
  tasks: TaskSeed[];
  precedents: PrecedentSeed[];
  rules: RuleSeed[];
}>;

/** Every problem found in the seed files, each naming its file and JSON path. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: readonly string[]) {
    super(`The seed files are invalid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

export const DEFAULT_SEED_DIR = path.resolve(import.meta.dirname, "../../seed");

export async function loadSeed(dir: string = DEFAULT_SEED_DIR): Promise<SeedData> {
  const problems: string[] = [];
  const parse = async <S extends z.ZodType>(relative: string, schema: S): Promise<z.infer<S>> => {
    const file = path.join(dir, relative);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      problems.push(`${relative}: ${(error as Error).message}`);
      return [] as z.infer<S>;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${relative}: ${formatPath(issue.path)}: ${issue.message}`);
    return [] as z.infer<S>;
  };

  const taskFiles = (await readdir(path.join(dir, TASK_FILES_DIR))).filter((f) => f.endsWith(".json")).sort();
  const taskLists = await Promise.all(taskFiles.map((f) => parse(path.join(TASK_FILES_DIR, f), taskFile)));
  const data: SeedData = {
    traits: await parse(SEED_FILES.traits.path, SEED_FILES.traits.schema),
    skills: await parse(SEED_FILES.skills.path, SEED_FILES.skills.schema),
    outcomes: await parse(SEED_FILES.outcomes.path, SEED_FILES.outcomes.schema),
    occupations: await parse(SEED_FILES.occupations.path, SEED_FILES.occupations.schema),
    channels: await parse(SEED_FILES.channels.path, SEED_FILES.channels.schema),
    workerTypes: await parse(SEED_FILES.workerTypes.path, SEED_FILES.workerTypes.schema),
    tasks: taskLists.flat(),
    precedents: await parse(SEED_FILES.precedents.path, SEED_FILES.precedents.schema),
    rules: await parse(SEED_FILES.rules.path, SEED_FILES.rules.schema),
  };
  if (problems.length === 0) {
    problems.push(...checkReferences(data, taskFiles.map((f, i) => [f, taskLists[i]!.length] as const)));
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments.map((s) => (typeof s === "number" ? `[${s}]` : `.${String(s)}`)).join("").replace(/^\./, "") || "(root)";
}

/** Cross-file checks zod cannot see: unique ids, references that resolve, no cycles in BROADER. */
export function checkReferences(data: SeedData, taskFiles: ReadonlyArray<readonly [string, number]> = []): string[] {
  const problems: string[] = [];
  const where = (file: string, index: number, field: string) => `${file}: [${index}].${field}`;
  const ids = (items: ReadonlyArray<{ id: string }>) => new Set(items.map((item) => item.id));
  const known = {
    trait: ids(data.traits),
    skill: ids(data.skills),
    outcome: ids(data.outcomes),
    occupation: ids(data.occupations),
    channel: ids(data.channels),
    workerType: ids(data.workerTypes),
    task: ids(data.tasks),
  };

  const seen = new Map<string, string>();
  const claim = (id: string, at: string) => {
    const first = seen.get(id);
    if (first) problems.push(`${at}: duplicate id "${id}" (first at ${first})`);
    else seen.set(id, at);
  };
  const expect = (set: Set<string>, id: string | null, at: string, kind: string) => {
    if (id !== null && !set.has(id)) problems.push(`${at}: unknown ${kind} "${id}"`);
  };
  /** A relationship listed twice would silently keep only one of two weights. */
  const once = (targets: readonly string[], at: (index: number) => string) => {
    targets.forEach((target, i) => {
      if (targets.indexOf(target) !== i) problems.push(`${at(i)}: "${target}" is listed twice`);
    });
  };

  // Task positions are reported per task file, as a steward edits them.
  const taskLocation: string[] = [];
  for (const [file, count] of taskFiles) {
    for (let i = 0; i < count; i++) taskLocation.push(`${TASK_FILES_DIR}/${file}|${i}`);
  }
  const taskAt = (index: number, field: string) => {
    const [file, local] = (taskLocation[index] ?? `${TASK_FILES_DIR}/*|${index}`).split("|");
    return where(file!, Number(local), field);
  };

  const named: Array<[string, ReadonlyArray<{ id: string }>]> = [
    [SEED_FILES.traits.path, data.traits],
    [SEED_FILES.skills.path, data.skills],
    [SEED_FILES.outcomes.path, data.outcomes],
    [SEED_FILES.occupations.path, data.occupations],
    [SEED_FILES.channels.path, data.channels],
    [SEED_FILES.workerTypes.path, data.workerTypes],
    [SEED_FILES.precedents.path, data.precedents],
    [SEED_FILES.rules.path, data.rules],
  ];
  for (const [file, items] of named) items.forEach((item, i) => claim(item.id, where(file, i, "id")));
  data.tasks.forEach((task, i) => claim(task.id, taskAt(i, "id")));

  data.skills.forEach((skill, i) =>
    skill.broader.forEach((b, j) => expect(known.skill, b, where(SEED_FILES.skills.path, i, `broader[${j}]`), "skill")),
  );
  problems.push(...broaderCycles(data.skills));

  data.tasks.forEach((task, i) => {
    task.occupations.forEach((o, j) => expect(known.occupation, o, taskAt(i, `occupations[${j}]`), "occupation"));
    task.skills.forEach((s, j) => expect(known.skill, s.skill, taskAt(i, `skills[${j}].skill`), "skill"));
    task.outcomes.forEach((o, j) => expect(known.outcome, o, taskAt(i, `outcomes[${j}]`), "outcome"));
    task.traits.forEach((t, j) => expect(known.trait, t.trait, taskAt(i, `traits[${j}].trait`), "trait"));
    once(task.skills.map((s) => s.skill), (j) => taskAt(i, `skills[${j}].skill`));
    once(task.traits.map((t) => t.trait), (j) => taskAt(i, `traits[${j}].trait`));
  });

  const channelsOf = new Map(data.workerTypes.map((wt) => [wt.id, new Set(wt.channels)]));
  data.workerTypes.forEach((wt, i) => {
    const file = SEED_FILES.workerTypes.path;
    wt.suits.forEach((s, j) => expect(known.trait, s.trait, where(file, i, `suits[${j}].trait`), "trait"));
    wt.channels.forEach((c, j) => expect(known.channel, c, where(file, i, `channels[${j}]`), "channel"));
    once(wt.suits.map((s) => s.trait), (j) => where(file, i, `suits[${j}].trait`));
  });

  data.precedents.forEach((p, i) => {
    const file = SEED_FILES.precedents.path;
    p.tasks.forEach((t, j) => expect(known.task, t, where(file, i, `tasks[${j}]`), "task"));
    expect(known.workerType, p.workerType, where(file, i, "workerType"), "worker type");
    expect(known.workerType, p.requestedWorkerType, where(file, i, "requestedWorkerType"), "worker type");
    expect(known.channel, p.channel, where(file, i, "channel"), "channel");
    if (channelsOf.has(p.workerType) && !channelsOf.get(p.workerType)!.has(p.channel)) {
      problems.push(`${where(file, i, "channel")}: "${p.channel}" does not source "${p.workerType}"`);
    }
  });

  data.rules.forEach((rule, i) => {
    const file = SEED_FILES.rules.path;
    rule.workerTypes.forEach((w, j) => expect(known.workerType, w, where(file, i, `workerTypes[${j}]`), "worker type"));
    rule.channels.forEach((c, j) => expect(known.channel, c, where(file, i, `channels[${j}]`), "channel"));
    once(rule.workerTypes, (j) => where(file, i, `workerTypes[${j}]`));
    once(rule.channels, (j) => where(file, i, `channels[${j}]`));
    rule.conditions.forEach((c, j) => {
      for (const key of ["field", "valueFrom"] as const) {
        const field = c[key];
        if (field?.startsWith(TRAIT_FIELD_PREFIX)) {
          expect(known.trait, field.slice(TRAIT_FIELD_PREFIX.length), where(file, i, `conditions[${j}].${key}`), "trait");
        }
      }
    });
    for (const field of messageFields(rule.message)) {
      if (field.startsWith(TRAIT_FIELD_PREFIX)) expect(known.trait, field.slice(TRAIT_FIELD_PREFIX.length), where(file, i, "message"), "trait");
    }
    // Scoped to worker types and channels that never meet, a rule could never fire.
    const sourced = rule.workerTypes.some((w) => rule.channels.some((c) => channelsOf.get(w)?.has(c)));
    if (rule.workerTypes.length > 0 && rule.channels.length > 0 && !sourced) {
      problems.push(`${where(file, i, "channels")}: no listed channel sources any listed worker type`);
    }
  });
  return problems;
}

function broaderCycles(skills: readonly SkillSeed[]): string[] {
  const broader = new Map(skills.map((s) => [s.id, s.broader]));
  const state = new Map<string, "visiting" | "done">();
  const cycles: string[] = [];
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      cycles.push(`${SEED_FILES.skills.path}: broader cycle ${[...trail.slice(trail.indexOf(id)), id].join(" -> ")}`);
      return;
    }
    state.set(id, "visiting");
    for (const next of broader.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, "done");
  };
  for (const id of broader.keys()) visit(id, []);
  return cycles;
}

/** A stable digest of a seed item: the seed rewrites a node only when its file entry changed. */
export function seedHash(item: unknown): string {
  return createHash("sha256").update(JSON.stringify(item)).digest("hex").slice(0, 16);
}
