/** Decompositions and stored needs as GraphQL objects, with their nodes read in one batch. */
import type { Decomposition as DomainDecomposition } from "../../domain/intake.js";
import type { StoredNeed } from "../../graph/repositories/needRepository.js";
import type { TaxonomyService } from "../../services/taxonomyService.js";
import type { Decomposition, Need } from "../types/intake.types.js";
import { toGraph } from "./node.mapper.js";

export async function toGraphDecomposition(d: DomainDecomposition, taxonomy: TaxonomyService): Promise<Decomposition> {
  const nodes = await taxonomy.nodesByIds([
    ...d.listed.map((t) => t.id),
    ...d.skills.map((s) => s.id),
    ...d.outcomes.map((o) => o.id),
    ...d.traits.map((t) => t.id),
    ...d.occupations.map((o) => o.id),
    ...(d.requestedWorkerType ? [d.requestedWorkerType.id] : []),
  ]);
  // A node deprecated or removed between the two reads is left out rather than failing the answer.
  const present = <T extends { id: string }>(items: readonly T[]) => items.filter((item) => nodes.has(item.id));
  const node = <T>(id: string) => toGraph<T>(nodes.get(id)!);
  return {
    version: d.version,
    tasks: present(d.listed).map(({ id, ...t }) => ({ ...t, task: node(id) })),
    skills: present(d.skills).map(({ id, fromTasks, ...s }) => ({ ...s, skill: node(id), fromTaskIds: fromTasks })),
    outcomes: present(d.outcomes).map(({ id, fromTasks, ...o }) => ({ ...o, outcome: node(id), fromTaskIds: fromTasks })),
    traits: present(d.traits).map(({ id, ...t }) => ({ ...t, trait: node(id) })),
    occupations: present(d.occupations).map(({ id, ...o }) => ({ ...o, occupation: node(id) })),
    warnings: d.warnings,
    facts: d.facts,
    statedFacts: {
      ...d.statedFacts,
      coverage: [...d.statedFacts.coverage],
      volumes: [...d.statedFacts.volumes],
      control: [...d.statedFacts.control],
      regulatedDomains: [...d.statedFacts.regulatedDomains],
      sources: [...d.statedFacts.sources],
    },
    ruledOut: d.ruledOut,
    requestedWorkerType: d.requestedWorkerType && nodes.has(d.requestedWorkerType.id) ? node(d.requestedWorkerType.id) : null,
  };
}

export async function toGraphNeed(stored: StoredNeed, taxonomy: TaxonomyService): Promise<Need> {
  const requestedId = stored.input.requestedWorkerTypeId;
  const nodes = await taxonomy.nodesByIds([...stored.tasks.map((t) => t.taskId), ...(requestedId ? [requestedId] : [])]);
  const { input } = stored;
  return {
    id: stored.id,
    text: input.text,
    title: input.title,
    durationWeeks: input.durationWeeks,
    ongoing: input.ongoing,
    location: input.location,
    remoteAllowed: input.remoteAllowed,
    dataSensitivity: input.dataSensitivity,
    regulated: input.regulated,
    requestedWorkerType: requestedId && nodes.has(requestedId) ? toGraph(nodes.get(requestedId)!) : null,
    decompositionVersion: stored.decompositionVersion,
    createdAt: stored.createdAt,
    tasks: stored.tasks
      .filter((t) => nodes.has(t.taskId))
      .map((t) => ({ task: toGraph(nodes.get(t.taskId)!), rank: t.rank, score: t.score, confidence: t.confidence })),
  };
}
