import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { badUserInput, notFound, parseArgs } from "../../graphql/errors.ts";
import { scoringModelSchema } from "./model.ts";
import { activateVersion, listModels, ModelImmutableError, ModelNotFoundError, saveDraft, simulateVersion } from "./scoring-store.ts";
import { typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";

const WRITERS = ["ANALYST", "ADMIN"] as const;
const versionArgs = z.object({ name: z.string().min(1).max(40), version: z.number().int().min(1) });
const counts = (c: Record<string, number>) => Object.entries(c).map(([segment, hcps]) => ({ segment, hcps })).sort((a, b) => a.segment.localeCompare(b.segment));

function known<T>(run: () => Promise<T>): Promise<T> {
  return run().catch((err: unknown) => {
    if (err instanceof ModelNotFoundError) throw notFound(err.message.replace(/ does not exist\.$/, ""));
    if (err instanceof ModelImmutableError) throw badUserInput(err.message, ["version"]);
    throw err;
  });
}

const resolvers = {
  Query: {
    scoringModels: (_: unknown, args: unknown, ctx: RequestContext) => listModels(ctx.driver, parseArgs(z.object({ name: z.string().nullish() }), args).name ?? null),
    simulateScoringModel: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "simulate scoring models");
      const a = parseArgs(versionArgs, args);
      return known(async () => {
        const s = await simulateVersion(ctx.driver, a.name, a.version);
        return { ...a, activeVersion: s.activeVersion, hcps: s.hcps, changed: s.changed, migration: s.migration, activeCounts: counts(s.activeCounts), draftCounts: counts(s.draftCounts) };
      });
    },
  },
  Mutation: {
    saveScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "save scoring models");
      const { definition } = parseArgs(z.object({ definition: z.string().max(100_000) }), args);
      let json: unknown;
      try {
        json = JSON.parse(definition);
      } catch {
        throw badUserInput("Argument definition: not valid JSON", ["definition"]);
      }
      const model = parseArgs(z.object({ definition: scoringModelSchema }), { definition: json }).definition;
      return saveDraft(ctx.driver, model, ctx.jwt.sub);
    },
    activateScoringModel: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "activate scoring models");
      const a = parseArgs(versionArgs, args);
      return known(async () => {
        const r = await activateVersion(ctx.driver, a.name, a.version, ctx.jwt.sub);
        return { ...a, hcps: r.hcps, counts: counts(r.counts), milliseconds: r.milliseconds };
      });
    },
  },
};

export const scoringSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
