import type { KpiScope } from "../../../api/reporting-types.ts";

export interface ScopeOption {
  scope: KpiScope;
  id: string;
  label: string;
}

/** What a manager can report on: each region of their plans' territories, then each territory they manage. */
export function scopeOptions(
  territories: readonly string[],
  plans: readonly { territoryId: string; territoryName: string; region?: string | null }[],
): ScopeOption[] {
  const regions = [...new Set(plans.map((p) => p.region).filter((r): r is string => !!r))].sort();
  const names = new Map(plans.map((p) => [p.territoryId, p.territoryName]));
  return [
    ...regions.map((r) => ({ scope: "REGION" as const, id: r, label: `Region ${r}` })),
    ...territories.map((t) => ({ scope: "TERRITORY" as const, id: t, label: names.get(t) ?? t })),
  ];
}
