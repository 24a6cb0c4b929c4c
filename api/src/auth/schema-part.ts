import type { RequestContext } from "../graphql/context.ts";
import { enumTypeDefs, typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";
import { ROLES } from "../model/roles.ts";
import { me } from "./me.ts";

const roles = enumTypeDefs("Role", "What a user may do; only REP is confined to territories (docs/ACCESS-CONTROL.md).", ROLES);

export const authSchema: SchemaPart = {
  typeDefs: [roles, typeDefsBeside(import.meta.url, "type-defs.graphql")].join("\n"),
  resolvers: { Query: { me: (_: unknown, __: unknown, ctx: RequestContext) => me(ctx) } },
};
