/**
 * `npm run rollups -- --period 2026-Q3 [--metric TRX]`: materializes the roll-ups of a metric-period (all metrics when none is given).
 * `npm run rollups -- --retry-import <importId>`: runs the FAILED or INTERRUPTED roll-up refresh of an import again (exit code 1 if it fails again).
 */
import { z } from "zod";
import { materializeRollups } from "../analytics/rollup-store/materialize.ts";
import { claimRollupRefresh, runRollupRefresh } from "../ingest/rollup-refresh.ts";
import { metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { METRICS } from "../model/vocabulary.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: `usage: npm run rollups -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL]
       npm run rollups -- --retry-import <importId>`,
  options: { metric: { type: "string" }, period: { type: "string" }, "retry-import": { type: "string" } },
  schema: z.union([
    z.strictObject({ metric: metricSchema.optional(), period: periodSchema }),
    z.strictObject({ "retry-import": z.string().min(1) }),
  ]),
});

runWithDatabase(
  async (driver) => {
    if ("retry-import" in args) {
      const importId = args["retry-import"];
      const plan = await claimRollupRefresh(driver, importId);
      console.error(
        `import ${importId}: ${plan.full ? "re-materializing every materialized metric-period" : `refreshing the ancestors of ${plan.seeds.length} entities`}`,
      );
      const outcome = await runRollupRefresh(driver, importId, plan);
      console.log(JSON.stringify({ importId, ...outcome }));
      return outcome.status === "DONE" ? 0 : 1;
    }
    for (const metric of args.metric ? [args.metric] : METRICS) {
      const s = await materializeRollups(driver, { metric, period: args.period });
      console.error(
        `${metric} ${s.period}: ${s.nodes} entities, ${s.edges} edges, ${s.written} roll-ups written, conservation ${s.conservation.ok ? "ok" : "FAILED"}, ${s.milliseconds.total} ms`,
      );
      for (const l of s.levels)
        console.error(
          `  level ${l.level}: ${l.nodes} entities, own ${l.own.toFixed(1)}, roll-up ${l.rollup.toFixed(1)}, unallocated ${l.unallocated.toFixed(1)}`,
        );
      console.log(JSON.stringify(s));
    }
    return 0;
  },
  { migrate: true },
);
