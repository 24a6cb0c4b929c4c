/**
 * Incremental refresh: after a change to edges or own values, only the ancestors of what
 * changed are recomputed, in hierarchy order, for every materialized metric-period. Runs on any
 * runner, so the change path can call it inside its own transaction.
 */
import type { CypherRunner } from "../../db/cypher-runner.ts";
import { ANCESTORS_OF, MATERIALIZED_RUNS, RECOMPUTE } from "./queries.ts";

export interface RefreshResult {
  metricPeriods: number;
  recomputed: number;
}

/**
 * The ancestors of `changedIds` above the bottom level (the seeds themselves included), in layers
 * by their longest distance from a seed: recomputing the layers in order respects the hierarchy.
 * `changedIds`: the entities whose roll-up inputs changed: the parents of added, ended or
 * reweighted edges (both parents of a reassignment) and entities whose own value changed.
 * Every materialized figure over the hierarchy (metric roll-ups, experience lists) refreshes these.
 */
export async function ancestorLayers(run: CypherRunner, changedIds: readonly string[]): Promise<string[][]> {
  if (changedIds.length === 0) return [];
  const ancestors = await run(ANCESTORS_OF, { ids: [...new Set(changedIds)] });
  const byDistance = new Map<number, string[]>();
  for (const a of ancestors) {
    if (Number(a.get("level")) < 2) continue; // the bottom level's roll-up is its own value
    const d = Number(a.get("distance"));
    if (!byDistance.has(d)) byDistance.set(d, []);
    byDistance.get(d)!.push(a.get("node") as string);
  }
  return [...byDistance.entries()].sort(([a], [b]) => a - b).map(([, nodes]) => nodes);
}

/** Recomputes the layers of `ancestorLayers` for every materialized metric-period. */
export async function refreshRollupLayers(run: CypherRunner, layers: readonly string[][]): Promise<RefreshResult> {
  const runs = (await run(MATERIALIZED_RUNS, {})).map((r) => r.get("run") as { metric: string; period: string });
  let recomputed = 0;
  for (const mp of runs) {
    for (const nodes of layers) {
      await run(RECOMPUTE, { metric: mp.metric, period: mp.period, nodes });
      recomputed += nodes.length;
    }
  }
  return { metricPeriods: runs.length, recomputed };
}

export async function refreshRollups(run: CypherRunner, changedIds: readonly string[]): Promise<RefreshResult> {
  return refreshRollupLayers(run, await ancestorLayers(run, changedIds));
}
