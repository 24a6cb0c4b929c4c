import neo4j, { type Driver } from "neo4j-driver";
import { LABEL_OF_KIND, levelOf, type EntityKind } from "../../model/entity-kinds.ts";
import type { MetricPeriod } from "./materialize.ts";
import { computeRollups } from "./materialize.ts";
import { inAsOfSlot } from "./as-of-slots.ts";

export type RollupSort = "ROLLUP_DESC" | "ROLLUP_ASC" | "NAME";

export interface RollupRow {
  id: string;
  name: string;
  own: number;
  rollup: number;
}

const ORDER: Record<RollupSort, string> = { ROLLUP_DESC: "rollup DESC, id", ROLLUP_ASC: "rollup ASC, id", NAME: "name, id" };

/** Materialized roll-ups of one level: RollupValue above the bottom level, own values at it. */
const TABLE_SORTED = (label: string, materialized: boolean, order: string) => `
CALL () {
  MATCH (n:${label})
  ${materialized ? "OPTIONAL MATCH (v:RollupValue {id: n.id + '|' + $metric + '|' + $period})" : ""}
  OPTIONAL MATCH (m:MetricValue {id: n.id + '|' + $metric + '|' + $period})
  RETURN n.id AS id, coalesce(n.name, n.id) AS name, coalesce(m.value, 0) AS own, ${materialized ? "coalesce(v.value, m.value, 0)" : "coalesce(m.value, 0)"} AS rollup
}
WITH id, name, own, rollup ORDER BY ${order}
WITH collect({id: id, name: name, own: own, rollup: rollup}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page`;

/**
 * One level of the hierarchy with each entity's own value and roll-up, sorted and paged.
 * Current values come from the store; `asOf` rolls the whole hierarchy up in memory for that date.
 */
export async function rollupTable(
  driver: Driver,
  args: MetricPeriod & { level: EntityKind; asOf?: string | null; sort: RollupSort; limit: number; offset: number },
): Promise<{ total: number; rows: RollupRow[] }> {
  const level = { label: LABEL_OF_KIND[args.level], level: levelOf(args.level) };
  const mp = { metric: args.metric, period: args.period };
  if (args.asOf) {
    const asOf = args.asOf;
    const { projection: p, result, own } = await inAsOfSlot(() => computeRollups(driver, mp, asOf));
    const ownById = new Map(own);
    const ids: string[] = [];
    for (let i = 0; i < p.nodeCount; i++) if (p.level[i] === level.level) ids.push(p.nodeId(i));
    const names = await namesOf(driver, level.label, ids);
    const rows = ids.map((id) => ({ id, name: names.get(id) ?? id, own: ownById.get(id) ?? 0, rollup: result.rollup[p.nodeIndex(id)]! }));
    rows.sort(
      (a, b) =>
        (args.sort === "NAME" ? a.name.localeCompare(b.name) : args.sort === "ROLLUP_ASC" ? a.rollup - b.rollup : b.rollup - a.rollup) ||
        a.id.localeCompare(b.id),
    );
    return { total: rows.length, rows: rows.slice(args.offset, args.offset + args.limit) };
  }
  const result = await driver.executeQuery(
    TABLE_SORTED(level.label, level.level > 1, ORDER[args.sort]),
    { ...mp, offset: neo4j.int(args.offset), limit: neo4j.int(args.limit) },
    { routing: "READ" },
  );
  const r = result.records[0]!;
  return { total: Number(r.get("total")), rows: r.get("page") as RollupRow[] };
}

const NAMES = (label: string) => `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, coalesce(n.name, n.id) AS name`;

/** The names of the entities of one label, by id (their id where they have none). */
export async function namesOf(driver: Driver, label: string, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const result = await driver.executeQuery(NAMES(label), { ids: ids.slice(i, i + 10_000) }, { routing: "READ" });
    for (const r of result.records) names.set(r.get("id") as string, r.get("name") as string);
  }
  return names;
}
