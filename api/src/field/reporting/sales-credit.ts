/**
 * Territory sales credit: each account's roll-up of a metric-period credited to every territory it
 * is aligned to (the rule of the impact preview, changes/preview-change.ts, for the standing value),
 * summed per territory. Unrestricted callers read the materialized roll-up (the own value when the
 * account has none); a REP's roll-ups count only the own values they may see, as everywhere.
 */
import type { Driver } from "neo4j-driver";
import { driverRunner } from "../../db/cypher-runner.ts";
import { rollupsOf } from "../../analytics/rollup-store/read-rollups.ts";
import type { AccessScope } from "../../model/access-scope.ts";

export interface TerritoryCredit {
  territoryId: string;
  name: string;
  region: string | null;
  metric: string;
  period: string;
  credit: number;
  accounts: number;
}

const TERRITORIES = `
MATCH (t:Territory) WHERE ($region IS NULL OR t.region = $region) AND ($territories IS NULL OR t.id IN $territories)`;

const MATERIALIZED_CREDIT = `${TERRITORIES}
OPTIONAL MATCH (acc:Account)-[:ALIGNED_TO]->(t)
OPTIONAL MATCH (v:RollupValue {id: acc.id + '|' + $metric + '|' + $period})
OPTIONAL MATCH (m:MetricValue {id: acc.id + '|' + $metric + '|' + $period})
RETURN t.id AS territoryId, coalesce(t.name, t.id) AS name, t.region AS region,
  sum(coalesce(v.value, m.value, 0.0)) AS credit, count(acc) AS accounts
ORDER BY territoryId`;

const ALIGNED_ACCOUNTS = `${TERRITORIES}
OPTIONAL MATCH (acc:Account)-[:ALIGNED_TO]->(t)
RETURN t.id AS territoryId, coalesce(t.name, t.id) AS name, t.region AS region, collect(acc.id) AS accounts
ORDER BY territoryId`;

/** `territories` null: every territory (of the region). */
export async function territorySalesCredit(
  driver: Driver,
  req: { metric: string; period: string; region: string | null; territories: string[] | null; scope: AccessScope },
): Promise<TerritoryCredit[]> {
  const params = { metric: req.metric, period: req.period, region: req.region, territories: req.territories };
  const base = (r: { get(k: string): unknown }) => ({
    territoryId: r.get("territoryId") as string,
    name: r.get("name") as string,
    region: (r.get("region") as string | null) ?? null,
    metric: req.metric,
    period: req.period,
  });
  if (!req.scope.restricted) {
    const { records } = await driver.executeQuery(MATERIALIZED_CREDIT, params, { routing: "READ" });
    return records.map((r) => ({ ...base(r), credit: Number(r.get("credit")), accounts: Number(r.get("accounts")) }));
  }
  const { records } = await driver.executeQuery(ALIGNED_ACCOUNTS, params, { routing: "READ" });
  const ids = [...new Set(records.flatMap((r) => r.get("accounts") as string[]))];
  const values = await rollupsOf(driverRunner(driver, "READ"), ids, { metric: req.metric, period: req.period }, null, req.scope);
  return records.map((r) => {
    const accounts = r.get("accounts") as string[];
    return { ...base(r), credit: accounts.reduce((s, id) => s + (values.get(id) ?? 0), 0), accounts: accounts.length };
  });
}
