import type { RequestContext } from "../graphql/context.ts";
import { typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";
import { me } from "./me.ts";

export const authSchema: SchemaPart = {
  typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"),
  resolvers: { Query: { me: (_: unknown, __: unknown, ctx: RequestContext) => me(ctx) } },
};
