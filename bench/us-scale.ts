/**
 * The `us` scale database the heavy benchmarks share: a server of its own (`.neo4j-bench-analytics`,
 * 4 GB heap, 3 GB page cache), seeded once with the offline importer and kept (BENCH_FRESH=1
 * reseeds), and the six-component scoring model they activate.
 */
import type { Driver } from "neo4j-driver";
import { home, startLocalServer } from "@pharmagraph/neo4j-local";
import { importDatabase } from "@pharmagraph/seed";
import { scoringModelSchema } from "../api/src/analytics/scoring/model.ts";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";

export const PERIOD = "2026-Q3";

/** A driver on the `us` scale bench database, migrated; seeds it first when it holds fewer than 1M HCPs. */
export async function usScaleDriver(log: (line: string) => void): Promise<Driver> {
  process.env.NEO4J_LOCAL_HEAP ??= "4g";
  process.env.NEO4J_LOCAL_PAGECACHE ??= "3g";
  const h = home(".neo4j-bench-analytics");
  let server = await startLocalServer(h, log);
  let driver = createDriver(server);
  const { records } = await driver.executeQuery("MATCH (n:HCP) RETURN count(n) AS n");
  if (process.env.BENCH_FRESH || Number(records[0]!.get("n")) < 1_000_000) {
    await driver.close();
    log("seeding the us scale with the offline importer (about 3 minutes)");
    await importDatabase({ scale: "us", seed: 42, home: h, log });
    server = await startLocalServer(h, log);
    driver = createDriver(server);
  }
  await migrate(driver);
  return driver;
}

/** Segments A-D by value and potential, over every source kind the seed has. */
export function benchModel() {
  return scoringModelSchema.parse({
    name: "bench6",
    description: "six components over every source kind the seed has",
    components: [
      {
        key: "trx",
        label: "TRx",
        source: { kind: "rollup", metric: "TRX", period: PERIOD },
        transform: { kind: "percentile" },
        weight: 0.25,
      },
      {
        key: "nrx",
        label: "NRx",
        source: { kind: "rollup", metric: "NRX", period: PERIOD },
        transform: { kind: "zscore", clip: 3 },
        weight: 0.15,
      },
      {
        key: "potential",
        label: "Potential",
        source: { kind: "rollup", metric: "POTENTIAL", period: PERIOD },
        transform: { kind: "minmax" },
        weight: 0.2,
      },
      {
        key: "influence",
        label: "Influence",
        source: { kind: "influence", measure: "influencePercentile" },
        transform: { kind: "percentile" },
        weight: 0.2,
      },
      {
        key: "reach",
        label: "Reach",
        source: { kind: "influence", measure: "reach" },
        transform: {
          kind: "bucket",
          buckets: [
            { upTo: 0, value: 0 },
            { upTo: 5, value: 0.5 },
            { upTo: 1e9, value: 1 },
          ],
        },
        weight: 0.1,
      },
      {
        key: "specialty",
        label: "Specialty",
        source: { kind: "attribute", field: "specialty" },
        transform: {
          kind: "bucket",
          buckets: [
            { equals: "Cardiology", value: 1 },
            { equals: "Endocrinology", value: 0.8 },
            { equals: "Family Medicine", value: 0.5 },
          ],
        },
        weight: 0.1,
      },
    ],
    segmentation: {
      kind: "matrix",
      value: "score",
      potential: "potential",
      valueCuts: [40, 70],
      potentialCuts: [50],
      labels: [
        ["D", "C"],
        ["C", "B"],
        ["B", "A"],
      ],
    },
    flags: [{ flag: "KOL", when: { measure: "influence", op: ">=", value: 95 } }],
  });
}
