import type { GraphQLSchema } from "graphql";
import { mergeResolvers } from "../schema-parts.ts";

/** Graph views of ours that read the database and nothing else (no process state, no writes). */
const PURE_VIEWS = ["entityDetails", "hierarchy", "influenceNetwork", "search"];

/**
 * The Query fields whose answers the response cache may keep: every list, connection and
 * aggregate @neo4j/graphql generates for the @node types (one Cypher read under the caller's
 * authorization rules) and our pure graph views. Our other resolvers (jobs, reports, previews,
 * anything with a side effect or state outside Neo4j) are left out.
 */
export function cacheableRootFields(schema: GraphQLSchema): ReadonlySet<string> {
  const ours = new Set(Object.keys(mergeResolvers().Query ?? {}));
  const generated = Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((f) => !ours.has(f));
  return new Set([...generated, ...PURE_VIEWS.filter((f) => ours.has(f))]);
}
