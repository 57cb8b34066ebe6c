/** Relay connections, list filters and search hits. */
import { type ClassType, Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { NodeKind, NodeStatus } from "./enums.types.js";
import { CuratedNode } from "./node.types.js";
import { Channel, Occupation, Outcome, PrecedentCase, Skill, Task, Trait, WorkActivity, WorkerType } from "./taxonomy.types.js";

@ObjectType({ description: "Relay page information; pages move forward with `after: endCursor`." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export type Edge<T> = { node: T; cursor: string };
export type Page<T> = { edges: Array<Edge<T>>; pageInfo: PageInfo; readonly totalCount: Promise<number> };

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for any object type. */
export function connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "All nodes that match the filter, across pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

export const OccupationConnection = connection(Occupation, "Occupation");
export const TaskConnection = connection(Task, "Task");
export const SkillConnection = connection(Skill, "Skill");
export const OutcomeConnection = connection(Outcome, "Outcome");
export const TraitConnection = connection(Trait, "Trait");
export const WorkerTypeConnection = connection(WorkerType, "WorkerType");
export const ChannelConnection = connection(Channel, "Channel");
export const PrecedentCaseConnection = connection(PrecedentCase, "PrecedentCase");
export const WorkActivityConnection = connection(WorkActivity, "WorkActivity");

@InputType({ description: "Filters shared by every list. All given filters must hold." })
export class ListFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive substring of the name or description." })
  text?: string | null;

  @Field(() => NodeStatus, { nullable: true, description: "Default: ACTIVE only. DEPRECATED lists only deprecated nodes." })
  status?: NodeStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Include deprecated nodes beside the active ones." })
  includeDeprecated?: boolean | null;

  @Field(() => String, { nullable: true, description: "Only nodes directly related to the node with this id (any relationship)." })
  relatedTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only nodes of this business function (tasks, occupations, precedents)." })
  businessFunction?: string | null;

  @Field(() => String, { nullable: true, description: "Only nodes from this source (taxonomy): `esco-1.2.0`, `onet-29.3`, `workgraph-seed`, ..." })
  source?: string | null;
}

@ObjectType({ description: "A full-text search hit." })
export class SearchHit {
  @Field(() => Float, { description: "Lucene relevance; comparable within one search only." })
  score!: number;

  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => CuratedNode)
  node!: CuratedNode;
}
