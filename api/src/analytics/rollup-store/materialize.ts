/**
 * Full materialization of one metric-period: the whole hierarchy is projected into memory,
 * rolled up there (exact semantics, per-level unallocated value, conservation check), and the
 * roll-ups that differ from the stored ones are written back in batches. The run is recorded,
 * which also marks the metric-period as materialized, so incremental refreshes keep it current.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { todayIso } from "../rollup/days.ts";
import { computeRollup, type Conservation, type LevelSummary } from "../rollup/full-rollup.ts";
import { ownValues } from "../rollup/own-values.ts";
import type { HierarchyProjection } from "../rollup/projection.ts";
import { loadProjection } from "./load-projection.ts";
import { MATERIALIZED_RUNS, OWN_VALUES, RECORD_RUN, STORED_ROLLUPS, WRITE_ROLLUPS } from "./queries.ts";

export interface MetricPeriod {
  metric: string;
  period: string;
}

export interface RollupSummary extends MetricPeriod {
  asOf: string;
  levels: LevelSummary[];
  conservation: Conservation;
  nodes: number;
  edges: number;
  /** Roll-ups written (those that changed). */
  written: number;
  milliseconds: { load: number; compute: number; write: number; total: number };
}

const WRITE_BATCH = 10_000;

/** Roll-ups of one metric-period as of a date, in memory (nothing is written). */
export async function computeRollups(driver: Driver, mp: MetricPeriod, asOf: string, projection?: HierarchyProjection) {
  const started = performance.now();
  // The edges and the own values stream in parallel, on two sessions.
  const own: [string, number, number][] = [];
  const [p] = await Promise.all([
    projection ? Promise.resolve(projection) : loadProjection(driver),
    streamRecords(driver, OWN_VALUES, { ...mp }, (r) =>
      own.push([r.get("id") as string, Number(r.get("level")), r.get("value") as number]),
    ),
  ]);
  for (const [id, level] of own) if (!p.hasNode(id)) p.addNode(id, level);
  const pairs = own.map(([id, , value]) => [id, value] as [string, number]);
  const loaded = performance.now();
  const result = computeRollup(p, ownValues(p, pairs), asOf);
  return { projection: p, result, own: pairs, loadMs: loaded - started, computeMs: performance.now() - loaded };
}

export async function materializeRollups(driver: Driver, mp: MetricPeriod, projection?: HierarchyProjection): Promise<RollupSummary> {
  const started = performance.now();
  const asOf = todayIso();
  const { projection: p, result, loadMs, computeMs } = await computeRollups(driver, mp, asOf, projection);

  const writeStarted = performance.now();
  const stored = new Map<string, number>();
  await streamRecords(driver, STORED_ROLLUPS, { ...mp }, (r) => stored.set(r.get("id") as string, r.get("value") as number));
  const rows: { id: string; level: number; value: number }[] = [];
  for (let i = 0; i < p.nodeCount; i++) {
    if (p.level[i]! < 2) continue;
    const id = p.nodeId(i);
    const value = result.rollup[i]!;
    if (stored.get(id) !== value) rows.push({ id, level: p.level[i]!, value });
  }
  for (let i = 0; i < rows.length; i += 2 * WRITE_BATCH) {
    await Promise.all(
      [rows.slice(i, i + WRITE_BATCH), rows.slice(i + WRITE_BATCH, i + 2 * WRITE_BATCH)]
        .filter((b) => b.length)
        .map((batch) => driver.executeQuery(WRITE_ROLLUPS, { ...mp, rows: batch })),
    );
  }
  const writeMs = performance.now() - writeStarted;
  const milliseconds = {
    load: Math.round(loadMs),
    compute: Math.round(computeMs),
    write: Math.round(writeMs),
    total: Math.round(performance.now() - started),
  };
  await driver.executeQuery(RECORD_RUN, {
    ...mp,
    asOf,
    levels: JSON.stringify(result.levels),
    conservation: JSON.stringify(result.conservation),
    nodes: p.nodeCount,
    edges: p.edgeCount,
    written: rows.length,
    milliseconds: milliseconds.total,
  });
  return {
    ...mp,
    asOf,
    levels: result.levels,
    conservation: result.conservation,
    nodes: p.nodeCount,
    edges: p.edgeCount,
    written: rows.length,
    milliseconds,
  };
}

/** The metric-periods whose roll-ups are materialized (and kept current). */
export async function materializedRuns(driver: Driver): Promise<MetricPeriod[]> {
  const result = await driver.executeQuery(MATERIALIZED_RUNS, {}, { routing: "READ" });
  return result.records.map((r) => {
    const run = r.get("run") as MetricPeriod;
    return { metric: run.metric, period: run.period };
  });
}
