import type { ScaleName } from "./scales.ts";

/** What a seed run did: rows per dataset, seconds per phase, and the loader process's peak memory. */
export interface SeedSummary {
  scale: ScaleName;
  seed: number;
  idPrefix: string;
  /** "unwind": batched online transactions; "import": CSV files and the offline importer. */
  method: "unwind" | "import";
  /** "create" into an empty database (or prefix), "merge" over existing data. */
  mode: "create" | "merge";
  /** Rows per dataset and field step (rows.activities, ...). */
  rows: Record<string, number>;
  /** Seconds per phase: the datasets and field steps, plus reset / csv / import / restart / migrate where they ran. */
  seconds: Record<string, number>;
  totalSeconds: number;
  peakRssMb: number;
}

export const secondsSince = (start: number, now: number) => Number(((now - start) / 1000).toFixed(2));

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
