import path from "node:path";
import { batchesOf, DATASETS, type DatasetName } from "../datasets.ts";
import type { SeedProgress } from "../seed-database.ts";
import type { SeedPlan } from "../seed-plan.ts";
import { CsvFile } from "./csv-file.ts";
import { IMPORT_TABLES, type ImportTable } from "./import-tables.ts";

export interface ImportFiles {
  /** Absolute CSV paths of each table, in load order. */
  tables: { table: ImportTable<never>; path: string }[];
  /** Generated rows per dataset (users excluded: they are loaded online). */
  rows: Partial<Record<DatasetName, number>>;
}

/** Streams every dataset but the users into the import tables' CSV files under `dir`. */
export function writeImportFiles(plan: SeedPlan, dir: string, progress: SeedProgress = {}): ImportFiles {
  const files: ImportFiles = { tables: [], rows: {} };
  for (const dataset of DATASETS) {
    if (dataset.name === "users") continue;
    const tables = IMPORT_TABLES[dataset.name].map((table) => ({ table, csv: new CsvFile(path.join(dir, table.file), table.header) }));
    const total = dataset.count(plan);
    progress.onPhase?.(dataset.name, `CSV ${dataset.label}`, total);
    let rows = 0;
    let done = 0;
    for (const batch of batchesOf(plan, dataset, 10_000)) {
      for (const row of batch.rows) for (const { table, csv } of tables) csv.row(table.cells(row as never));
      rows += batch.rows.length;
      done += batch.calls;
      progress.onProgress?.(dataset.name, done, total);
    }
    for (const { table, csv } of tables) {
      csv.close();
      files.tables.push({ table, path: csv.path });
    }
    files.rows[dataset.name] = rows;
  }
  return files;
}
