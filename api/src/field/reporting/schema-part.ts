import { z } from "zod";
import { parseArgs } from "../../graphql/errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { enumTypeDefs, type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import { accessScope } from "../../model/access-scope.ts";
import { periodSchema } from "../../model/measure-schemas.ts";
import { METRICS } from "../../model/vocabulary.ts";
import { activityEditHours } from "../activities/activity-store.ts";
import { fieldReport } from "./field-report.ts";
import { lateReports } from "./late-reports.ts";
import { checkPeriod, periodArgs, periodOf } from "./report-period.ts";
import { COVERS_ONE_OF, REPS } from "./report-queries.ts";
import { forbidden, KPI_SCOPES, resolveScope } from "./report-scope.ts";
import { territorySalesCredit } from "./sales-credit.ts";

const id = z.string().trim().min(1).max(100);

const reportArgs = z
  .object({ scope: z.enum(KPI_SCOPES), id: id.nullish(), ...periodArgs })
  .superRefine((a, ctx) => {
    if ((a.scope === "TERRITORY" || a.scope === "REGION") && !a.id)
      ctx.addIssue({ code: "custom", path: ["id"], message: `is required for scope ${a.scope}` });
    if (a.scope === "ALL" && a.id) ctx.addIssue({ code: "custom", path: ["id"], message: "must be omitted for scope ALL" });
  })
  .superRefine(checkPeriod);

const lateArgs = z
  .object({ repId: id.nullish(), ...periodArgs, limit: z.number().int().min(1).max(500).default(100) })
  .superRefine(checkPeriod);

const creditArgs = z.object({ metric: z.enum(METRICS), period: periodSchema, region: z.string().trim().min(1).max(100).nullish() });

async function teamReps(ctx: RequestContext): Promise<string[]> {
  const { records } = await ctx.driver.executeQuery(REPS, { territories: ctx.jwt.territories, ids: [] }, { routing: "READ" });
  return records.map((r) => r.get("id") as string);
}

/** Whose late reports the caller may list: null for everyone's. */
async function lateReportReps(ctx: RequestContext, repId: string | null): Promise<string[] | null> {
  const { role, sub, territories } = ctx.jwt;
  if (role === "REP" || role === "KAM") {
    if (repId && repId !== sub) throw forbidden(ctx.jwt);
    return [sub];
  }
  if (role === "MANAGER") {
    if (!repId) return teamReps(ctx);
    const { records } = await ctx.driver.executeQuery(COVERS_ONE_OF, { id: repId, territories }, { routing: "READ" });
    if (!records[0]!.get("covers")) throw forbidden(ctx.jwt);
    return [repId];
  }
  return repId ? [repId] : null;
}

const resolvers = {
  Query: {
    fieldReport: async (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(reportArgs, args);
      const scope = await resolveScope(ctx.driver, ctx.jwt, a.scope, a.id ?? null);
      return fieldReport(ctx.driver, scope, periodOf(a.from, a.to));
    },
    territorySalesCredit: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(creditArgs, args);
      const { role, territories } = ctx.jwt;
      if (role === "KAM") return [];
      return territorySalesCredit(ctx.driver, {
        metric: a.metric,
        period: a.period,
        region: a.region ?? null,
        territories: role === "REP" || role === "MANAGER" ? territories : null,
        scope: accessScope(ctx.jwt),
      });
    },
    lateReports: async (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(lateArgs, args);
      const reps = await lateReportReps(ctx, a.repId ?? null);
      return lateReports(ctx.driver, { reps, from: a.from, to: a.to, limit: a.limit, editHours: activityEditHours() });
    },
  },
};

export const reportingSchema: SchemaPart = {
  typeDefs: [
    enumTypeDefs("KpiScope", "What a field report covers.", KPI_SCOPES),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
  ].join("\n"),
  resolvers,
};
