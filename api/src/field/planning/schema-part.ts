import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { DomainError, ErrorCode, parseArgs } from "../../graphql/errors.ts";
import { type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import type { Claims } from "../../model/claims.ts";
import { findWeekPlan, planRepWeek, reorderDay, routeSettingsSchema } from "./week-plan-store.ts";

const SELF_PLANNERS = ["REP", "KAM"] as const;
const date = z.iso.date("must be a date YYYY-MM-DD");

const IN_TEAM = `RETURN EXISTS { (:User {id: $caller})-[:MANAGES]->(:Territory)<-[:COVERS]-(:User {id: $repId}) } AS inTeam`;

/** Whose week the caller means: REP/KAM always their own; MANAGER a rep of their team; others anyone (default themselves). */
async function repOf(driver: Driver, claims: Claims, repId: string | null | undefined): Promise<string> {
  if ((SELF_PLANNERS as readonly string[]).includes(claims.role) || !repId || repId === claims.sub) {
    if (repId && repId !== claims.sub) throw new DomainError(ErrorCode.FORBIDDEN, "REP and KAM users plan and read only their own week.");
    return claims.sub;
  }
  if (claims.role === "MANAGER") {
    const inTeam = (await driver.executeQuery(IN_TEAM, { caller: claims.sub, repId }, { routing: "READ" })).records[0]!.get("inTeam");
    if (!inTeam) throw new DomainError(ErrorCode.FORBIDDEN, `${repId} covers no territory you manage.`);
  }
  return repId;
}

const resolvers = {
  Query: {
    weekPlan: async (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ weekStart: date, repId: z.string().min(1).max(200).nullish() }), args);
      return findWeekPlan(ctx.driver, await repOf(ctx.driver, ctx.jwt, a.repId), a.weekStart);
    },
  },
  Mutation: {
    planWeek: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, [...SELF_PLANNERS, "MANAGER", "ADMIN"], "plan weeks");
      const a = parseArgs(
        z.object({
          weekStart: date,
          repId: z.string().min(1).max(200).nullish(),
          settings: z.preprocess(
            (s) => Object.fromEntries(Object.entries((s ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null)),
            routeSettingsSchema,
          ),
        }),
        args,
      );
      return planRepWeek(ctx.driver, { repId: await repOf(ctx.driver, ctx.jwt, a.repId), weekStart: a.weekStart, settings: a.settings });
    },
    reorderDay: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, SELF_PLANNERS, "reorder their day");
      const a = parseArgs(
        z.object({
          weekStart: date,
          date,
          order: z.array(z.string().min(1).max(200)).max(100),
          expectedVersion: z.number().int().min(1),
        }),
        args,
      );
      return reorderDay(ctx.driver, { repId: ctx.jwt.sub, ...a });
    },
  },
};

export const planningSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
