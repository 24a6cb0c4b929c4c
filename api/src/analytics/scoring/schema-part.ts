import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs, parseJsonArgument } from "../../graphql/errors.ts";
import { scoringModelSchema } from "./model.ts";
import { activateVersion, listModels, saveDraft, simulateVersion } from "./scoring-store.ts";
import { typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";

const WRITERS = ["ANALYST", "ADMIN"] as const;
const versionArgs = z.object({ name: z.string().min(1).max(40), version: z.number().int().min(1) });
const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([segment, hcps]) => ({ segment, hcps }))
    .sort((a, b) => a.segment.localeCompare(b.segment));

const resolvers = {
  Query: {
    scoringModels: (_: unknown, args: unknown, ctx: RequestContext) =>
      listModels(ctx.driver, parseArgs(z.object({ name: z.string().nullish() }), args).name ?? null),
    simulateScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "simulate scoring models");
      const a = parseArgs(versionArgs, args);
      const s = await simulateVersion(ctx.driver, a.name, a.version);
      return {
        ...a,
        activeVersion: s.activeVersion,
        hcps: s.hcps,
        changed: s.changed,
        migration: s.migration,
        activeCounts: counts(s.activeCounts),
        draftCounts: counts(s.draftCounts),
      };
    },
  },
  Mutation: {
    saveScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "save scoring models");
      const { definition } = parseArgs(z.object({ definition: z.string().max(100_000) }), args);
      return saveDraft(ctx.driver, parseJsonArgument("definition", definition, scoringModelSchema), ctx.jwt.sub);
    },
    activateScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "activate scoring models");
      const a = parseArgs(versionArgs, args);
      const r = await activateVersion(ctx.driver, a.name, a.version, ctx.jwt.sub);
      return { ...a, hcps: r.hcps, counts: counts(r.counts), milliseconds: r.milliseconds };
    },
  },
};

export const scoringSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
