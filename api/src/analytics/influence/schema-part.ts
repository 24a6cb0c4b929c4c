import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs } from "../../graphql/errors.ts";
import { metricSchema, periodSchema } from "../../model/measure-schemas.ts";
import { recomputeInfluence } from "./influence-store.ts";
import { typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";

const args = z.object({ metric: metricSchema, period: periodSchema });

const resolvers = {
  Mutation: {
    recomputeInfluence: async (_: unknown, raw: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ["ANALYST", "ADMIN"], "recompute influence");
      const s = await recomputeInfluence(ctx.driver, parseArgs(args, raw));
      return { ...s, milliseconds: s.milliseconds.total };
    },
  },
};

export const influenceSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
