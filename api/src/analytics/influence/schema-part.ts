import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs } from "../../graphql/errors.ts";
import { metricSchema, periodSchema } from "../../model/measure-schemas.ts";
import { listInfluenceRuns } from "./influence-runs.ts";
import { recomputeInfluence } from "./influence-store.ts";
import { typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";

const ANALYSTS = ["ANALYST", "ADMIN"] as const;
const args = z.object({ metric: metricSchema, period: periodSchema });
const listArgs = z.object({ limit: z.number().int().min(1).max(100) });

const resolvers = {
  Query: {
    influenceRuns: async (_: unknown, raw: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ANALYSTS, "see influence runs");
      return listInfluenceRuns(ctx.driver, parseArgs(listArgs, raw).limit);
    },
  },
  Mutation: {
    recomputeInfluence: async (_: unknown, raw: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ANALYSTS, "recompute influence");
      const s = await recomputeInfluence(ctx.driver, parseArgs(args, raw), { actor: ctx.jwt.sub });
      return { ...s, milliseconds: s.milliseconds.total };
    },
  },
};

export const influenceSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
