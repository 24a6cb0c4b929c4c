/**
 * Impact preview: the change set is applied in a transaction that is then rolled back, so
 * nothing is ever committed; before that, the materialized roll-ups of every entity it affects
 * are read before and after (for a REP: the roll-ups they may read, of the entities they may see). Deltas per entity and metric-period, and sales credit moved between
 * territories (an account's roll-up delta credited to each territory it is aligned to).
 */
import type { Driver } from "neo4j-driver";
import { transactionRunner } from "../db/cypher-runner.ts";
import { todayIso } from "../analytics/rollup/days.ts";
import { ANCESTORS_OF, MATERIALIZED_RUNS, ROLLUPS_AS_OF } from "../analytics/rollup-store/queries.ts";
import { VISIBLE } from "../model/cypher-fragments.ts";
import { applyOperations, type ApplyContext } from "./apply-change.ts";
import type { Operation } from "./operations.ts";

export interface RollupDelta {
  entityId: string;
  metric: string;
  period: string;
  before: number;
  after: number;
  delta: number;
}

export interface TerritoryCredit {
  territoryId: string;
  metric: string;
  period: string;
  delta: number;
}

export interface ChangePreview {
  rollups: RollupDelta[];
  territories: TerritoryCredit[];
}

const VALUES = `
UNWIND $ids AS id
UNWIND $runs AS run
OPTIONAL MATCH (v:RollupValue {id: id + '|' + run.metric + '|' + run.period})
OPTIONAL MATCH (m:MetricValue {id: id + '|' + run.metric + '|' + run.period})
RETURN id, run.metric AS metric, run.period AS period, coalesce(v.value, m.value, 0.0) AS value`;

const ACCOUNT_TERRITORIES = `
UNWIND $ids AS id
MATCH (:Account {id: id})-[:ALIGNED_TO]->(t:Territory)
RETURN id, collect(t.id) AS territories`;

/** The ids of the given nodes the caller may see. */
const VISIBLE_IDS = `UNWIND $nodes AS node MATCH (n) WHERE elementId(n) = node AND ${VISIBLE("n")} RETURN n.id AS id`;

class RolledBack extends Error {
  constructor(readonly preview: ChangePreview) {
    super("preview");
  }
}

const CHILDREN_OF_EDGES = `UNWIND $ids AS id MATCH (c)-[:AFFILIATED_WITH {id: id}]->() RETURN c.id AS id`;

/** Every entity an operation names (edges by their child): their ancestors are all the change can move. */
function named(ops: readonly Operation[]): { entities: string[]; edges: string[] } {
  const entities: string[] = [];
  const edges: string[] = [];
  for (const op of ops) {
    if ("childId" in op) entities.push(op.childId, op.parentId);
    if ("edgeId" in op) edges.push(op.edgeId);
    if ("newParentId" in op) entities.push(op.newParentId);
    if ("entityId" in op) entities.push(op.entityId);
  }
  return { entities, edges };
}

export async function previewChange(driver: Driver, ops: readonly Operation[], ctx: ApplyContext): Promise<ChangePreview> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const run = transactionRunner(tx);
      const runs = (await run(MATERIALIZED_RUNS, {})).map((r) => {
        const x = r.get("run") as { metric: string; period: string };
        return { metric: x.metric, period: x.period };
      });
      const { entities, edges } = named(ops);
      const children = (await run(CHILDREN_OF_EDGES, { ids: edges })).map((r) => r.get("id") as string);
      const nodes = (await run(ANCESTORS_OF, { ids: [...new Set([...entities, ...children])] })).map((r) => r.get("node") as string);
      const ids = (await run(VISIBLE_IDS, { nodes, ...ctx.scope })).map((r) => r.get("id") as string);
      const values = async () => {
        const out = new Map<string, number>();
        const put = (id: unknown, metric: string, period: string, value: unknown) => out.set(`${id}|${metric}|${period}`, value as number);
        if (!ctx.scope.restricted) {
          for (const r of await run(VALUES, { ids, runs }))
            put(r.get("id"), r.get("metric") as string, r.get("period") as string, r.get("value"));
          return out;
        }
        // The materialized values count everything; a restricted caller's roll-ups count what they may see.
        for (const { metric, period } of runs) {
          for (const r of await run(ROLLUPS_AS_OF, { ids, metric, period, asOf: todayIso(), ...ctx.scope }))
            put(r.get("id"), metric, period, r.get("rollup"));
        }
        return out;
      };
      const was = await values();
      await applyOperations(tx, ops, ctx);
      const rollups: RollupDelta[] = [];
      for (const [key, after] of await values()) {
        const [entityId, metric, period] = key.split("|") as [string, string, string];
        const prior = was.get(key) ?? 0;
        if (after !== prior) rollups.push({ entityId, metric, period, before: prior, after, delta: after - prior });
      }
      const territoriesOf = new Map(
        (await run(ACCOUNT_TERRITORIES, { ids: [...new Set(rollups.map((r) => r.entityId))] })).map((r) => [
          r.get("id") as string,
          r.get("territories") as string[],
        ]),
      );
      const credit = new Map<string, TerritoryCredit>();
      for (const r of rollups) {
        for (const territoryId of territoriesOf.get(r.entityId) ?? []) {
          const key = `${territoryId}|${r.metric}|${r.period}`;
          const c = credit.get(key) ?? { territoryId, metric: r.metric, period: r.period, delta: 0 };
          c.delta += r.delta;
          credit.set(key, c);
        }
      }
      throw new RolledBack({
        rollups: rollups.sort((a, b) => a.entityId.localeCompare(b.entityId) || a.metric.localeCompare(b.metric)),
        territories: [...credit.values()].filter((c) => c.delta !== 0),
      });
    });
    throw new Error("unreachable: the preview transaction must roll back");
  } catch (err) {
    if (err instanceof RolledBack) return err.preview;
    throw err;
  } finally {
    await session.close();
  }
}
