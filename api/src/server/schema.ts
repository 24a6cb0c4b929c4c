import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthConfig } from "../auth/auth-config.ts";
import { loadTypeDefs, mergeResolvers } from "./schema-parts.ts";

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
    resolvers: mergeResolvers(),
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
