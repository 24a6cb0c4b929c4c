import { batchesOf, DATASETS, type DatasetName } from "./datasets.ts";
import { SCALES, type ScaleName } from "./scales.ts";
import { SeedPlan } from "./seed-plan.ts";
import type {
  AccountRow,
  AffiliationRow,
  HcpRow,
  InfluenceRow,
  MetricRow,
  NetworkRow,
  OrganizationRow,
  TerritoryRow,
  UserRow,
} from "./rows.ts";

export interface Dataset {
  territories: TerritoryRow[];
  networks: NetworkRow[];
  organizations: OrganizationRow[];
  accounts: AccountRow[];
  hcps: HcpRow[];
  organizationAffiliations: AffiliationRow[];
  accountAffiliations: AffiliationRow[];
  hcpAffiliations: AffiliationRow[];
  influences: InfluenceRow[];
  metrics: MetricRow[];
  users: UserRow[];
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
export function seededUsers(scale: ScaleName, seed: number, idPrefix = ""): UserRow[] {
  return new SeedPlan(SCALES[scale], seed, idPrefix).users();
}
