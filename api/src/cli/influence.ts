/**
 * `npm run influence -- --period 2026-Q3 [--metric TRX] [--user <id>]`: recomputes every HCP's
 * influence measures, with progress. Readers keep the previous complete run until this one has
 * written everything; an interrupted run is resumed by running the command again.
 */
import os from "node:os";
import { Presets, SingleBar } from "cli-progress";
import { z } from "zod";
import type { InfluencePhase } from "../analytics/influence/influence-runs.ts";
import { recomputeInfluence } from "../analytics/influence/influence-store.ts";
import { metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run influence -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL] [--user <id>]",
  options: { metric: { type: "string" }, period: { type: "string" }, user: { type: "string" } },
  schema: z.object({
    metric: metricSchema.default("TRX"),
    period: periodSchema,
    user: z.string().min(1).default(`cli:${os.userInfo().username}`),
  }),
});

runWithDatabase(
  async (driver) => {
    let bar: SingleBar | undefined;
    let phase: InfluencePhase | undefined;
    try {
      const onProgress = (p: InfluencePhase, done: number, total: number) => {
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
      };
      const summary = await recomputeInfluence(driver, { metric: args.metric, period: args.period }, { actor: args.user, onProgress });
      bar?.stop();
      console.log(JSON.stringify(summary));
    } finally {
      bar?.stop();
    }
  },
  { migrate: true },
);
