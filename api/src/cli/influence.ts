/** `npm run influence -- --period 2026-Q3 [--metric TRX]`: recomputes every HCP's influence measures, with progress. */
import { Presets, SingleBar } from "cli-progress";
import { z } from "zod";
import { recomputeInfluence, type InfluencePhase } from "../analytics/influence/influence-store.ts";
import { metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run influence -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL]",
  options: { metric: { type: "string" }, period: { type: "string" } },
  schema: z.object({ metric: metricSchema.default("TRX"), period: periodSchema }),
});

runWithDatabase(
  async (driver) => {
    let bar: SingleBar | undefined;
    let phase: InfluencePhase | undefined;
    try {
      const summary = await recomputeInfluence(driver, args, (p, done, total) => {
        if (p !== phase) {
          bar?.stop();
          phase = p;
          if (p === "DONE") return;
          bar = new SingleBar(
            {
              format: `${p.padEnd(10)} {bar} {value}/{total} | {duration_formatted}`,
              stream: process.stderr,
              noTTYOutput: true,
              notTTYSchedule: 5000,
            },
            Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        if (total) bar?.setTotal(total);
        bar?.update(done);
      });
      bar?.stop();
      console.log(JSON.stringify(summary));
    } finally {
      bar?.stop();
    }
  },
  { migrate: true },
);
