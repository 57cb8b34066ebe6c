/** What a graph holds, in general terms: whether it has any taxonomy yet. */
import type { Executor } from "../executor.js";
import { ENTITY_LABEL } from "../model.js";

export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  /** Whether the graph holds any taxonomy yet (an empty database gets the seed at start-up). */
  async hasTaxonomy(): Promise<boolean> {
    const rows = await this.executor.read(`RETURN EXISTS { MATCH (:${ENTITY_LABEL}) } AS found`);
    return rows[0]?.found === true;
  }
}
