import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthConfig } from "../auth/auth-config.ts";
import { me } from "../auth/me.ts";
import { entityDetails } from "../explore/entity-details.ts";
import { hierarchyGraph } from "../explore/hierarchy-view.ts";
import { changeResolvers } from "../changes/resolvers.ts";
import { ingestResolvers } from "../ingest/resolvers.ts";
import { influenceResolvers } from "../analytics/influence/resolvers.ts";
import { rollupResolvers } from "../analytics/rollup-store/resolvers.ts";
import { scoringResolvers } from "../analytics/scoring/resolvers.ts";
import { egoNetwork } from "../explore/ego-network.ts";
import { search } from "../explore/search.ts";
import type { RequestContext } from "../graphql/context.ts";
import { loadTypeDefs } from "./type-defs.ts";

const resolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: RequestContext) => me(ctx),
    search: (_: unknown, args: unknown, ctx: RequestContext) => search(args, ctx),
    hierarchy: (_: unknown, args: unknown, ctx: RequestContext) => hierarchyGraph(args, ctx),
    influenceNetwork: (_: unknown, args: unknown, ctx: RequestContext) => egoNetwork(args, ctx),
    entityDetails: (_: unknown, args: unknown, ctx: RequestContext) => entityDetails(args, ctx),
    ...ingestResolvers.Query,
    ...rollupResolvers.Query,
    ...scoringResolvers.Query,
    ...changeResolvers.Query,
  },
  Mutation: { ...ingestResolvers.Mutation, ...rollupResolvers.Mutation, ...influenceResolvers.Mutation, ...scoringResolvers.Mutation, ...changeResolvers.Mutation },
  ImportJob: ingestResolvers.ImportJob,
  ChangeRequest: changeResolvers.ChangeRequest,
};

/**
 * The executable schema: @neo4j/graphql generates reads for the @node types (no generated
 * mutations: governed writes get their own resolvers), our resolvers add the graph views.
 * The JWT is verified by the HTTP layer and handed over decoded in `context.jwt`; the same key is
 * given to @neo4j/graphql so that its configuration matches what the server enforces.
 */
export async function buildSchema(driver: Driver, auth: AuthConfig): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver,
    resolvers,
    features: {
      authorization: { key: auth.kind === "secret" ? auth.secret : { url: auth.jwksUrl } },
      // Only the current filter syntax (`id: { eq: ... }`), one way to say each thing.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neoSchema.getSchema();
}
