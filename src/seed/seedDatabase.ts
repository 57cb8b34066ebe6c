/** The seed files as graph writes: validated, turned into batches, written where they changed. */
import { SHARED_TENANT } from "../domain/principal.js";
import { encodeConditions } from "../graph/repositories/ruleRepository.js";
import type { SeedBatch, SeedCounts, SeedRepository } from "../graph/repositories/seedRepository.js";
import { loadFactSignals } from "./factSignals.js";
import { DEFAULT_SEED_DIR, loadSeed, type SeedData, seedHash } from "./seedLoader.js";

export const SEED_SOURCE = "workgraph-seed";
export const DEMO_SOURCE = "synthetic-demo";

/** Validates the seed files, then writes what changed. Safe to run any number of times. */
export async function seedDatabase(repository: SeedRepository, dir: string = DEFAULT_SEED_DIR): Promise<SeedCounts> {
  const data = await loadSeed(dir);
  // Not written to the graph (recommendation reads the file), but a bad file must fail the seed run too.
  loadFactSignals(dir);
  return repository.apply(toBatches(data));
}

export function toBatches(data: SeedData): SeedBatch[] {
  const node = (
    item: { id: string; name: string; description: string },
    props: Record<string, unknown>,
    links: Record<string, unknown> = {},
    source = SEED_SOURCE,
  ) => {
    const all = { name: item.name, description: item.description, status: "ACTIVE", source, ...props };
    return { id: item.id, hash: seedHash({ props: all, links }), props: all, links };
  };
  return [
    { label: "Trait", nodes: data.traits.map((t) => node(t, {})) },
    { label: "Outcome", nodes: data.outcomes.map((o) => node(o, {})) },
    {
      label: "Skill",
      nodes: data.skills.map((s) => node(s, { altLabels: s.altLabels }, { broader: s.broader })),
    },
    {
      label: "Occupation",
      nodes: data.occupations.map((o) => node(o, { altLabels: o.altLabels, businessFunction: o.businessFunction })),
    },
    {
      label: "Channel",
      nodes: data.channels.map(({ id, name, description, ...properties }) =>
        node({ id, name, description }, properties),
      ),
    },
    {
      label: "Task",
      nodes: data.tasks.map((t) =>
        node(
          t,
          { businessFunction: t.businessFunction, keywords: t.keywords, altLabels: t.altLabels },
          { occupations: t.occupations, skills: t.skills, outcomes: t.outcomes, traits: t.traits },
        ),
      ),
    },
    {
      label: "WorkerType",
      nodes: data.workerTypes.map((w) => node(w, {}, { suits: w.suits, channels: w.channels })),
    },
    {
      label: "PrecedentCase",
      nodes: data.precedents.map((p) =>
        node(
          p,
          {
            businessFunction: p.businessFunction,
            ...p.facts,
            rating: p.outcome.rating,
            costVariancePct: p.outcome.costVariancePct,
            daysToStart: p.outcome.daysToStart,
            needChanged: p.outcome.needChanged,
            issues: p.outcome.issues,
            outcomeNotes: p.outcome.notes,
            decidedAt: p.decidedAt,
            tenant: SHARED_TENANT,
          },
          {
            tasks: p.tasks,
            workerType: p.workerType,
            requestedWorkerType: p.requestedWorkerType,
            channel: p.channel,
          },
          DEMO_SOURCE,
        ),
      ),
    },
    {
      label: "Rule",
      // No `version` prop: a rule's version is the node's own counter (1 when first seeded, +1 on
      // every change), the same number optimistic updates by stewards will carry.
      nodes: data.rules.map((r) =>
        node(
          r,
          {
            effect: r.effect,
            severity: r.severity,
            penalty: r.penalty,
            message: r.message,
            // Neo4j properties cannot hold nested maps, so the conditions are stored as JSON text.
            conditions: encodeConditions(r.conditions),
          },
          { workerTypes: r.workerTypes, channels: r.channels },
        ),
      ),
    },
  ];
}
