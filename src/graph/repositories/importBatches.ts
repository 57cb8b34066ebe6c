/** Batching of the import repository's writes: transactions within a memory budget, statements of a batch size, counts. */
import type { AspectItem, AspectName, ImportLabel, ImportNode, StepWrite, TraitStub, WriteCounts } from "./onetRepository.js";

export const zero = (): WriteCounts => ({ created: 0, changed: 0, unchanged: 0 });

/** Unchanged rows come back only under --force; they are counted with the rows not written. */
export function count(counts: WriteCounts, outcome: unknown): void {
  if (outcome === "created") counts.created++;
  else if (outcome === "changed") counts.changed++;
}

export function add(total: WriteCounts, part: WriteCounts): void {
  total.created += part.created;
  total.changed += part.changed;
  total.unchanged += part.unchanged;
}

/** Splits a step into transactions of at most `budget` items plus links (whole items, in order). */
export function splitStep(step: StepWrite, budget: number): StepWrite[] {
  type Part = { traits?: readonly TraitStub[]; nodes?: { label: ImportLabel; items: ImportNode[] }; aspect?: { name: AspectName; items: AspectItem[] } };
  const parts: Part[] = [];
  let current: Part = step.traits?.length ? { traits: step.traits } : {};
  let used = 0;
  const fit = (cost: number) => {
    if (used > 0 && used + cost > budget) {
      parts.push(current);
      current = {};
      used = 0;
    }
    used += cost;
  };
  for (const item of step.nodes?.items ?? []) {
    fit(1 + Object.values(item.links).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 1), 0));
    (current.nodes ??= { label: step.nodes!.label, items: [] }).items.push(item);
  }
  for (const item of step.aspect?.items ?? []) {
    fit(1 + (item.links?.length ?? 0));
    (current.aspect ??= { name: step.aspect!.name, items: [] }).items.push(item);
  }
  if (current.traits || current.nodes || current.aspect) parts.push(current);
  return parts;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
