import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs } from "../../graphql/errors.ts";
import { METRICS, PERIOD_PATTERN } from "../../hierarchy/vocabulary.ts";
import { recomputeInfluence } from "./influence-store.ts";

const args = z.object({ metric: z.enum(METRICS), period: z.string().regex(PERIOD_PATTERN, "must be a quarter YYYY-Qn or a month YYYY-MM") });

export const influenceResolvers = {
  Mutation: {
    recomputeInfluence: async (_: unknown, raw: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ["ANALYST", "ADMIN"], "recompute influence");
      const s = await recomputeInfluence(ctx.driver, parseArgs(args, raw));
      return { ...s, milliseconds: s.milliseconds.total };
    },
  },
};
