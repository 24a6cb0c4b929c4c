import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { migrate } from "@pharmagraph/api/db/migrate.ts";
import { batchesOf, DATASETS, type DatasetName } from "./datasets.ts";
import { DELETE_BY_PREFIX, HAS_SEEDED_DATA, loadQuery } from "./queries.ts";
import { SCALES, type ScaleName } from "./scales.ts";
import { SeedPlan } from "./seed-plan.ts";

export interface SeedOptions {
  scale: ScaleName;
  seed: number;
  /** Prefixed to every id, so several seeds (e.g. parallel tests) share one database. */
  idPrefix?: string;
  /** Delete the data under `idPrefix` first (everything seeded, when the prefix is empty). */
  reset?: boolean;
  /** Rows per transaction. */
  batchSize?: number;
  onPhase?: (dataset: DatasetName, label: string, total: number) => void;
  onProgress?: (dataset: DatasetName, done: number, total: number) => void;
}

export interface SeedSummary {
  scale: ScaleName;
  seed: number;
  idPrefix: string;
  mode: "create" | "merge";
  rows: Record<DatasetName, number>;
  seconds: Record<DatasetName, number>;
  totalSeconds: number;
  peakRssMb: number;
}

/**
 * Loads one deterministic synthetic dataset with batched `UNWIND` writes, one managed
 * transaction per batch. Into an empty prefix the CREATE queries are used; otherwise MERGE, so
 * a second run over the same data changes nothing.
 */
export async function seedDatabase(driver: Driver, options: SeedOptions): Promise<SeedSummary> {
  const t0 = performance.now();
  const idPrefix = options.idPrefix ?? "";
  const plan = new SeedPlan(SCALES[options.scale], options.seed, idPrefix);
  await migrate(driver);

  if (options.reset) {
    const session = driver.session();
    try {
      await session.run(DELETE_BY_PREFIX, { prefix: idPrefix });
    } finally {
      await session.close();
    }
  }
  const seeded = (await driver.executeQuery(HAS_SEEDED_DATA, { prefix: idPrefix })).records[0]?.get("seeded") === true;
  const mode = seeded ? "merge" : "create";

  const rows = {} as Record<DatasetName, number>;
  const seconds = {} as Record<DatasetName, number>;
  const session = driver.session();
  try {
    for (const dataset of DATASETS) {
      const start = performance.now();
      const query = loadQuery(dataset.name, mode === "create");
      options.onPhase?.(dataset.name, dataset.label, dataset.count(plan));
      rows[dataset.name] = 0;
      for (const batch of batchesOf(plan, dataset, options.batchSize ?? 10_000)) {
        await session.executeWrite((tx) => tx.run(query, { rows: batch.rows }));
        rows[dataset.name] += batch.rows.length;
        options.onProgress?.(dataset.name, batch.done, batch.total);
      }
      seconds[dataset.name] = Number(((performance.now() - start) / 1000).toFixed(2));
    }
  } finally {
    await session.close();
  }
  return {
    scale: options.scale,
    seed: options.seed,
    idPrefix,
    mode,
    rows,
    seconds,
    totalSeconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

