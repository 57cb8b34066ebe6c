/** The graph paths that explain an option: need -> task -> trait <- worker type -> channel. */
import type { ChannelData, WorkerTypeData } from "../../domain/evidence.js";
import type { TraitWeight } from "../../domain/intake.js";
import type { Factor, GraphPath, PathNode, RecommendationInput } from "../../domain/recommendation.js";
import { RECOMMEND_TUNING } from "./tuning.js";
/** need -> task -> trait <- worker type -> channel, for the traits that move the score most. */
export function paths(
  input: RecommendationInput,
  workerType: WorkerTypeData,
  channel: ChannelData,
  factors: readonly Factor[],
  traits: readonly TraitWeight[],
): GraphPath[] {
  const needNode: PathNode = { id: input.needId ?? "need:unsaved", kind: "Need", name: input.need.title ?? "This need" };
  const wtNode: PathNode = { id: workerType.id, kind: "WorkerType", name: workerType.name };
  const chNode: PathNode = { id: channel.id, kind: "Channel", name: channel.name };
  const out: GraphPath[] = [];
  const traitFactors = factors
    .filter((f) => f.kind === "TRAIT_FIT" && f.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  for (const factor of traitFactors) {
    const trait = traits.find((t) => t.id === factor.traitId)!;
    const traitNode: PathNode = { id: trait.id, kind: "Trait", name: trait.name };
    const tail = [
      { type: "SUITS", weight: factor.weight },
      { type: "SOURCED_VIA", weight: null },
    ];
    const fact = trait.sources.find((s) => s.kind !== "TASKS");
    if (fact) {
      out.push({
        nodes: [needNode, traitNode, wtNode, chNode],
        relationships: [{ type: fact.kind === "FACT" ? "STATES" : "MENTIONS", weight: fact.weight }, ...tail],
        contribution: factor.contribution,
      });
    } else {
      const carriers = input.tasks
        .map((t) => ({ task: t.evidence, strength: t.weight * (t.evidence.traits.find((x) => x.id === trait.id)?.weight ?? 0) }))
        .filter((c) => c.strength > 0)
        .sort((a, b) => b.strength - a.strength || a.task.id.localeCompare(b.task.id));
      const carrier = carriers[0];
      if (!carrier) continue;
      out.push({
        nodes: [needNode, { id: carrier.task.id, kind: "Task", name: carrier.task.name }, traitNode, wtNode, chNode],
        relationships: [
          { type: "MATCHED", weight: input.tasks.find((t) => t.evidence.id === carrier.task.id)!.weight },
          { type: "HAS_TRAIT", weight: carrier.task.traits.find((x) => x.id === trait.id)!.weight },
          ...tail,
        ],
        contribution: factor.contribution,
      });
    }
    if (out.length >= RECOMMEND_TUNING.pathsShown) break;
  }
  return out;
}
