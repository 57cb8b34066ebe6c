/** The ESCO import plan: the validated files as writes, one step per file, in dependency order. */
import type { OccupationMatchType } from "../../domain/crosswalk.js";
import type { ImportNode } from "../../graph/repositories/onetRepository.js";
import { onetIds } from "../onet/ids.js";
import { unique } from "../onet/plan.js";
import { type ImportPlan, linksItem, nodeMaker, type PlanEntry } from "../onet/planContext.js";
import { badRow, type Parsed } from "../onet/release.js";
import { EXACT_OR_CLOSE, type MatchType } from "./crosswalk.js";
import { escoId } from "./files.js";
import type { EscoRelease } from "./read.js";

export const ESCO_SOURCE = "esco-1.2.0";

/** An occupation's essential skills weigh fully, its optional ones half (ESCO gives no finer rating). */
export const SKILL_IMPORTANCE = { essential: 1, optional: 0.5 } as const;

/**
 * The MATCHES relationship goes from the ESCO occupation (or ISCO group) to the O*NET occupation,
 * its type read as SKOS from the ESCO side: BROAD means the O*NET occupation is the broader one
 * ("General and Operations Managers" is a broadMatch of "library manager"). exactISCO rows name
 * an ISCO-08 group that matches exactly, so they are EXACT matches from that group.
 */
export const MATCH_TYPE_OF: Readonly<Record<MatchType, OccupationMatchType>> = {
  exactMatch: "EXACT",
  closeMatch: "CLOSE",
  broadMatch: "BROAD",
  narrowMatch: "NARROW",
  exactISCO: "EXACT",
};

export type CrosswalkFigures = Readonly<{
  rows: number;
  /** exactMatch and closeMatch rows of the file, and how many of them the plan links. */
  exactOrClose: number;
  exactOrCloseLinked: number;
  linked: number;
  /** Rows whose O*NET occupation is not in the graph (O*NET not imported, or another release). */
  onetMissing: number;
}>;

export type EscoPlan = ImportPlan &
  Readonly<{
    /** Skill labels of the derived relations file that have no URI: left out, with the relations naming them. */
    unresolvedSkills: Readonly<{ labels: number; relations: number }>;
    crosswalk: CrosswalkFigures | null;
  }>;

export type EscoPlanOptions = Readonly<{ source: string; onetOccupations: ReadonlySet<string> }>;

type Broader = ReadonlyMap<string, string[]>;

/** Pure: the same files give the same writes and hashes, which is what makes a re-import a no-op. */
export function planEsco(release: EscoRelease, options: EscoPlanOptions): EscoPlan {
  const node = nodeMaker(options.source);
  const entries: PlanEntry[] = [];
  const broaderIds = (broader: Broader, uri: string) => (broader.get(uri) ?? []).map(escoId);

  const groups = unique(release.iscoGroups, (r) => r.uri, "conceptUri");
  const occupations = unique(release.occupations, (r) => r.uri, "conceptUri");
  const isOccupation = (uri: string) => groups.has(uri) || occupations.has(uri);
  const occupationBroader = broaderOf(release.occupationBroader, isOccupation, "bad");
  const groupNodes = [...groups.values()].map(({ row }) =>
    node(
      escoId(row.uri),
      { name: row.name, description: row.description, altLabels: [], iscoCode: row.code, iscoLevel: row.code.length },
      { broader: broaderIds(occupationBroader, row.uri) },
    ),
  );
  entries.push(step(release.iscoGroups, `${groupNodes.length} ISCO-08 group Occupation nodes`, "Occupation", groupNodes));
  const occupationNodes = [...occupations.values()].map(({ row }) =>
    node(
      escoId(row.uri),
      { name: row.name, description: row.description, altLabels: row.altLabels, iscoCode: row.isco, escoCode: row.code },
      { broader: broaderIds(occupationBroader, row.uri) },
    ),
  );
  entries.push(step(release.occupations, `${occupationNodes.length} Occupation nodes`, "Occupation", occupationNodes));
  entries.push({ stats: release.occupationBroader.stats, writes: "BROADER of occupations and ISCO-08 groups", write: null });

  const skills = planSkills(release, node, entries);
  const unresolvedSkills = planOccupationSkills(release, occupations, skills, entries);
  const crosswalk = release.crosswalk ? planCrosswalk(release.crosswalk, isOccupation, options.onetOccupations, entries) : null;
  return { entries, unresolvedSkills, crosswalk };
}

/** Skill groups, then skills and knowledge; returns skill URIs by preferred label. */
function planSkills(release: EscoRelease, node: ReturnType<typeof nodeMaker>, entries: PlanEntry[]): Map<string, string> {
  const groups = unique(release.skillGroups, (r) => r.uri, "conceptUri");
  const byLabel = new Map<string, string>();
  for (const { row, line } of release.skillLabels.rows) {
    if (row.uri === "") continue;
    const first = byLabel.get(row.name);
    if (first && first !== row.uri) badRow(release.skillLabels.stats, line, `label "${row.name}" has a second URI (first ${first})`);
    else byLabel.set(row.name, row.uri);
  }
  const described = new Map(release.collections.flatMap((c) => c.rows.map(({ row }) => [row.uri, row] as const)));
  const skillUris = new Set([...byLabel.values(), ...described.keys()]);
  const isSkillOrGroup = (uri: string) => groups.has(uri) || skillUris.has(uri);
  const broader = broaderOf(release.skillBroader, isSkillOrGroup, "skip");
  const typeOf = skillTypes(release, new Map([...groups].map(([uri, { row }]) => [uri, row.code])));

  const groupNodes = [...groups.values()].map(({ row }) =>
    node(
      escoId(row.uri),
      { name: row.name, description: row.description, altLabels: row.altLabels, skillType: "group", escoCode: row.code },
      { broader: (broader.get(row.uri) ?? []).filter((b) => groups.has(b)).map(escoId) },
    ),
  );
  entries.push(step(release.skillGroups, `${groupNodes.length} skill group Skill nodes`, "Skill", groupNodes));
  entries.push({ stats: release.skillBroader.stats, writes: "BROADER of skills and skill groups", write: null });

  const labelOf = new Map([...byLabel].map(([label, uri]) => [uri, label]));
  const skillNodes = [...skillUris].map((uri) => {
    const extra = described.get(uri);
    return node(
      escoId(uri),
      {
        name: extra?.name ?? labelOf.get(uri)!,
        description: extra?.description ?? "",
        altLabels: extra?.altLabels ?? [],
        skillType: typeOf(uri),
        reuseLevel: extra?.reuseLevel || null,
      },
      { broader: (broader.get(uri) ?? []).map(escoId) },
    );
  });
  const unresolved = release.skillLabels.rows.filter(({ row }) => row.uri === "").length;
  release.skillLabels.stats.skipped += unresolved;
  entries.push(
    step(release.skillLabels, `${skillNodes.length} Skill nodes (${unresolved} labels without a URI left out)`, "Skill", skillNodes),
  );
  for (const c of release.collections) entries.push({ stats: c.stats, writes: "descriptions, alternative labels, types of skills", write: null });
  return byLabel;
}

/**
 * Knowledge or skill: the collections say so for their skills; for the others, the top of the skill
 * groups above them does ("K" and the ISCED-F fields are knowledge, "S", "T", "L" skills).
 */
function skillTypes(release: EscoRelease, groupCodes: ReadonlyMap<string, string>): (uri: string) => "knowledge" | "skill" {
  const stated = new Map(release.collections.flatMap((c) => c.rows.map(({ row }) => [row.uri, row.skillType] as const)));
  const parents = new Map<string, string[]>();
  for (const { row } of release.skillBroader.rows) parents.set(row.uri, [...(parents.get(row.uri) ?? []), row.broaderUri]);
  const memo = new Map<string, boolean>();
  const isKnowledge = (uri: string, seen: Set<string>): boolean => {
    const code = groupCodes.get(uri);
    if (code !== undefined) return code === "K" || /^\d/.test(code);
    if (memo.has(uri)) return memo.get(uri)!;
    seen.add(uri);
    const result = (parents.get(uri) ?? []).some((p) => !seen.has(p) && isKnowledge(p, seen));
    memo.set(uri, result);
    return result;
  };
  return (uri) => {
    const type = stated.get(uri);
    if (type) return type === "knowledge" ? "knowledge" : "skill";
    return isKnowledge(uri, new Set()) ? "knowledge" : "skill";
  };
}

function planOccupationSkills(
  release: EscoRelease,
  occupations: ReadonlyMap<string, unknown>,
  skillByLabel: ReadonlyMap<string, string>,
  entries: PlanEntry[],
): EscoPlan["unresolvedSkills"] {
  const { stats } = release.occupationSkills;
  const rows = unique(release.occupationSkills, (r) => r.uri, "occupationUri", (row, line) => {
    if (occupations.has(row.uri)) return true;
    return badRow(stats, line, `unknown occupation ${row.uri} (not in occupations_en.csv)`), false;
  });
  const missing = new Set<string>();
  let unresolved = 0;
  const counts = { essential: 0, optional: 0 };
  const items = [...rows.values()].map(({ row }) => {
    const links = new Map<string, { skill: string; relation: string; importance: number }>();
    for (const relation of ["essential", "optional"] as const) {
      for (const label of row[relation]) {
        const uri = skillByLabel.get(label);
        if (!uri) {
          missing.add(label);
          unresolved++;
        } else if (!links.has(uri)) {
          links.set(uri, { skill: escoId(uri), relation, importance: SKILL_IMPORTANCE[relation] });
          counts[relation]++;
        }
      }
    }
    return linksItem(escoId(row.uri), [...links.values()]);
  });
  entries.push({
    stats,
    writes:
      `${counts.essential} essential + ${counts.optional} optional REQUIRES_SKILL; ` +
      `${unresolved} to ${missing.size} skill labels without a URI left out`,
    write: { aspect: { name: "escoOccupationSkills", items } },
  });
  return { labels: missing.size, relations: unresolved };
}

function planCrosswalk(
  crosswalk: NonNullable<EscoRelease["crosswalk"]>,
  isOccupation: (uri: string) => boolean,
  onetOccupations: ReadonlySet<string>,
  entries: PlanEntry[],
): CrosswalkFigures {
  const { stats } = crosswalk;
  const links = new Map<string, Map<string, OccupationMatchType>>();
  let exactOrClose = 0;
  let exactOrCloseLinked = 0;
  let linked = 0;
  for (const { row, line } of crosswalk.rows) {
    if (EXACT_OR_CLOSE.has(row.match)) exactOrClose++;
    // The crosswalk maps ESCO 1.1; an occupation ESCO 1.2.0 no longer has cannot be linked.
    if (!isOccupation(row.uri)) {
      badRow(stats, line, `${row.uri} is not an occupation or ISCO-08 group of this ESCO release`);
      continue;
    }
    const onet = onetIds.occupation(row.onetCode);
    if (!onetOccupations.has(onet)) {
      stats.skipped++;
      continue;
    }
    const esco = escoId(row.uri);
    const matches = links.get(esco) ?? new Map<string, OccupationMatchType>();
    if (matches.has(onet)) {
      badRow(stats, line, `a second match between ${row.uri} and ${row.onetCode}`);
      continue;
    }
    matches.set(onet, MATCH_TYPE_OF[row.match]);
    links.set(esco, matches);
    linked++;
    if (EXACT_OR_CLOSE.has(row.match)) exactOrCloseLinked++;
  }
  const items = [...links].map(([esco, matches]) =>
    linksItem(esco, [...matches].map(([occupation, matchType]) => ({ occupation, matchType }))),
  );
  const missing = stats.skipped > 0 ? `; ${stats.skipped} rows skipped: their O*NET occupation is not in the graph` : "";
  entries.push({ stats, writes: `${linked} MATCHES (${exactOrCloseLinked} exact or close)${missing}`, write: { aspect: { name: "escoMatches", items } } });
  return { rows: stats.rows, exactOrClose, exactOrCloseLinked, linked, onetMissing: stats.skipped };
}

/** Parents by child URI; a row naming a URI the release does not hold is bad ("bad") or left out ("skip"). */
function broaderOf(
  parsed: Parsed<Readonly<{ uri: string; broaderUri: string }>>,
  known: (uri: string) => boolean,
  unknown: "bad" | "skip",
): Broader {
  const parents = new Map<string, string[]>();
  for (const { row, line } of parsed.rows) {
    const missing = [row.uri, row.broaderUri].find((uri) => !known(uri));
    if (missing && unknown === "skip") parsed.stats.skipped++;
    else if (missing) badRow(parsed.stats, line, `unknown URI ${missing}`);
    else parents.set(row.uri, [...(parents.get(row.uri) ?? []), row.broaderUri]);
  }
  return parents;
}

function step(parsed: Parsed<unknown>, writes: string, label: "Occupation" | "Skill", items: ImportNode[]): PlanEntry {
  return { stats: parsed.stats, writes, write: { nodes: { label, items } } };
}
