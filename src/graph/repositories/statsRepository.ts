import type { Executor } from "../executor.js";
import { ENTITY_LABEL, NODE_LABELS } from "../model.js";

export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  /** Whether the graph holds any taxonomy yet (an empty database gets the seed at start-up). */
  async hasTaxonomy(): Promise<boolean> {
    const rows = await this.executor.read(`RETURN EXISTS { MATCH (:${ENTITY_LABEL}) } AS found`);
    return rows[0]?.found === true;
  }

  async countsByLabel(): Promise<Record<string, number>> {
    // Label counts come from the count store; labels are code constants, never request values.
    const rows = await this.executor.read(
      NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`).join(" UNION ALL "),
    );
    return Object.fromEntries(rows.map((row) => [row.label as string, row.count as number]));
  }
}
