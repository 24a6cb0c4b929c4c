import { DATASETS, type DatasetName } from "./datasets.ts";
import { SCALES, type ScaleName } from "./scales.ts";
import { SeedPlan } from "./seed-plan.ts";
import type {
  AccountRow, AffiliationRow, HcpRow, InfluenceRow, MetricRow, NetworkRow, OrganizationRow, TerritoryRow, UserRow,
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
  for (const d of DATASETS) {
    const rows: unknown[] = [];
    for (let i = 0; i < d.count(plan); i++) rows.push(...(d.rows as (p: SeedPlan, i: number) => unknown[])(plan, i));
    out[d.name] = rows;
  }
  return out as unknown as Dataset;
}

/** The users a seed creates, with the territories their tokens carry. */
export function seededUsers(scale: ScaleName, seed: number, idPrefix = ""): UserRow[] {
  return new SeedPlan(SCALES[scale], seed, idPrefix).users();
}
