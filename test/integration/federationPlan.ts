/** Executes an Apollo query plan by hand, as a gateway would, for the composition test: fetches, sequences, flattens. */
import type { PlanNode, QueryPlan, QueryPlanSelectionNode } from "@apollo/query-planner";

type Json = Record<string, unknown>;
/** Sends one subgraph operation; answers its `data`. */
export type SubgraphFetcher = (serviceName: string, operation: string, variables: Json) => Promise<Json>;

/** The fields a `requires` selection names, picked from an entity (what becomes its representation). */
function pick(entity: Json, selections: readonly QueryPlanSelectionNode[]): Json {
  const out: Json = {};
  for (const selection of selections) {
    if (selection.kind === "InlineFragment") {
      if (!selection.typeCondition || selection.typeCondition === entity.__typename) Object.assign(out, pick(entity, selection.selections));
    } else {
      const value = entity[selection.name];
      out[selection.name] = selection.selections && value && typeof value === "object" ? pick(value as Json, selection.selections) : value;
    }
  }
  return out;
}

/** The objects at a response path; `@` walks every element of a list. */
function objectsAt(value: unknown, path: readonly (string | number)[]): Json[] {
  if (value === null || value === undefined) return [];
  if (path.length === 0) return Array.isArray(value) ? value.flatMap((v) => objectsAt(v, [])) : [value as Json];
  const [head, ...rest] = path;
  if (head === "@") return (value as unknown[]).flatMap((v) => objectsAt(v, rest));
  return objectsAt((value as Json)[head as string], rest);
}

function merge(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing && value && typeof existing === "object" && typeof value === "object" && !Array.isArray(value)) merge(existing as Json, value as Json);
    else target[key] = value;
  }
}

export async function executePlan(plan: QueryPlan, fetchFrom: SubgraphFetcher): Promise<Json> {
  const data: Json = {};
  const run = async (node: PlanNode, at: readonly (string | number)[]): Promise<void> => {
    switch (node.kind) {
      case "Sequence":
        for (const child of node.nodes) await run(child, at);
        return;
      case "Parallel":
        await Promise.all(node.nodes.map((child) => run(child, at)));
        return;
      case "Flatten":
        return run(node.node, [...at, ...node.path]);
      case "Fetch": {
        if (!node.requires) {
          merge(data, await fetchFrom(node.serviceName, node.operation, {}));
          return;
        }
        const entities = objectsAt(data, at);
        const representations = entities.map((entity) => pick(entity, node.requires!));
        const result = await fetchFrom(node.serviceName, node.operation, { representations });
        (result._entities as Json[]).forEach((resolved, i) => merge(entities[i]!, resolved ?? {}));
        return;
      }
      default:
        throw new Error(`plan node ${node.kind} is not needed by this test`);
    }
  };
  if (plan.node) await run(plan.node as PlanNode, []);
  return data;
}
