import type { CypherRunner } from "../../db/cypher-runner.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { todayIso } from "../rollup/days.ts";
import type { MetricPeriod } from "./materialize.ts";
import { CURRENT_ROLLUPS, ROLLUPS_AS_OF, VISIBLE_ROLLUPS_AS_OF } from "./queries.ts";

/**
 * Roll-ups of some entities: the materialized values when `asOf` is absent (entities of a
 * metric-period not materialized yet are computed as of today), else computed as of that date.
 * A restricted caller's roll-ups are always computed, over the own values they may see.
 */
export async function rollupsOf(
  run: CypherRunner,
  ids: readonly string[],
  mp: MetricPeriod,
  asOf: string | null | undefined,
  scope: AccessScope,
): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  const compute = [...ids];
  if (!asOf && !scope.restricted) {
    compute.length = 0;
    for (const r of await run(CURRENT_ROLLUPS, { ids, ...mp })) {
      const id = r.get("id") as string;
      // A stored value above the bottom level, or an own value of an entity without children.
      // Integer sums come back as BigInt.
      if (r.get("materialized")) values.set(id, Number(r.get("rollup")));
      else compute.push(id);
    }
  }
  if (compute.length) {
    for (const r of await run(scope.restricted ? VISIBLE_ROLLUPS_AS_OF : ROLLUPS_AS_OF, {
      ids: compute,
      ...mp,
      asOf: asOf ?? todayIso(),
      ...scope,
    }))
      values.set(r.get("id") as string, Number(r.get("rollup")));
  }
  return values;
}
