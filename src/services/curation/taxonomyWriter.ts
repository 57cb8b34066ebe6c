/**
 * The steps of curation inside a transaction: validated fields, versions checked, the graph changed, the
 * change described.
 */
import { randomBytes } from "node:crypto";
import { parseInput } from "../../domain/input.js";
import type { RuleCondition } from "../../domain/rules.js";
import { CURATED_LABELS, type CuratedLabel } from "../../domain/taxonomy.js";
import { BadInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { Transaction } from "../../graph/executor.js";
import { type RelationName, RELATIONS } from "../../graph/model.js";
import type { ChangeEntry } from "../../graph/repositories/changeFeedRepository.js";
import type { CuratedRecord, CurationRepository, IdInfo } from "../../graph/repositories/curationRepository.js";
import { decodeConditions, encodeConditions } from "../../graph/repositories/ruleRepository.js";
import type { VectorSync } from "../embedding/vectorSync.js";
import {
  changedFields,
  deprecationReason,
  fieldNames,
  type Fields,
  newId,
  ruleTraitIds,
  validateFields,
} from "./curationSchema.js";
import { checkWeight, isHierarchy, type RelationSpec, resolveRelation, weightProperty } from "./relations.js";


/** What a curation step did: its answer, its change-feed entries and what the audit log keeps. */
export type Applied<R> = Readonly<{ result: R; changes: ChangeEntry[]; targetIds: string[]; before: unknown; after: unknown }>;

export type CreateCommand = Readonly<{
  kind: CuratedLabel;
  id?: string | null | undefined;
  fields: Fields;
  source: string;
  relations?: readonly RelationSpec[] | undefined;
}>;

/** A relationship as a mutation answers it: the `from` node after the change (with its new version). */
export type RelationChange = Readonly<{ from: CuratedRecord; type: string; to: string; weight: number | null }>;

export const CURATION_SOURCE = "workgraph-curation";

const entry = (
  kind: ChangeEntry["kind"],
  node: CuratedRecord,
  extra: Partial<Pick<ChangeEntry, "fields" | "relationType" | "relatedId" | "weight">> = {},
): ChangeEntry => ({
  kind,
  nodeId: node.props.id as string,
  nodeKind: node.kind,
  version: node.props.version as number,
  fields: extra.fields ?? null,
  relationType: extra.relationType ?? null,
  relatedId: extra.relatedId ?? null,
  weight: extra.weight ?? null,
});

/** A node's curated fields as stored props say them (rule conditions decoded from their JSON text). */
export function fieldsOf(record: CuratedRecord): Fields {
  const fields: Fields = {};
  for (const name of fieldNames(record.kind)) {
    const value = record.props[name];
    if (value === undefined) continue;
    fields[name] = record.kind === "Rule" && name === "conditions" ? decodeConditions(value, String(record.props.id)) : value;
  }
  return fields;
}

function toStored(kind: CuratedLabel, fields: Fields): Record<string, unknown> {
  const stored: Record<string, unknown> = { ...fields };
  if (kind === "Rule" && fields.conditions !== undefined) stored.conditions = encodeConditions(fields.conditions as RuleCondition[]);
  return stored;
}

/**
 * The rules every taxonomy change obeys, whether it comes from a GraphQL mutation or the bulk import:
 * fields validated as a whole, the version the caller read checked under the node's lock, endpoints
 * of the right kind and active, no BROADER cycles, and deprecated nodes frozen. Each step runs inside
 * the caller's transaction; anything it throws rolls the whole unit back.
 */
export class TaxonomyWriter {
  constructor(
    private readonly repo: CurationRepository,
    private readonly vectors: VectorSync,
  ) {}

  async create(tx: Transaction, command: CreateCommand, at = "input"): Promise<Applied<CuratedRecord>> {
    const { kind } = command;
    let id = newId(kind, command.id, typeof command.fields.name === "string" ? command.fields.name : "", at);
    const fields = validateFields(kind, id, command.fields, at);
    const relations = command.relations ?? [];
    const known = await this.repo.describe(tx, [id, ...relations.map((r) => r.to), ...ruleTraitIds(fields)]);
    if (known.get(id)?.kind) {
      if (command.id) throw new ConflictError(`A node with id "${id}" already exists`, { field: `${at}.id`, id });
      // A made-up id that is taken gets a short random suffix rather than failing the steward.
      id = `${id}-${randomBytes(3).toString("hex")}`;
    }
    this.checkRuleTraits(kind, fields, known, at);
    const planned = relations.map((spec, i) => this.planRelation(kind, id, spec, known, `${at}.relations.${i}`));
    const seen = new Set<string>();
    planned.forEach((p, i) => {
      const key = `${p.name}|${p.to}`;
      if (seen.has(key)) throw new BadInputError(`${at}.relations.${i}: ${RELATIONS[p.name].type} to "${p.to}" is listed twice`, { field: `${at}.relations.${i}` });
      seen.add(key);
    });

    const created = await this.repo.create(tx, kind, id, { ...toStored(kind, fields), source: command.source });
    for (const p of planned) await this.repo.relate(tx, p.name, id, p.to, p.weight);
    await this.vectors.refreshNode(tx, kind, id);
    const changes = [
      entry("CREATED", created),
      ...planned.map((p) => entry("RELATED", created, { relationType: RELATIONS[p.name].type, relatedId: p.to, weight: p.weight?.value ?? null })),
    ];
    const after = { ...created.props, relations: planned.map((p) => ({ type: RELATIONS[p.name].type, to: p.to, weight: p.weight?.value ?? null })) };
    return { result: created, changes, targetIds: [id], before: null, after };
  }

  async update(tx: Transaction, id: string, version: number, patch: Fields, at = "patch"): Promise<Applied<CuratedRecord>> {
    const node = await this.current(tx, id, version);
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const before = fieldsOf(node);
    const merged = validateFields(node.kind, id, { ...before, ...given }, at);
    const changed = changedFields(before, merged).filter((field) => field in given);
    if (changed.length === 0) throw new BadInputError(`${at}: changes nothing on ${node.kind} "${id}"`, { field: at });
    if (node.kind === "Rule") this.checkRuleTraits(node.kind, merged, await this.repo.describe(tx, ruleTraitIds(merged)), at);

    const set = toStored(node.kind, Object.fromEntries(changed.map((field) => [field, merged[field] ?? null])));
    const updated = await this.repo.update(tx, node.kind, id, set);
    await this.vectors.refreshNode(tx, node.kind, id);
    return {
      result: updated,
      changes: [entry("UPDATED", updated, { fields: changed })],
      targetIds: [id],
      before: node.props,
      after: updated.props,
    };
  }

  async deprecate(tx: Transaction, id: string, version: number, replacedBy: string | null | undefined, reason: string): Promise<Applied<CuratedRecord>> {
    const why = parseInput(deprecationReason, reason, "reason");
    const node = await this.current(tx, id, version);
    if (replacedBy !== null && replacedBy !== undefined) {
      const successor = (await this.repo.describe(tx, [replacedBy])).get(replacedBy);
      const problem =
        replacedBy === id
          ? "a node cannot replace itself"
          : successor?.kind !== node.kind
            ? `no ${node.kind} has id "${replacedBy}"`
            : successor.status !== "ACTIVE"
              ? `${node.kind} "${replacedBy}" is deprecated itself`
              : null;
      if (problem) throw new BadInputError(`replacedBy: ${problem}`, { field: "replacedBy" });
    }
    const updated = await this.repo.deprecate(tx, node.kind, id, replacedBy ?? null, why);
    return {
      result: updated,
      changes: [entry("DEPRECATED", updated, { relatedId: replacedBy ?? null })],
      targetIds: replacedBy ? [id, replacedBy] : [id],
      before: node.props,
      after: updated.props,
    };
  }

  /** Adds the relationship, or changes its weight where it exists. */
  async relate(tx: Transaction, from: string, version: number, spec: RelationSpec, at = "input"): Promise<Applied<RelationChange>> {
    const node = await this.current(tx, from, version);
    const known = await this.repo.describe(tx, [spec.to]);
    const { name, to, weight } = this.planRelation(node.kind, from, spec, known, at);
    if (isHierarchy(name) && (await this.repo.reaches(tx, name, to, from))) {
      throw new BadInputError(`${at}.to: "${to}" is already below "${from}"; ${RELATIONS[name].type} would make a cycle`, { field: `${at}.to` });
    }
    const existing = await this.repo.relationship(tx, name, from, to);
    const previous = existing && weight ? ((existing[weight.property] as number | undefined) ?? null) : null;
    if (existing && (weight === null || previous === weight.value)) {
      throw new BadInputError(`${at}: "${from}" is already ${RELATIONS[name].type} "${to}"${weight ? ` with ${weight.property} ${weight.value}` : ""}; nothing to change`, {
        field: weight ? `${at}.weight` : `${at}.to`,
      });
    }
    await this.repo.relate(tx, name, from, to, weight);
    const updated = await this.repo.update(tx, node.kind, from, {});
    const { type } = RELATIONS[name];
    const value = weight?.value ?? null;
    return {
      result: { from: updated, type, to, weight: value },
      changes: [entry("RELATED", updated, { relationType: type, relatedId: to, weight: value })],
      targetIds: [from, to],
      before: { node: node.props, relationship: existing ? { type, to, weight: previous } : null },
      after: { node: updated.props, relationship: { type, to, weight: value } },
    };
  }

  async unrelate(tx: Transaction, from: string, version: number, spec: Omit<RelationSpec, "weight">, at = "input"): Promise<Applied<RelationChange>> {
    const node = await this.current(tx, from, version);
    const target = (await this.repo.describe(tx, [spec.to])).get(spec.to);
    const name = target?.kind && isCurated(target.kind) ? resolveRelation(node.kind, spec.type, target.kind, at) : null;
    const existing = name ? await this.repo.relationship(tx, name, from, spec.to) : null;
    if (!name || !existing) throw new NotFoundError("Relationship", `${from} -${spec.type}-> ${spec.to}`);
    // A rule with no worker types (or channels) applies to all of them: losing its last one would
    // silently widen it, so that takes a deliberate step (another scope first, or deprecation).
    if (isRuleScope(name) && (await this.repo.countRelated(tx, name, from)) === 1) {
      throw new BadInputError(`${at}.to: "${spec.to}" is the rule's last ${RELATIONS[name].to}; without it the rule would apply to every ${RELATIONS[name].to}`, {
        field: `${at}.to`,
      });
    }
    const property = weightProperty(name);
    const weight = property ? ((existing[property] as number | undefined) ?? null) : null;
    await this.repo.unrelate(tx, name, from, spec.to);
    const updated = await this.repo.update(tx, node.kind, from, {});
    const { type } = RELATIONS[name];
    return {
      result: { from: updated, type, to: spec.to, weight },
      changes: [entry("UNRELATED", updated, { relationType: type, relatedId: spec.to })],
      targetIds: [from, spec.to],
      before: { node: node.props, relationship: { type, to: spec.to, weight } },
      after: { node: updated.props, relationship: null },
    };
  }

  /**
   * The node as it is now, locked for this transaction: NOT_FOUND when it does not exist, CONFLICT when
   * it is deprecated (frozen) or when its version is not the one the caller read.
   */
  private async current(tx: Transaction, id: string, version: number): Promise<CuratedRecord> {
    const node = await this.repo.lock(tx, id);
    if (!node) throw new NotFoundError("Node", id);
    if (node.props.status === "DEPRECATED") {
      throw new ConflictError(`${node.kind} "${id}" is deprecated and can no longer change`, { id, status: "DEPRECATED" });
    }
    const currentVersion = node.props.version as number;
    if (currentVersion !== version) {
      throw new ConflictError(`${node.kind} "${id}" has changed since you read it: version ${version} is now ${currentVersion}; read it again`, {
        id,
        field: "version",
        currentVersion,
      });
    }
    return node;
  }

  private planRelation(fromKind: CuratedLabel, from: string, spec: RelationSpec, known: ReadonlyMap<string, IdInfo>, at: string) {
    const target = known.get(spec.to);
    if (!target?.kind) throw new BadInputError(`${at}.to: no node has id "${spec.to}"`, { field: `${at}.to` });
    if (!isCurated(target.kind)) throw new BadInputError(`${at}.to: "${spec.to}" is a ${target.kind}, which stewards do not relate`, { field: `${at}.to` });
    const name: RelationName = resolveRelation(fromKind, spec.type, target.kind, at);
    const value = checkWeight(name, spec.weight, at);
    if (target.status !== "ACTIVE") throw new BadInputError(`${at}.to: ${target.kind} "${spec.to}" is deprecated`, { field: `${at}.to` });
    if (isHierarchy(name) && spec.to === from) throw new BadInputError(`${at}.to: a node cannot be ${spec.type} itself`, { field: `${at}.to` });
    const property = weightProperty(name);
    return { name, to: spec.to, weight: property !== null && value !== null ? { property, value } : null };
  }

  /** A rule that reads `trait.<id>` must name a trait that exists, or it could never fire. */
  private checkRuleTraits(kind: CuratedLabel, fields: Fields, known: ReadonlyMap<string, IdInfo>, at: string): void {
    if (kind !== "Rule") return;
    const missing = ruleTraitIds(fields).find((id) => known.get(id)?.kind !== "Trait");
    if (missing) throw new BadInputError(`${at}.conditions: reads trait "${missing}", which does not exist`, { field: `${at}.conditions` });
  }
}

const isRuleScope = (name: RelationName) => RELATIONS[name].from === "Rule";
const isCurated = (kind: string): kind is CuratedLabel => (CURATED_LABELS as readonly string[]).includes(kind);
