/** `npm run influence -- --period 2026-Q3 [--metric TRX]`: recomputes every HCP's influence measures, with progress. */
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { z } from "zod";
import { ensureNeo4j, MissingPrerequisiteError } from "@pharmagraph/neo4j-local";
import { createDriver } from "../../db/driver.ts";
import { migrate } from "../../db/migrate.ts";
import { metricSchema, periodSchema } from "../../hierarchy/measure-schemas.ts";
import { recomputeInfluence, type InfluencePhase } from "./influence-store.ts";

const argsSchema = z.object({ metric: metricSchema.default("TRX"), period: periodSchema });

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { metric: { type: "string" }, period: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error("usage: npm run influence -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL]");
    process.exitCode = 2;
    return;
  }
  const driver = createDriver(await ensureNeo4j(undefined, (line) => console.error(line)));
  let bar: SingleBar | undefined;
  let phase: InfluencePhase | undefined;
  try {
    await migrate(driver);
    const summary = await recomputeInfluence(driver, parsed.data, (p, done, total) => {
      if (p !== phase) {
        bar?.stop();
        phase = p;
        if (p === "DONE") return;
        bar = new SingleBar({ format: `${p.padEnd(10)} {bar} {value}/{total} | {duration_formatted}`, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
        bar.start(total, 0);
      }
      if (total) bar?.setTotal(total);
      bar?.update(done);
    });
    bar?.stop();
    console.log(JSON.stringify(summary));
  } finally {
    bar?.stop();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exitCode = 1;
});
