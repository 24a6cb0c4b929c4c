import type { RequestContext } from "../graphql/context.ts";
import { typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";
import { egoNetwork } from "./ego-network.ts";
import { entityDetails } from "./entity-details.ts";
import { hierarchyGraph } from "./hierarchy-view.ts";
import { influencePaths } from "./influence-paths.ts";
import { search } from "./search.ts";

export const exploreSchema: SchemaPart = {
  typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"),
  resolvers: {
    Query: {
      search: (_: unknown, args: unknown, ctx: RequestContext) => search(args, ctx),
      hierarchy: (_: unknown, args: unknown, ctx: RequestContext) => hierarchyGraph(args, ctx),
      influenceNetwork: (_: unknown, args: unknown, ctx: RequestContext) => egoNetwork(args, ctx),
      influencePaths: (_: unknown, args: unknown, ctx: RequestContext) => influencePaths(args, ctx),
      entityDetails: (_: unknown, args: unknown, ctx: RequestContext) => entityDetails(args, ctx),
    },
  },
};
