/** Stored nodes as GraphQL objects, and Relay pages of them. */
import type { NodeRecord } from "../../graph/repositories/nodeRepository.js";
import type { ListResult } from "../../services/taxonomyService.js";
import type { Edge, Page } from "../types/connection.types.js";

/**
 * A stored node as the GraphQL object of its kind. Stored property names are the field names,
 * so this only fills defaults and nests the precedent's facts and outcome.
 */
export function toGraph<T>(record: NodeRecord): T {
  const p = record.props;
  const object: Record<string, unknown> = {
    businessFunction: null,
    altLabels: [],
    keywords: [],
    ...p,
    kind: record.kind,
  };
  if (record.kind === "PrecedentCase") {
    object.facts = {
      durationWeeks: p.durationWeeks ?? null,
      ongoing: p.ongoing ?? false,
      hoursPerWeek: p.hoursPerWeek ?? null,
      headcount: p.headcount ?? 1,
      location: p.location ?? null,
      remoteAllowed: p.remoteAllowed ?? false,
      budget: p.budget ?? null,
      currency: p.currency ?? null,
      dataSensitivity: p.dataSensitivity ?? "INTERNAL",
      regulated: p.regulated ?? false,
    };
    object.outcome = {
      rating: p.rating,
      costVariancePct: p.costVariancePct ?? 0,
      daysToStart: p.daysToStart ?? 0,
      needChanged: p.needChanged ?? false,
      issues: p.issues ?? [],
      notes: p.outcomeNotes ?? "",
    };
  }
  return object as T;
}

export function toConnection<T>(result: ListResult): Page<T> {
  return pageOf(result.nodes.map((node) => toGraph<T>(node)), result.cursors, result.totalCount, result.hasNextPage, result.after);
}

/**
 * A Relay page from nodes and their cursors (in the same order). `totalCount` is a getter, so the count's
 * statement runs only when the selection asks for it (GraphQL reads the property only then).
 */
export function pageOf<T>(
  nodes: readonly T[],
  cursors: readonly string[],
  totalCount: () => Promise<number>,
  hasNextPage: boolean,
  after: string | null,
): Page<T> {
  const edges: Array<Edge<T>> = nodes.map((node, i) => ({ node, cursor: cursors[i]! }));
  return {
    edges,
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
