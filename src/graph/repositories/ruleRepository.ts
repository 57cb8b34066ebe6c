/** The Cypher of the compliance and policy rules, with their conditions stored as JSON text. */
import { z } from "zod";
import { type Rule, ruleCondition, type RuleCondition, type RuleEffect, type RuleSeverity } from "../../domain/rules.js";
import type { NodeLabel, Status } from "../../domain/taxonomy.js";
import type { Executor } from "../executor.js";
import { RELATIONS } from "../model.js";
import type { NodeRecord } from "./nodeRepository.js";

const RULE: NodeLabel = "Rule";
const WORKER_TYPE = RELATIONS.ruleWorkerType;
const CHANNEL = RELATIONS.ruleChannel;
const storedConditions = z.array(ruleCondition).min(1);

/** Neo4j properties cannot hold nested maps: a rule's conditions are stored as JSON text. */
export function encodeConditions(conditions: readonly RuleCondition[]): string {
  return JSON.stringify(conditions);
}

/**
 * Reads stored conditions back, validated: a rule that cannot be read must fail loudly, never be
 * skipped (a silently dropped compliance rule would let an excluded option through).
 */
export function decodeConditions(stored: unknown, ruleId: string): RuleCondition[] {
  const parsed = typeof stored === "string" ? storedConditions.safeParse(safeJson(stored)) : null;
  if (!parsed?.success) throw new Error(`Rule ${ruleId} has unreadable conditions`);
  return parsed.data;
}

export class RuleRepository {
  constructor(private readonly executor: Executor) {}

  /** The active rules as the recommendation engine evaluates them, by id: one round trip. */
  async activeRules(): Promise<Rule[]> {
    const rows = await this.executor.read(
      `MATCH (r:${RULE})
       WHERE r.status = $status
       RETURN r {.id, .name, .description, .version, .effect, .severity, .penalty, .message, .conditions} AS rule,
              [(r)-[:${WORKER_TYPE.type}]->(w:${WORKER_TYPE.to}) | w.id] AS workerTypes,
              [(r)-[:${CHANNEL.type}]->(c:${CHANNEL.to}) | c.id] AS channels
       ORDER BY r.id`,
      { status: "ACTIVE" satisfies Status },
    );
    return rows.map((row) => {
      const r = row.rule as Record<string, unknown>;
      const id = r.id as string;
      return {
        id,
        name: r.name as string,
        description: r.description as string,
        version: r.version as number,
        effect: r.effect as RuleEffect,
        severity: r.severity as RuleSeverity,
        penalty: (r.penalty as number | null) ?? 0,
        workerTypes: (row.workerTypes as string[]).sort(),
        channels: (row.channels as string[]).sort(),
        conditions: decodeConditions(r.conditions, id),
        message: r.message as string,
      };
    });
  }

  /** Rules as stored nodes, by id, for browsing. */
  async list(statuses: readonly Status[]): Promise<NodeRecord[]> {
    const rows = await this.executor.read(
      `MATCH (r:${RULE}) WHERE r.status IN $statuses RETURN r {.*} AS props ORDER BY r.id`,
      { statuses },
    );
    return rows.map((row) => ({ kind: RULE, props: row.props as Record<string, unknown> }));
  }

  async byId(id: string): Promise<NodeRecord | null> {
    const rows = await this.executor.read(`MATCH (r:${RULE} {id: $id}) RETURN r {.*} AS props`, { id });
    return rows[0] ? { kind: RULE, props: rows[0].props as Record<string, unknown> } : null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
