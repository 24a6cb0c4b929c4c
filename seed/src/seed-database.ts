import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { migrate } from "@pharmagraph/api/db/migrate.ts";
import { forEachConcurrently } from "@pharmagraph/api/model/concurrently.ts";
import { batchesOf, DATASETS, type DatasetSpec } from "./datasets.ts";
import { seedField } from "./field/seed-field.ts";
import { HAS_SEEDED_DATA, LOAD_QUERIES, RESET_STATEMENTS } from "./queries.ts";
import { SCALES, type ScaleName } from "./scales.ts";
import { SeedPlan } from "./seed-plan.ts";
import { peakRssMb, secondsSince, type SeedSummary } from "./summary.ts";

export interface SeedProgress {
  /** A dataset or field step starts loading: `total` generator steps (entities, reps), not rows. */
  onPhase?: (phase: string, label: string, total: number) => void;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface SeedOptions extends SeedProgress {
  scale: ScaleName;
  seed: number;
  /** Prefixed to every id, so several seeds (e.g. parallel tests) share one database. Default "". */
  idPrefix?: string;
  /** Delete the data under `idPrefix` first (with an empty prefix: every node but the migration records). */
  reset?: boolean;
  /** Rows per transaction. Default 10,000. */
  batchSize?: number;
  /** Write transactions in flight at once; 2 keeps both cores of a small server busy. Default 2. */
  concurrency?: number;
  /** Seed the field year too (seed/src/field: scores, call plans, activities, survey answers). Default true. */
  field?: boolean;
  /** Lines about the field steps. */
  log?: (line: string) => void;
}

/**
 * Loads one deterministic synthetic dataset with batched `UNWIND` writes, one managed
 * transaction per batch, while the next batch is being generated. Into an empty prefix the
 * CREATE statements are used; otherwise MERGE, so a second run over the same data changes nothing.
 */
export async function seedDatabase(driver: Driver, options: SeedOptions): Promise<SeedSummary> {
  const t0 = performance.now();
  const idPrefix = options.idPrefix ?? "";
  const plan = new SeedPlan(SCALES[options.scale], options.seed, idPrefix);
  const seconds: Record<string, number> = {};
  await migrate(driver);

  if (options.reset) {
    const start = performance.now();
    const session = driver.session();
    try {
      // CALL { ... } IN TRANSACTIONS only runs in auto-commit transactions.
      for (const statement of RESET_STATEMENTS) await session.run(statement, { prefix: idPrefix });
    } finally {
      await session.close();
    }
    seconds.reset = secondsSince(start, performance.now());
  }
  const seeded = (await driver.executeQuery(HAS_SEEDED_DATA, { prefix: idPrefix })).records[0]?.get("seeded") === true;
  const mode = seeded ? "merge" : "create";

  const rows: Record<string, number> = {};
  for (const dataset of DATASETS) {
    const start = performance.now();
    rows[dataset.name] = await loadDataset(driver, plan, dataset, LOAD_QUERIES[dataset.name][mode], options);
    seconds[dataset.name] = secondsSince(start, performance.now());
  }
  if (options.field ?? true) {
    const field = await seedField(driver, plan, {
      batchSize: options.batchSize ?? 10_000,
      concurrency: options.concurrency ?? 2,
      ...options,
    });
    Object.assign(rows, field.rows);
    Object.assign(seconds, field.seconds);
  }
  return {
    scale: options.scale,
    seed: options.seed,
    idPrefix,
    method: "unwind",
    mode,
    rows,
    seconds,
    totalSeconds: secondsSince(t0, performance.now()),
    peakRssMb: peakRssMb(),
  };
}

/** Loads one dataset; returns the number of rows written. */
export async function loadDataset(
  driver: Driver,
  plan: SeedPlan,
  dataset: DatasetSpec,
  query: string,
  options: Pick<SeedOptions, "batchSize" | "concurrency"> & SeedProgress,
): Promise<number> {
  const total = dataset.count(plan);
  options.onPhase?.(dataset.name, dataset.label, total);
  let rows = 0;
  let done = 0;
  await forEachConcurrently(batchesOf(plan, dataset, options.batchSize ?? 10_000), options.concurrency ?? 2, async (batch) => {
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run(query, { rows: batch.rows }));
    } finally {
      await session.close();
    }
    rows += batch.rows.length;
    done += batch.calls;
    options.onProgress?.(dataset.name, done, total);
  });
  return rows;
}
