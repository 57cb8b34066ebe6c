/** Reading the compliance and policy rules: the active ones, or any one by id. */
import { NotFoundError } from "../../errors.js";
import type { NodeRecord } from "../../graph/repositories/nodeRepository.js";
import type { RuleRepository } from "../../graph/repositories/ruleRepository.js";

/** Browsing the compliance and policy rules (read-only for now; stewards will edit them later). */
export class RuleService {
  constructor(private readonly rules: RuleRepository) {}

  /** The active rules, by id. */
  list(): Promise<NodeRecord[]> {
    return this.rules.list(["ACTIVE"]);
  }

  /** Any rule by id, deprecated ones too: a finding may cite a rule that has since been retired. */
  async rule(id: string): Promise<NodeRecord> {
    const rule = await this.rules.byId(id);
    if (!rule) throw new NotFoundError("Rule", id);
    return rule;
  }
}
