import { batchesOf, DATASETS, type DatasetName } from "./datasets.ts";
import { SCALES, type ScaleName } from "./scales.ts";
import { SeedPlan } from "./seed-plan.ts";
import type * as Rows from "./rows.ts";

export interface Dataset {
  territories: Rows.TerritoryRow[];
  networks: Rows.NetworkRow[];
  organizations: Rows.OrganizationRow[];
  accounts: Rows.AccountRow[];
  hcps: Rows.HcpRow[];
  organizationAffiliations: Rows.AffiliationRow[];
  accountAffiliations: Rows.AffiliationRow[];
  hcpAffiliations: Rows.AffiliationRow[];
  influences: Rows.InfluenceRow[];
  metrics: Rows.MetricRow[];
  users: Rows.UserRow[];
}

/** The whole dataset in memory (for tests and small scales; the loader streams instead). */
export function generate(scale: ScaleName, seed: number, idPrefix = ""): Dataset {
  const plan = new SeedPlan(SCALES[scale], seed, idPrefix);
  const out = {} as Record<DatasetName, unknown[]>;
  // The same batches the loader writes, so tests see exactly what lands in the database.
  for (const d of DATASETS) out[d.name] = [...batchesOf(plan, d, 10_000)].flatMap((batch) => batch.rows);
  return out as unknown as Dataset;
}

/** The users a seed creates, with the territories their tokens carry. */
export function seededUsers(scale: ScaleName, seed: number, idPrefix = ""): Rows.UserRow[] {
  return new SeedPlan(SCALES[scale], seed, idPrefix).users();
}
