import { feedbackRows, touchpointRows } from "./experience-rows.ts";
import type { SeedPlan } from "./seed-plan.ts";

/**
 * The kinds of rows in load order (parents before children, nodes before edges), each as a
 * count of generator calls and the function that turns call `i` into rows.
 */
export const DATASETS = [
  { name: "territories", label: "Territory", count: () => 1, rows: (p: SeedPlan) => p.territories() },
  { name: "networks", label: "Network", count: (p: SeedPlan) => p.scale.networks, rows: (p: SeedPlan, i: number) => [p.network(i)] },
  {
    name: "organizations",
    label: "Organization",
    count: (p: SeedPlan) => p.scale.organizations,
    rows: (p: SeedPlan, i: number) => [p.organization(i)],
  },
  { name: "accounts", label: "Account", count: (p: SeedPlan) => p.scale.accounts, rows: (p: SeedPlan, i: number) => [p.account(i)] },
  { name: "hcps", label: "HCP", count: (p: SeedPlan) => p.scale.hcps, rows: (p: SeedPlan, i: number) => [p.hcp(i)] },
  {
    name: "organizationAffiliations",
    label: "Organization->Network",
    count: (p: SeedPlan) => p.scale.organizations,
    rows: (p: SeedPlan, i: number) => p.organizationAffiliations(i),
  },
  {
    name: "accountAffiliations",
    label: "Account->Organization",
    count: (p: SeedPlan) => p.scale.accounts,
    rows: (p: SeedPlan, i: number) => p.accountAffiliations(i),
  },
  {
    name: "hcpAffiliations",
    label: "HCP->Account",
    count: (p: SeedPlan) => p.scale.hcps,
    rows: (p: SeedPlan, i: number) => p.hcpAffiliations(i),
  },
  { name: "influences", label: "INFLUENCES", count: (p: SeedPlan) => p.scale.hcps, rows: (p: SeedPlan, i: number) => p.influences(i) },
  { name: "metrics", label: "MetricValue", count: (p: SeedPlan) => p.scale.hcps, rows: (p: SeedPlan, i: number) => p.metrics(i) },
  { name: "touchpoints", label: "Touchpoint", count: (p: SeedPlan) => p.scale.hcps, rows: touchpointRows },
  { name: "feedback", label: "Feedback", count: (p: SeedPlan) => p.scale.hcps, rows: feedbackRows },
  { name: "users", label: "User", count: () => 1, rows: (p: SeedPlan) => p.users() },
] as const;

export type DatasetSpec = (typeof DATASETS)[number];
export type DatasetName = DatasetSpec["name"];

/** Rows of one dataset in batches of about `size`, generated lazily (memory stays flat at any scale). */
export function* batchesOf(plan: SeedPlan, dataset: DatasetSpec, size: number): Generator<{ rows: unknown[]; calls: number }> {
  const total = dataset.count(plan);
  let rows: unknown[] = [];
  let calls = 0;
  for (let i = 0; i < total; i++) {
    rows.push(...(dataset.rows as (p: SeedPlan, i: number) => unknown[])(plan, i));
    calls++;
    if (rows.length >= size || i === total - 1) {
      yield { rows, calls };
      rows = [];
      calls = 0;
    }
  }
}
