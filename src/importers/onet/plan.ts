import type { AspectItem, ImportNode, StepWrite, TraitStub } from "../../graph/repositories/onetRepository.js";
import { contentHash, onetIds, round } from "./ids.js";
import { badRow, type FileStats, type Located, type Parsed, type Release } from "./release.js";
import type { DwaRow, ExposureRow, OccupationRow, RatingRow, RatingsRow, TaskRow } from "./rows.js";
import { AUTOMATION_SCORE, deriveTraits, EXPOSURE_SCORE, type TraitSignals } from "./traits.js";

/**
 * Turns the validated release into the writes of the import, one step per file, in an order where
 * every step finds the nodes it links to. Pure: no I/O, the same release gives the same writes
 * (and the same hashes), which is what makes a re-import a no-op.
 */

/** One row of the summary. `write` is null for a file that only feeds another file's nodes. */
export type PlanEntry = Readonly<{ stats: FileStats; writes: string; write: StepWrite | null }>;
export type ImportPlan = Readonly<{ entries: PlanEntry[] }>;

export type TraitCatalog = ReadonlyMap<string, Readonly<{ name: string; description: string }>>;
export type PlanOptions = Readonly<{ source: string; traitCatalog: TraitCatalog }>;

/** Task -> skill links: at most this many per task, and only skills the occupation rates at least "somewhat important". */
export const TASK_SKILLS_PER_TASK = 5;
export const MIN_TASK_SKILL_IMPORTANCE = 0.25;
export const TECHNOLOGY_EXAMPLES = 5;
export const DERIVED_TRAITS = "(derived) task traits";

type TaskInfo = Readonly<{ id: string; row: TaskRow }>;
type Importance = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What every step of the plan shares: the release, the source, and the summary being built. */
type Context = Readonly<{
  release: Release;
  entries: PlanEntry[];
  node: (id: string, props: Record<string, unknown>, links?: Record<string, unknown>) => ImportNode;
  occupations: ReadonlyMap<string, Located<OccupationRow>>;
  /** Content Model descriptions by element id (GWAs, skills, knowledge). */
  elementText: ReadonlyMap<string, string>;
  /** False (after reporting a bad row) when the occupation is not in Occupation Data.txt. */
  known: (stats: FileStats, line: number, code: string) => boolean;
}>;

export function planImport(release: Release, options: PlanOptions): ImportPlan {
  const occupations = unique(release.occupations, (r) => r.code, "O*NET-SOC Code");
  const ctx: Context = {
    release,
    entries: [],
    node: (id, props, links = {}) => {
      const all = { ...props, source: options.source };
      return { id, hash: contentHash({ props: all, links }), props: all, links };
    },
    occupations,
    elementText: new Map((release.contentModel?.rows ?? []).map(({ row }) => [row.elementId, row.description])),
    known: (stats, line, code) => {
      if (occupations.has(code)) return true;
      badRow(stats, line, `unknown O*NET-SOC Code ${code} (not in ${release.occupations.stats.file})`);
      return false;
    },
  };
  planOccupations(ctx);
  const dwas = planActivities(ctx);
  const skills = planRatings(ctx, release.skills, "skill");
  planRatings(ctx, release.knowledge, "knowledge");
  planTechnology(ctx);
  const tasks = planTasks(ctx);
  const gwasOf = planTaskActivities(ctx, tasks, dwas);
  planTaskSkills(ctx, tasks, gwasOf, skills);
  const rated = release.ratings ? planTaskRatings(ctx, release.ratings, tasks) : new Map<number, RatingsRow>();
  const exposed = release.exposure ? planTaskExposure(ctx, release.exposure, tasks) : new Map<number, ExposureRow>();
  planTaskTraits(ctx, tasks, gwasOf, rated, exposed, options.traitCatalog);
  return { entries: ctx.entries };
}

const linksItem = (id: string, links: readonly unknown[]): AspectItem => ({ id, hash: contentHash(links), links });
const propsItem = (id: string, props: Record<string, unknown>): AspectItem => ({ id, hash: contentHash(props), props });

/** Occupations, with their reported titles and job zone. */
function planOccupations({ release, entries, node, occupations, known }: Context): void {
  const titles = new Map<string, string[]>();
  for (const { line, row } of release.reportedTitles?.rows ?? []) {
    if (!known(release.reportedTitles!.stats, line, row.code)) continue;
    const list = titles.get(row.code) ?? [];
    if (!list.includes(row.title)) list.push(row.title);
    titles.set(row.code, list);
  }
  const jobZones = new Map<string, number>();
  if (release.jobZones) {
    for (const [code, { row, line }] of unique(release.jobZones, (r) => r.code, "O*NET-SOC Code")) {
      if (known(release.jobZones.stats, line, code)) jobZones.set(code, row.jobZone);
    }
  }
  const items = [...occupations.values()].map(({ row }) =>
    node(onetIds.occupation(row.code), {
      name: row.title,
      description: row.description,
      altLabels: titles.get(row.code) ?? [],
      jobZone: jobZones.get(row.code) ?? null,
    }),
  );
  entries.push({
    stats: release.occupations.stats,
    writes: `${items.length} Occupation nodes`,
    write: { nodes: { label: "Occupation", items } },
  });
  if (release.reportedTitles) entries.push({ stats: release.reportedTitles.stats, writes: "altLabels of the occupations", write: null });
  if (release.jobZones) entries.push({ stats: release.jobZones.stats, writes: "jobZone of the occupations", write: null });
}

/** The work activity hierarchy, GWA <- IWA <- DWA; returns the DWAs by id. */
function planActivities({ release, entries, node, elementText }: Context): Map<string, Located<DwaRow>> {
  const activity = (level: "GWA" | "IWA" | "DWA", id: string, name: string, description: string, broader: string[]) =>
    node(id, { name, description, level, altLabels: [], keywords: [] }, { broader });
  const iwas = unique(release.iwas, (r) => r.iwaId, "IWA ID");
  const gwas = new Map<string, string>();
  for (const { row } of iwas.values()) if (!gwas.has(row.gwaId)) gwas.set(row.gwaId, row.gwaName);
  // GWAs first: a transaction links each IWA to a GWA written before it.
  const upper = [
    ...[...gwas].map(([gwaId, name]) => activity("GWA", onetIds.gwa(gwaId), name, elementText.get(gwaId) ?? name, [])),
    ...[...iwas.values()].map(({ row }) => activity("IWA", onetIds.iwa(row.iwaId), row.iwaTitle, row.iwaTitle, [onetIds.gwa(row.gwaId)])),
  ];
  entries.push({
    stats: release.iwas.stats,
    writes: `${gwas.size} GWA and ${iwas.size} IWA WorkActivity nodes`,
    write: { nodes: { label: "WorkActivity", items: upper } },
  });

  const dwas = unique(release.dwas, (r) => r.dwaId, "DWA ID", (row, line) => {
    const iwa = iwas.get(row.iwaId);
    if (!iwa) return badRow(release.dwas.stats, line, `unknown IWA ID ${row.iwaId} (not in ${release.iwas.stats.file})`), false;
    if (iwa.row.gwaId !== row.gwaId) {
      return badRow(release.dwas.stats, line, `IWA ${row.iwaId} is under ${iwa.row.gwaId} in ${release.iwas.stats.file}, not ${row.gwaId}`), false;
    }
    return true;
  });
  const items = [...dwas.values()].map(({ row }) => activity("DWA", onetIds.dwa(row.dwaId), row.dwaTitle, row.dwaTitle, [onetIds.iwa(row.iwaId)]));
  entries.push({
    stats: release.dwas.stats,
    writes: `${items.length} DWA WorkActivity nodes`,
    write: { nodes: { label: "WorkActivity", items } },
  });
  if (release.contentModel) entries.push({ stats: release.contentModel.stats, writes: "descriptions of GWAs, skills and knowledge", write: null });
  return dwas;
}

/**
 * Skills (or knowledge) and each occupation's ratings of them. A link needs a usable importance
 * (IM, 1-5 -> 0..1); the level (LV, 0-7 -> 0..1) is left out where suppressed; a level flagged
 * "not relevant" means the element is not part of the job, so no link.
 */
function planRatings(
  { entries, node, elementText, known, occupations }: Context,
  parsed: Parsed<RatingRow>,
  skillType: "skill" | "knowledge",
): Readonly<{ elements: ReadonlySet<string>; importance: Importance }> {
  const elements = new Map<string, string>();
  const pairs = new Map<string, { IM?: Located<RatingRow>; LV?: Located<RatingRow> }>();
  for (const located of parsed.rows) {
    const { line, row } = located;
    if (!elements.has(row.elementId)) elements.set(row.elementId, row.name);
    if (!located.skipped && !known(parsed.stats, line, row.code)) continue;
    const key = `${row.code}|${row.elementId}`;
    const pair = pairs.get(key) ?? {};
    if (pair[row.scale]) {
      badRow(parsed.stats, line, `${row.elementId} ${row.scale} for ${row.code} is listed twice (first at line ${pair[row.scale]!.line})`);
      continue;
    }
    pair[row.scale] = located;
    pairs.set(key, pair);
  }
  const importance = new Map<string, Map<string, number>>();
  const links = new Map<string, Array<{ skill: string; importance: number; level: number | null }>>();
  for (const [key, { IM, LV }] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
    if (!IM || IM.skipped || LV?.row.notRelevant) continue;
    const [code, elementId] = key.split("|") as [string, string];
    const value = round((IM.row.value - 1) / 4);
    const level = LV && !LV.skipped ? round(LV.row.value / 7) : null;
    links.set(code, [...(links.get(code) ?? []), { skill: onetIds.skill(elementId), importance: value, level }]);
    importance.set(code, (importance.get(code) ?? new Map<string, number>()).set(elementId, value));
  }
  const nodes = [...elements].map(([elementId, name]) =>
    node(onetIds.skill(elementId), { name, description: elementText.get(elementId) ?? name, skillType, altLabels: [] }),
  );
  // Every occupation gets an item, an empty one without ratings, so links that disappear are removed.
  const items = [...occupations.keys()].map((code) => linksItem(onetIds.occupation(code), links.get(code) ?? []));
  entries.push({
    stats: parsed.stats,
    writes: `${nodes.length} Skill (${skillType}) nodes, ${skillType} ratings of ${items.length} occupations`,
    write: {
      nodes: { label: "Skill", items: nodes },
      aspect: { name: skillType === "skill" ? "occupationSkills" : "occupationKnowledge", items },
    },
  });
  return { elements: new Set(elements.keys()), importance };
}

/** Technology skills: one Skill per UNSPSC commodity, named after it, its commonest products as altLabels. */
function planTechnology({ release, entries, node, known, occupations }: Context): void {
  const stats = release.technology.stats;
  const commodities = new Map<string, { title: string; examples: Map<string, number> }>();
  const uses = new Map<string, Map<string, { hot: boolean; inDemand: boolean }>>();
  const seen = new Map<string, number>();
  for (const { line, row } of release.technology.rows) {
    if (!known(stats, line, row.code)) continue;
    const key = `${row.code}|${row.commodityCode}|${row.example}`;
    if (seen.has(key)) {
      badRow(stats, line, `"${row.example}" is listed twice for ${row.code} (first at line ${seen.get(key)})`);
      continue;
    }
    seen.set(key, line);
    const commodity = commodities.get(row.commodityCode) ?? { title: row.commodityTitle, examples: new Map<string, number>() };
    commodity.examples.set(row.example, (commodity.examples.get(row.example) ?? 0) + 1);
    commodities.set(row.commodityCode, commodity);
    const byCommodity = uses.get(row.code) ?? new Map<string, { hot: boolean; inDemand: boolean }>();
    const use = byCommodity.get(row.commodityCode) ?? { hot: false, inDemand: false };
    byCommodity.set(row.commodityCode, { hot: use.hot || row.hot, inDemand: use.inDemand || row.inDemand });
    uses.set(row.code, byCommodity);
  }
  const nodes = [...commodities].sort(([a], [b]) => a.localeCompare(b)).map(([code, { title, examples }]) => {
    const top = [...examples].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, TECHNOLOGY_EXAMPLES).map(([name]) => name);
    return node(onetIds.technology(code), {
      name: title,
      description: `${title} (UNSPSC ${code}), for example ${top.join(", ")}.`,
      skillType: "technology",
      altLabels: top,
    });
  });
  const items = [...occupations.keys()].map((code) =>
    linksItem(
      onetIds.occupation(code),
      [...(uses.get(code) ?? [])]
        .sort(([a], [b]) => a.localeCompare(b))
        // A technology an occupation lists matters 0.5; hot or in demand in job postings, up to 1.
        .map(([commodity, { hot, inDemand }]) => ({
          skill: onetIds.technology(commodity),
          importance: 0.5 + (hot ? 0.25 : 0) + (inDemand ? 0.25 : 0),
          hot,
          inDemand,
        })),
    ),
  );
  entries.push({
    stats,
    writes: `${nodes.length} Skill (technology) nodes, technology of ${items.length} occupations`,
    write: { nodes: { label: "Skill", items: nodes }, aspect: { name: "occupationTechnology", items } },
  });
}

/** Task statements, each with its occupation. */
function planTasks({ release, entries, node, known, occupations }: Context): Map<number, TaskInfo> {
  const tasks = new Map<number, TaskInfo>();
  for (const [taskId, { row, line }] of unique(release.tasks, (r) => r.taskId, "Task ID")) {
    if (known(release.tasks.stats, line, row.code)) tasks.set(taskId, { id: onetIds.task(taskId), row });
  }
  const items = [...tasks.values()].map(({ id, row }) =>
    node(
      id,
      {
        name: row.statement,
        // The occupation's title beside the statement lets a need that names the job find its tasks.
        description: `${row.statement} (${occupations.get(row.code)!.row.title})`,
        taskType: row.taskType,
        keywords: [],
        altLabels: [],
      },
      { occupation: onetIds.occupation(row.code) },
    ),
  );
  entries.push({ stats: release.tasks.stats, writes: `${items.length} Task nodes`, write: { nodes: { label: "Task", items } } });
  return tasks;
}

/** Task -> detailed work activities; returns the GWAs above a task's DWAs. */
function planTaskActivities(
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
function planTaskSkills(
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

function planTaskRatings({ entries }: Context, parsed: Parsed<RatingsRow>, tasks: ReadonlyMap<number, TaskInfo>): Map<number, RatingsRow> {
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
function planTaskExposure({ entries }: Context, parsed: Parsed<ExposureRow>, tasks: ReadonlyMap<number, TaskInfo>): Map<number, ExposureRow> {
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
function planTaskTraits(
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

/** Rows by key; a repeated key is a bad row. `accept` may reject a row (after reporting it). */
function unique<T, K>(
  parsed: Parsed<T>,
  key: (row: T) => K,
  label: string,
  accept: (row: T, line: number) => boolean = () => true,
): Map<K, Located<T>> {
  const out = new Map<K, Located<T>>();
  for (const located of parsed.rows) {
    const k = key(located.row);
    const first = out.get(k);
    if (first) badRow(parsed.stats, located.line, `duplicate ${label} ${String(k)} (first at line ${first.line})`);
    else if (accept(located.row, located.line)) out.set(k, located);
  }
  return out;
}

function placeholderTrait(id: string): { name: string; description: string } {
  const words = id.replace(/^trait:/, "").replaceAll("-", " ");
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { name, description: `${name} (created by the O*NET import; the seed's traits.json gives the curated text).` };
}
