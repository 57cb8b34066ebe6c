import type { Embedder } from "../embedding/embedder.js";
import type { Executor } from "../graph/executor.js";
import { EmbeddingRepository } from "../graph/repositories/embeddingRepository.js";
import { SHARED_TENANT } from "../services/auth/principal.js";
import { encodeConditions } from "../graph/repositories/ruleRepository.js";
import { SeedRepository, type SeedBatch, type SeedCounts } from "../graph/repositories/seedRepository.js";
import { VectorSync } from "../services/embedding/vectorSync.js";
import { DEFAULT_SEED_DIR, loadSeed, seedHash, type SeedData } from "./seedLoader.js";

export const SEED_SOURCE = "workgraph-seed";
export const DEMO_SOURCE = "synthetic-demo";

/**
 * Validates the seed files, then writes what changed, then embeds the nodes whose text changed (or
 * that have no vector yet). Safe to run any number of times: a second run writes and embeds nothing.
 */
export async function seedDatabase(executor: Executor, embedder: Embedder, dir: string = DEFAULT_SEED_DIR): Promise<SeedCounts> {
  const data = await loadSeed(dir);
  const counts = await new SeedRepository(executor).apply(toBatches(data));
  await new VectorSync(embedder, new EmbeddingRepository(executor)).refresh();
  return counts;
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
