/**
 * Curation as the API offers it: create, update, deprecate, relate and unrelate any curated node, each as one
 * audited unit of work.
 */
import type { CuratedLabel } from "../../domain/taxonomy.js";
import type { CuratedRecord } from "../../graph/repositories/curationRepository.js";
import type { CuratedWork } from "./curatedWork.js";
import type { Fields } from "./curationSchema.js";
import type { RelationSpec } from "./relations.js";
import { CURATION_SOURCE, type RelationChange, type TaxonomyWriter } from "./taxonomyWriter.js";

export type CreateNode = Readonly<{ kind: CuratedLabel; id?: string | null; fields: Fields; relations?: readonly RelationSpec[] | null }>;
/** A relationship change names the `from` node's version the steward read, as an update does. */
export type RelationEdit = RelationSpec & Readonly<{ from: string; version: number }>;

/**
 * Curation for stewards (the role is checked at the GraphQL boundary): create, update and deprecate
 * taxonomy nodes and rules, and add, re-weight and remove their relationships. Every call is one
 * audited unit of work with its change-feed entries, safe to retry with an idempotency key.
 */
export class CurationService {
  constructor(
    private readonly writer: TaxonomyWriter,
    private readonly work: CuratedWork,
  ) {}

  createNode(input: CreateNode, idempotencyKey?: string | null): Promise<CuratedRecord> {
    return this.work.run("createNode", { key: idempotencyKey, request: input }, (tx) =>
      this.writer.create(tx, { kind: input.kind, id: input.id, fields: input.fields, relations: input.relations ?? [], source: CURATION_SOURCE }),
    );
  }

  updateNode(id: string, version: number, patch: Fields, idempotencyKey?: string | null): Promise<CuratedRecord> {
    return this.work.run("updateNode", { key: idempotencyKey, request: { id, version, patch } }, (tx) => this.writer.update(tx, id, version, patch));
  }

  deprecateNode(id: string, version: number, replacedBy: string | null | undefined, reason: string, idempotencyKey?: string | null): Promise<CuratedRecord> {
    return this.work.run("deprecateNode", { key: idempotencyKey, request: { id, version, replacedBy, reason } }, (tx) => this.writer.deprecate(tx, id, version, replacedBy, reason));
  }

  relate(edit: RelationEdit, idempotencyKey?: string | null): Promise<RelationChange> {
    return this.work.run("relate", { key: idempotencyKey, request: edit }, (tx) => this.writer.relate(tx, edit.from, edit.version, edit));
  }

  unrelate(edit: Omit<RelationEdit, "weight">, idempotencyKey?: string | null): Promise<RelationChange> {
    return this.work.run("unrelate", { key: idempotencyKey, request: edit }, (tx) => this.writer.unrelate(tx, edit.from, edit.version, edit));
  }
}
