import type { Driver } from "neo4j-driver";
import { materializedRuns, materializeRollups } from "../api/src/analytics/rollup-store/materialize.ts";
import { METRIC_PERIODS } from "../api/src/analytics/rollup-store/queries.ts";
import { METRICS } from "../api/src/model/vocabulary.ts";

/**
 * Makes the database ready for a demo (`npm start`) or a load run: loads the `demo` seed into an
 * empty database and materializes the roll-ups of the newest period when none are.
 */
export async function ensureDemoData(driver: Driver, log: (line: string) => void): Promise<void> {
  const { records } = await driver.executeQuery("MATCH (h:HCP) RETURN count(h) > 0 AS seeded");
  if (!records[0]?.get("seeded")) {
    log("Empty database: loading the demo seed (about 20k HCPs)...");
    const { seedDatabase } = await import("@pharmagraph/seed");
    await seedDatabase(driver, { scale: "demo", seed: 42 });
  }

  if ((await materializedRuns(driver)).length === 0) {
    const { records: latest } = await driver.executeQuery(METRIC_PERIODS, { metrics: METRICS });
    const period = latest[0]?.get("period") as string | undefined;
    if (period) {
      log(`Materializing the roll-ups of ${period}...`);
      for (const metric of METRICS) await materializeRollups(driver, { metric, period });
    }
  }
}
