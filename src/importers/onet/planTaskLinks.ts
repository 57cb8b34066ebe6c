/**
 * The task steps of the import plan that link tasks to what the release says about them: work
 * activities, derived skills, ratings, exposure and derived traits.
 */
import type { TraitStub } from "../../graph/repositories/onetRepository.js";
import { onetIds, round } from "./ids.js";
import {
  type Context,
  DERIVED_TRAITS,
  type Importance,
  linksItem,
  MIN_TASK_SKILL_IMPORTANCE,
  propsItem,
  TASK_SKILLS_PER_TASK,
  type TaskInfo,
  type TraitCatalog,
} from "./planContext.js";
import { badRow, type Located, type Parsed } from "./release.js";
import type { DwaRow, ExposureRow, RatingsRow } from "./rows.js";
import { AUTOMATION_SCORE, deriveTraits, EXPOSURE_SCORE, type TraitSignals } from "./traits.js";

/** Task -> detailed work activities; returns the GWAs above a task's DWAs. */
export function planTaskActivities(
  { release, entries }: Context,
  tasks: ReadonlyMap<number, TaskInfo>,
  dwas: ReadonlyMap<string, Located<DwaRow>>,
): (taskId: number) => string[] {
  const stats = release.taskActivities.stats;
  const taskDwas = new Map<number, Set<string>>();
  for (const { line, row } of release.taskActivities.rows) {
    const task = tasks.get(row.taskId);
    if (!task) {
      badRow(stats, line, `unknown Task ID ${row.taskId} (not in ${release.tasks.stats.file})`);
    } else if (task.row.code !== row.code) {
      badRow(stats, line, `Task ${row.taskId} belongs to ${task.row.code} in ${release.tasks.stats.file}, not ${row.code}`);
    } else if (!dwas.has(row.dwaId)) {
      badRow(stats, line, `unknown DWA ID ${row.dwaId} (not in ${release.dwas.stats.file})`);
    } else if (taskDwas.get(row.taskId)?.has(row.dwaId)) {
      badRow(stats, line, `Task ${row.taskId} -> ${row.dwaId} is listed twice`);
    } else {
      taskDwas.set(row.taskId, (taskDwas.get(row.taskId) ?? new Set<string>()).add(row.dwaId));
    }
  }
  const dwasOf = (taskId: number) => [...(taskDwas.get(taskId) ?? [])].sort();
  const items = [...tasks.keys()].map((taskId) => linksItem(onetIds.task(taskId), dwasOf(taskId).map(onetIds.dwa)));
  entries.push({ stats, writes: `work activities of ${items.length} tasks`, write: { aspect: { name: "taskActivities", items } } });
  return (taskId) => [...new Set(dwasOf(taskId).map((d) => dwas.get(d)!.row.gwaId))].sort();
}

/** Task -> skill, derived from "Skills to Work Activities": see deriveTaskSkills. */
export function planTaskSkills(
  { release, entries }: Context,
  tasks: ReadonlyMap<number, TaskInfo>,
  gwasOf: (taskId: number) => string[],
  skills: Readonly<{ elements: ReadonlySet<string>; importance: Importance }>,
): void {
  const stats = release.skillActivities.stats;
  const gwaSkills = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { line, row } of release.skillActivities.rows) {
    const key = `${row.skillId}|${row.gwaId}`;
    if (!skills.elements.has(row.skillId)) {
      badRow(stats, line, `unknown skill element ${row.skillId} (not in ${release.skills.stats.file})`);
    } else if (seen.has(key)) {
      badRow(stats, line, `${row.skillId} -> ${row.gwaId} is listed twice`);
    } else {
      seen.add(key);
      gwaSkills.set(row.gwaId, [...(gwaSkills.get(row.gwaId) ?? []), row.skillId]);
    }
  }
  const importanceOf = groupFallback(skills.importance);
  const items = [...tasks].map(([taskId, { id, row }]) => linksItem(id, deriveTaskSkills(gwasOf(taskId), gwaSkills, importanceOf(row.code))));
  entries.push({ stats, writes: `derived skills of ${items.length} tasks`, write: { aspect: { name: "taskSkills", items } } });
}

/** Rows of a companion file by Task ID; rows about tasks this release does not have are skipped. */
function joinOnTask<T extends { taskId: number }>(parsed: Parsed<T>, tasks: ReadonlyMap<number, TaskInfo>): Map<number, T> {
  const out = new Map<number, T>();
  const lines = new Map<number, number>();
  for (const { line, row } of parsed.rows) {
    if (!tasks.has(row.taskId)) {
      parsed.stats.skipped++;
    } else if (lines.has(row.taskId)) {
      badRow(parsed.stats, line, `Task ID ${row.taskId} is listed twice (first at line ${lines.get(row.taskId)})`);
    } else {
      lines.set(row.taskId, line);
      out.set(row.taskId, row);
    }
  }
  return out;
}

export function planTaskRatings({ entries }: Context, parsed: Parsed<RatingsRow>, tasks: ReadonlyMap<number, TaskInfo>): Map<number, RatingsRow> {
  const rated = joinOnTask(parsed, tasks);
  const items = [...tasks].map(([taskId, { id }]) => {
    const r = rated.get(taskId);
    return propsItem(id, {
      frequencyPerDay: r ? round(r.frequencyPerDay, 4) : null,
      onetImportance: r?.importance != null ? round((r.importance - 1) / 4) : null,
    });
  });
  entries.push({ stats: parsed.stats, writes: `frequency and importance of ${rated.size} tasks`, write: { aspect: { name: "taskRatings", items } } });
  return rated;
}

/** Exposure in the paper's beta convention (see EXPOSURE_SCORE), from the GPT-4 labels; the human labels beside. */
export function planTaskExposure({ entries }: Context, parsed: Parsed<ExposureRow>, tasks: ReadonlyMap<number, TaskInfo>): Map<number, ExposureRow> {
  const exposed = joinOnTask(parsed, tasks);
  const items = [...tasks].map(([taskId, { id }]) => {
    const e = exposed.get(taskId);
    return propsItem(id, {
      aiExposure: e ? EXPOSURE_SCORE[e.gpt4] : null,
      aiExposureHuman: e ? EXPOSURE_SCORE[e.human] : null,
      automationPotential: e ? AUTOMATION_SCORE[e.automation] : null,
    });
  });
  entries.push({ stats: parsed.stats, writes: `AI exposure of ${exposed.size} tasks`, write: { aspect: { name: "taskExposure", items } } });
  return exposed;
}

/** Task traits, derived: see traits.ts. Also names the traits to MERGE, from the seed's catalog where it has them. */
export function planTaskTraits(
  { entries }: Context,
  tasks: ReadonlyMap<number, TaskInfo>,
  gwasOf: (taskId: number) => string[],
  rated: ReadonlyMap<number, RatingsRow>,
  exposed: ReadonlyMap<number, ExposureRow>,
  catalog: TraitCatalog,
): void {
  const used = new Set<string>();
  const items = [...tasks].map(([taskId, { id }]) => {
    const signals: TraitSignals = {
      gwas: gwasOf(taskId),
      frequencyPerDay: rated.get(taskId)?.frequencyPerDay ?? null,
      exposure: exposed.get(taskId)?.gpt4 ?? null,
      automation: exposed.get(taskId)?.automation ?? null,
    };
    const traits = deriveTraits(signals);
    for (const t of traits) used.add(t.trait);
    return linksItem(id, traits);
  });
  const traits: TraitStub[] = [...used].sort().map((id) => ({ id, ...(catalog.get(id) ?? placeholderTrait(id)) }));
  entries.push({
    stats: { file: DERIVED_TRAITS, rows: tasks.size, bad: 0, skipped: 0, problems: [] },
    writes: `traits of ${items.length} tasks`,
    write: { traits, aspect: { name: "taskTraits", items } },
  });
}

/**
 * Task -> skill, derived. O*NET rates skills per occupation, not per task, and links each skill to
 * the generalised work activities (GWAs) it serves ("Skills to Work Activities"). A task requires
 * the skills linked to the GWAs above its DWAs, each as important as its occupation rates it
 * (O*NET importance, 1-5 scaled to 0..1; see groupFallback for unrated occupations); skills the
 * occupation does not rate at least "somewhat important" are dropped. The top five are kept: by
 * importance, then by how many of the task's GWAs call for the skill, then by id.
 */
export function deriveTaskSkills(
  gwas: readonly string[],
  gwaSkills: ReadonlyMap<string, readonly string[]>,
  occupationImportance: ReadonlyMap<string, number> | undefined,
): Array<{ skill: string; importance: number }> {
  if (!occupationImportance) return [];
  const support = new Map<string, number>();
  for (const gwa of gwas) for (const skill of gwaSkills.get(gwa) ?? []) support.set(skill, (support.get(skill) ?? 0) + 1);
  return [...support]
    .map(([skill, count]) => ({ skill, count, importance: occupationImportance.get(skill) ?? 0 }))
    .filter((s) => s.importance >= MIN_TASK_SKILL_IMPORTANCE)
    .sort((a, b) => b.importance - a.importance || b.count - a.count || a.skill.localeCompare(b.skill))
    .slice(0, TASK_SKILLS_PER_TASK)
    .map((s) => ({ skill: onetIds.skill(s.skill), importance: s.importance }));
}

/**
 * O*NET has not rated every occupation's skills (in 29.3, 137 of 1,016, among them Software
 * Developers and Project Management Specialists). For deriving task skills, such an occupation
 * borrows the mean importance its SOC broad group (15-125x) gives each skill, else its minor group
 * (15-12xx); the occupation's own REQUIRES_SKILL links stay as O*NET rated them.
 */
export function groupFallback(
  rated: ReadonlyMap<string, ReadonlyMap<string, number>>,
): (code: string) => ReadonlyMap<string, number> | undefined {
  const groups = new Map<string, ReadonlyMap<string, number> | undefined>();
  const meanOf = (prefix: string) => {
    if (!groups.has(prefix)) {
      const sums = new Map<string, { total: number; n: number }>();
      for (const [code, importance] of rated) {
        if (!code.startsWith(prefix)) continue;
        for (const [skill, value] of importance) {
          const sum = sums.get(skill) ?? { total: 0, n: 0 };
          sums.set(skill, { total: sum.total + value, n: sum.n + 1 });
        }
      }
      groups.set(prefix, sums.size > 0 ? new Map([...sums].map(([skill, { total, n }]) => [skill, round(total / n)])) : undefined);
    }
    return groups.get(prefix);
  };
  // "15-1252.00": broad group "15-125", minor group "15-12".
  return (code) => rated.get(code) ?? meanOf(code.slice(0, 6)) ?? meanOf(code.slice(0, 5));
}

function placeholderTrait(id: string): { name: string; description: string } {
  const words = id.replace(/^trait:/, "").replaceAll("-", " ");
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { name, description: `${name} (created by the O*NET import; the seed's traits.json gives the curated text).` };
}
