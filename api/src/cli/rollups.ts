/** `npm run rollups -- --period 2026-Q3 [--metric TRX]`: materializes the roll-ups of a metric-period (all metrics when none is given). */
import { z } from "zod";
import { materializeRollups } from "../analytics/rollup-store/materialize.ts";
import { metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { METRICS } from "../model/vocabulary.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run rollups -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL]",
  options: { metric: { type: "string" }, period: { type: "string" } },
  schema: z.object({ metric: metricSchema.optional(), period: periodSchema }),
});

runWithDatabase(
  async (driver) => {
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
  },
  { migrate: true },
);
