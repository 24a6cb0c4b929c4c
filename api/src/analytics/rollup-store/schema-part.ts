import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import { UNRESTRICTED_ROLES } from "../../model/roles.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs } from "../../graphql/errors.ts";
import { dateArgSchema, metricSchema, periodSchema } from "../../model/measure-schemas.ts";
import { METRICS } from "../../model/vocabulary.ts";
import { computeRollups, materializeRollups, type RollupSummary } from "./materialize.ts";
import { MATERIALIZED_RUNS, METRIC_PERIODS } from "./queries.ts";
import { rollupTable } from "./rollup-table.ts";
import { inAsOfSlot } from "./as-of-slots.ts";
import { typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";

const asDate = dateArgSchema.nullish();
const metricPeriod = { metric: metricSchema, period: periodSchema };

const tableArgs = z.object({
  ...metricPeriod,
  level: z.enum(["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK"]),
  asOf: asDate,
  sort: z.enum(["ROLLUP_DESC", "ROLLUP_ASC", "NAME"]),
  limit: z.number().int().min(1).max(1000),
  offset: z.number().int().min(0),
});
const summaryArgs = z.object({ ...metricPeriod, asOf: asDate });
const materializeArgs = z.object(metricPeriod);

function view(
  s: Omit<RollupSummary, "milliseconds" | "written"> & { written?: number | null; milliseconds?: { total: number } | number | null },
) {
  return {
    metric: s.metric,
    period: s.period,
    asOf: s.asOf,
    levels: s.levels,
    nodes: s.nodes,
    edges: s.edges,
    totalOwn: s.conservation.totalOwn,
    topTotal: s.conservation.topTotal,
    unallocated: s.conservation.unallocated,
    conservationOk: s.conservation.ok,
    written: s.written ?? null,
    milliseconds: typeof s.milliseconds === "number" ? s.milliseconds : (s.milliseconds?.total ?? null),
  };
}

/** A RollupRun as MATERIALIZED_RUNS returns it: levels and conservation are JSON text. */
interface StoredRun {
  metric: string;
  period: string;
  asOf: string;
  levels: string;
  conservation: string;
  nodes?: number | null;
  edges?: number | null;
  written: number;
  milliseconds: number;
}

const resolvers = {
  Query: {
    rollupTable: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, UNRESTRICTED_ROLES, "read roll-up tables");
      return rollupTable(ctx.driver, parseArgs(tableArgs, args));
    },
    metricPeriods: async (_: unknown, __: unknown, ctx: RequestContext) => {
      const result = await ctx.driver.executeQuery(METRIC_PERIODS, { metrics: METRICS }, { routing: "READ" });
      return result.records.map((r) => r.get("period") as string);
    },
    rollupSummary: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, UNRESTRICTED_ROLES, "read roll-up summaries");
      const a = parseArgs(summaryArgs, args);
      const asOf = a.asOf;
      if (asOf) {
        const { projection, result } = await inAsOfSlot(() => computeRollups(ctx.driver, a, asOf));
        return view({
          ...a,
          asOf,
          levels: result.levels,
          conservation: result.conservation,
          nodes: projection.nodeCount,
          edges: projection.edgeCount,
        });
      }
      const runs = await ctx.driver.executeQuery(MATERIALIZED_RUNS, {}, { routing: "READ" });
      const run = runs.records.map((r) => r.get("run") as StoredRun).find((r) => r.metric === a.metric && r.period === a.period);
      if (!run) return null;
      return view({
        ...a,
        asOf: run.asOf,
        levels: JSON.parse(run.levels),
        conservation: JSON.parse(run.conservation),
        nodes: Number(run.nodes ?? 0),
        edges: Number(run.edges ?? 0),
        written: Number(run.written),
        milliseconds: Number(run.milliseconds),
      });
    },
  },
  Mutation: {
    materializeRollups: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ["ANALYST", "ADMIN"], "materialize roll-ups");
      return view(await materializeRollups(ctx.driver, parseArgs(materializeArgs, args)));
    },
  },
};

export const rollupSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
