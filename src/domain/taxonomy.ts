/**
 * The vocabulary of the taxonomy: the kinds of node, their statuses, the shape of their ids, the
 * business functions, and the weights stewards curate. Every layer points down at this file.
 */
import { z } from "zod";

export const TAXONOMY_LABELS = [
  "Occupation",
  "Task",
  "Skill",
  "Outcome",
  "Trait",
  "WorkerType",
  "Channel",
  "WorkActivity",
] as const;
export type TaxonomyLabel = (typeof TAXONOMY_LABELS)[number];

export const NODE_LABELS = [...TAXONOMY_LABELS, "PrecedentCase", "Rule"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** What stewards curate (GraphQL mutations and the bulk import): the taxonomy and the rules. */
export const CURATED_LABELS = [...TAXONOMY_LABELS, "Rule"] as const;
export type CuratedLabel = (typeof CURATED_LABELS)[number];

/** O*NET's work activity hierarchy: detailed (DWA) under intermediate (IWA) under generalised (GWA). */
export const WORK_ACTIVITY_LEVELS = ["GWA", "IWA", "DWA"] as const;
export type WorkActivityLevel = (typeof WORK_ACTIVITY_LEVELS)[number];

/** How the taxonomy change feed says what happened to a node or a relationship. */
export const CHANGE_KINDS = ["CREATED", "UPDATED", "DEPRECATED", "RELATED", "UNRELATED"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const STATUSES = ["ACTIVE", "DEPRECATED"] as const;
export type Status = (typeof STATUSES)[number];

const id = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `must look like "${prefix}:lower-case-words"`);

export const traitId = id("trait");
export const skillId = id("skill");
export const outcomeId = id("outcome");
export const occupationId = id("occ");
export const taskId = id("task");
export const workerTypeId = id("wt");
export const channelId = id("ch");
export const precedentId = id("prec");
export const ruleId = id("rule");

/** A weight a steward curates: how strongly a task shows a trait, or how well a worker type suits it. */
export const signedWeight = z.number().min(-1).max(1);
export const unitWeight = z.number().min(0).max(1);

export const BUSINESS_FUNCTIONS = [
  "finance",
  "hr",
  "it",
  "data",
  "marketing",
  "sales",
  "operations",
  "customer-service",
  "legal",
  "engineering",
  "procurement",
  "facilities",
] as const;
export const businessFunction = z.enum(BUSINESS_FUNCTIONS);

