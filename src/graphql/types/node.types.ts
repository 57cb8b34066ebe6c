/** The Node interfaces every stored object implements, resolved by the kind each object carries. */
import { Field, GraphQLISODateTime, ID, Int, InterfaceType } from "type-graphql";
import { NODE_LABELS, type NodeLabel, type Status } from "../../domain/taxonomy.js";
import { NodeStatus } from "./enums.types.js";

/** Plain objects carry their kind, so interfaces resolve without instanceof checks. */
export type Kinded = { readonly kind: NodeLabel };
const resolveKind = (value: Kinded) => {
  if (!NODE_LABELS.includes(value.kind)) throw new Error(`Unknown node kind ${String(value.kind)}`);
  return value.kind;
};

@InterfaceType({ description: "Anything with a stable, globally unique id.", resolveType: resolveKind })
export abstract class Node {
  @Field(() => ID, { description: "Stable id, e.g. `task:finance-reconcile-bank-accounts` or `onet:15-1252.00`." })
  id!: string;
}

@InterfaceType({
  implements: Node,
  description: "Fields every curated node of the work graph has.",
  resolveType: resolveKind,
})
export abstract class CuratedNode extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => NodeStatus)
  status!: Status;

  @Field(() => String, { description: "Where the node came from: `workgraph-seed`, `synthetic-demo`, `onet-29.3`, ..." })
  source!: string;

  @Field(() => Int, { description: "Incremented on every change; updates must carry the version they read." })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: string;

  @Field(() => GraphQLISODateTime)
  updatedAt!: string;

  @Field(() => ID, { nullable: true, description: "A deprecated node's successor, of the same kind (null: none named)." })
  replacedBy?: string | null;

  @Field(() => String, { nullable: true, description: "Why the node was deprecated." })
  deprecationReason?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deprecatedAt?: string | null;
}
