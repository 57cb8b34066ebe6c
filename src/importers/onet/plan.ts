/** The import plan: the validated release as writes, one step per file, in dependency order. */
import { onetIds, round } from "./ids.js";
import {
  type Context,
  type Importance,
  type ImportPlan,
  linksItem,
  nodeMaker,
  type PlanOptions,
  type TaskInfo,
  TECHNOLOGY_EXAMPLES,
} from "./planContext.js";
import { planTaskActivities, planTaskExposure, planTaskRatings, planTaskSkills, planTaskTraits } from "./planTaskLinks.js";
import { badRow, type Located, type Parsed, type Release } from "./release.js";
import type { DwaRow, ExposureRow, RatingRow, RatingsRow } from "./rows.js";

/**
 * Turns the validated release into the writes of the import, one step per file, in an order where
 * every step finds the nodes it links to. Pure: no I/O, the same release gives the same writes
 * (and the same hashes), which is what makes a re-import a no-op.
 */

export function planImport(release: Release, options: PlanOptions): ImportPlan {
  const occupations = unique(release.occupations, (r) => r.code, "O*NET-SOC Code");
  const ctx: Context = {
    release,
    entries: [],
    node: nodeMaker(options.source),
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

/** Rows by key; a repeated key is a bad row. `accept` may reject a row (after reporting it). */
export function unique<T, K>(
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

