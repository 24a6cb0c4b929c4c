/** `npm run rollups -- --period 2026-Q3 [--metric TRX]`: materializes the roll-ups of a metric-period (all metrics when none is given). */
import { parseArgs } from "node:util";
import { z } from "zod";
import { ensureNeo4j, MissingPrerequisiteError } from "@pharmagraph/neo4j-local";
import { createDriver } from "../../db/driver.ts";
import { migrate } from "../../db/migrate.ts";
import { metricSchema, periodSchema } from "../../hierarchy/measure-schemas.ts";
import { METRICS } from "../../hierarchy/vocabulary.ts";
import { materializeRollups } from "./materialize.ts";

const argsSchema = z.object({ metric: metricSchema.optional(), period: periodSchema });

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { metric: { type: "string" }, period: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error("usage: npm run rollups -- --period <YYYY-Qn> [--metric TRX|NRX|SALES|POTENTIAL]");
    process.exitCode = 2;
    return;
  }
  const driver = createDriver(await ensureNeo4j(undefined, (line) => console.error(line)));
  try {
    await migrate(driver);
    for (const metric of parsed.data.metric ? [parsed.data.metric] : METRICS) {
      const s = await materializeRollups(driver, { metric, period: parsed.data.period });
      console.error(`${metric} ${s.period}: ${s.nodes} entities, ${s.edges} edges, ${s.written} roll-ups written, conservation ${s.conservation.ok ? "ok" : "FAILED"}, ${s.milliseconds.total} ms`);
      for (const l of s.levels) console.error(`  level ${l.level}: ${l.nodes} entities, own ${l.own.toFixed(1)}, roll-up ${l.rollup.toFixed(1)}, unallocated ${l.unallocated.toFixed(1)}`);
      console.log(JSON.stringify(s));
    }
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exitCode = 1;
});
