import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDriver } from "@pharmagraph/api/db/driver.ts";
import { migrate } from "@pharmagraph/api/db/migrate.ts";
import { configuredConnection, home, startLocalServer, stopLocalServer, type Home } from "@pharmagraph/neo4j-local";
import { DATASETS } from "../datasets.ts";
import { seedField } from "../field/seed-field.ts";
import { LOAD_QUERIES } from "../queries.ts";
import { SCALES, type ScaleName } from "../scales.ts";
import { loadDataset, type SeedProgress } from "../seed-database.ts";
import { SeedPlan } from "../seed-plan.ts";
import { peakRssMb, secondsSince, type SeedSummary } from "../summary.ts";
import { runAdminImport } from "./admin-import.ts";
import { writeImportFiles } from "./write-import-files.ts";

export interface ImportOptions extends SeedProgress {
  scale: ScaleName;
  seed: number;
  idPrefix?: string;
  /** The launcher home whose database is replaced. Default: NEO4J_LOCAL_HOME or .neo4j. */
  home?: Home;
  /** Lines from the launcher, the importer and the field steps. */
  log?: (line: string) => void;
  /** Seed the field year too, online after the import (seed/src/field). Default true. */
  field?: boolean;
}

/**
 * Replaces the whole database of a local launcher server with one seed, through the offline
 * importer: CSV files, server stop, `neo4j-admin database import full`, server start, schema
 * migrations, then the users and the field year online. Much faster than `seedDatabase` at US scale, but it stops
 * the server and needs its store, so it only works on a server this checkout runs.
 */
export async function importDatabase(options: ImportOptions): Promise<SeedSummary> {
  if (configuredConnection())
    throw new Error(
      "The import method replaces a local launcher store; NEO4J_URI points at another server. Use the default (unwind) method there.",
    );
  const t0 = performance.now();
  const h = options.home ?? home();
  const log = options.log ?? (() => {});
  const idPrefix = options.idPrefix ?? "";
  const plan = new SeedPlan(SCALES[options.scale], options.seed, idPrefix);
  const seconds: Record<string, number> = {};
  const lap = (phase: string, start: number) => (seconds[phase] = secondsSince(start, performance.now()));

  // Provisions the home (jars, password) when it is new; the import itself needs the server down.
  await startLocalServer(h, log);
  const dir = path.join(h.import, "seed");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    let start = performance.now();
    const files = writeImportFiles(plan, dir, options);
    lap("csv", start);

    start = performance.now();
    await stopLocalServer(h);
    await runAdminImport(h, files, path.join(h.logs, "seed-import.report"), log);
    lap("import", start);

    start = performance.now();
    const server = await startLocalServer(h, log);
    lap("restart", start);

    const driver = createDriver(server);
    try {
      start = performance.now();
      await migrate(driver);
      lap("migrate", start);

      start = performance.now();
      const users = DATASETS.find((d) => d.name === "users")!;
      const userRows = await loadDataset(driver, plan, users, LOAD_QUERIES.users.merge, options);
      lap("users", start);

      const field =
        options.field === false
          ? { rows: {}, seconds: {} }
          : await seedField(driver, plan, { batchSize: 10_000, concurrency: 2, ...options, log });
      Object.assign(seconds, field.seconds);
      return {
        scale: options.scale,
        seed: options.seed,
        idPrefix,
        method: "import",
        mode: "create",
        rows: { ...files.rows, users: userRows, ...field.rows },
        seconds,
        totalSeconds: secondsSince(t0, performance.now()),
        peakRssMb: peakRssMb(),
      };
    } finally {
      await driver.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
