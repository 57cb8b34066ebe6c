/** The API as an Apollo Federation 2 subgraph: `@key(fields: "id")` on the shared taxonomy kinds, `_service` and `_entities`. */
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import {
  type DirectiveNode,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  Kind,
  concatAST,
  parse,
  printSchema,
  visit,
} from "graphql";
import { createResolversMap } from "type-graphql";
import { authChecker } from "./auth.js";
import type { Context } from "./context.js";
import { toGraph } from "./mappers/node.mapper.js";

/** The kinds other subgraphs may reference and extend; all are shared taxonomy, keyed by their stable id. */
export const ENTITY_TYPES = ["Task", "Skill", "Occupation", "Outcome", "Trait", "WorkerType", "Channel"] as const;

const FEDERATION_LINK = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`);
const KEY_DIRECTIVE: DirectiveNode = parse(`type T @key(fields: "id") { id: ID }`).definitions.flatMap((d) =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION ? (d.directives ?? []) : [],
)[0]!;

/** The SDL of the schema with `@key` on the entity types and the Federation 2 link. */
export function subgraphTypeDefs(schema: GraphQLSchema): DocumentNode {
  const entities = new Set<string>(ENTITY_TYPES);
  const keyed = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(node) {
      return entities.has(node.name.value) ? { ...node, directives: [...(node.directives ?? []), KEY_DIRECTIVE] } : undefined;
    },
  });
  return concatAST([FEDERATION_LINK, keyed]);
}

/** The role `_entities` and `_service` need: reading an entity is reading the taxonomy, as for `task(id)`. */
export const FEDERATION_ROLE = "VIEWER";
/** Refusals are audited as for any field. */
const asViewer = (context: Context, info: GraphQLResolveInfo) => authChecker({ context, info, root: {}, args: {} }, [FEDERATION_ROLE]);

/**
 * The executable subgraph: the type-graphql resolvers (with their auth middleware) over the keyed SDL.
 * Entities resolve through the request's DataLoader, so a gateway's batch of representations is one query;
 * an id of another kind, or of nothing, resolves to null as federation expects.
 */
export function toSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const type of ENTITY_TYPES) {
    resolvers[type] = {
      ...resolvers[type],
      __resolveReference: async (reference: { id: string }, context: Context, info: GraphQLResolveInfo) => {
        await asViewer(context, info);
        const record = await context.services.taxonomy.node(reference.id);
        return record?.kind === type ? toGraph(record) : null;
      },
    } as GraphQLResolverMap<unknown>[string];
  }
  const subgraph = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers });
  // `_service.sdl` is the schema itself: it needs the VIEWER role too, so it is no way around INTROSPECTION=false
  // for anonymous callers in production.
  const service = subgraph.getQueryType()!.getFields()._service!;
  const resolveService = service.resolve as GraphQLFieldResolver<unknown, Context>;
  service.resolve = async (root, args, context, info) => {
    await asViewer(context, info);
    return resolveService(root, args, context, info);
  };
  return subgraph;
}
