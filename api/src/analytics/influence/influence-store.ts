/**
 * Recomputes the influence measures of every HCP: loads the HCPs and INFLUENCES edges into
 * typed arrays, runs PageRank and the other measures in process, and writes them back onto the
 * HCPs in batches, into the slot readers do not follow; readers switch to it in one transaction
 * once every batch is in (influence-runs.ts). The run is recorded as an `(:InfluenceRun)` with
 * its phase and a heartbeat, so a run killed mid-way reads INTERRUPTED; run it again.
 */
import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { startHeartbeat } from "../../db/job-heartbeat.ts";
import { streamRecords } from "../../db/stream-records.ts";
import type { MetricPeriod } from "../rollup-store/materialize.ts";
import { buildInfluenceGraph, type InfluenceGraph } from "./influence-graph.ts";
import { networkValue, percentileWithinGroup, reachWithinTwoHops } from "./influence-measures.ts";
import {
  failInfluenceRun,
  recordInfluenceProgress,
  startInfluenceRun,
  switchToInfluenceRun,
  type InfluencePhase,
  type Slot,
} from "./influence-runs.ts";
import { pageRank } from "./pagerank.ts";

const HCPS = `MATCH (h:HCP) RETURN h.id AS id, h.specialty AS specialty`;
const EDGES = `MATCH (a:HCP)-[e:INFLUENCES]->(b:HCP) RETURN a.id AS from, b.id AS to, e.weight AS weight`;
const HCP_VALUES = `
MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period = $period
MATCH (h:HCP)-[:HAS_METRIC]->(m)
RETURN h.id AS id, m.value AS value`;
/** One statement per slot: `[pagerank, influencePercentile, reach, networkValue]` (model/cypher-fragments.ts CURRENT_INFLUENCE). */
const WRITE_SLOT: Record<Slot, string> = {
  0: `UNWIND $rows AS r MATCH (h:HCP {id: r.id}) SET h.influence0 = r.measures`,
  1: `UNWIND $rows AS r MATCH (h:HCP {id: r.id}) SET h.influence1 = r.measures`,
};

export interface InfluenceSummary {
  runId: string;
  hcps: number;
  edges: number;
  iterations: number;
  valueMetric: string;
  valuePeriod: string;
  milliseconds: { loadHcps: number; loadEdges: number; compute: number; pagerank: number; write: number; total: number };
}

const WRITE_BATCH = 10_000;

export interface LoadedInfluence {
  graph: InfluenceGraph;
  specialty: (string | null)[];
  /** The value network value weighs, per HCP index (0 without a value). */
  values: Float64Array;
  milliseconds: { hcps: number; edges: number };
}

/** Every HCP, every INFLUENCES edge and the HCPs' values of one metric-period, as typed arrays. */
export async function loadInfluence(
  driver: Driver,
  value: MetricPeriod,
  onEdges: (loaded: number) => void = () => {},
): Promise<LoadedInfluence> {
  const t0 = performance.now();
  const ids: string[] = [];
  const specialty: (string | null)[] = [];
  const index = new Map<string, number>();
  await streamRecords(driver, HCPS, {}, (r) => {
    index.set(r.get("id") as string, ids.length);
    ids.push(r.get("id") as string);
    specialty.push(r.get("specialty") as string | null);
  });
  const t1 = performance.now();
  let from = new Int32Array(1 << 16);
  let to = new Int32Array(1 << 16);
  let weight = new Float64Array(1 << 16);
  let m = 0;
  await streamRecords(driver, EDGES, {}, (r) => {
    if (m === from.length) [from, to, weight] = [grow(from), grow(to), grow(weight)];
    from[m] = index.get(r.get("from") as string)!;
    to[m] = index.get(r.get("to") as string)!;
    weight[m] = Number(r.get("weight") ?? 0);
    m++;
    if (m % 500_000 === 0) onEdges(m);
  });
  const values = new Float64Array(ids.length);
  await streamRecords(driver, HCP_VALUES, { ...value }, (r) => {
    const i = index.get(r.get("id") as string);
    if (i !== undefined) values[i] = r.get("value") as number;
  });
  const graph = buildInfluenceGraph(ids, from.subarray(0, m), to.subarray(0, m), weight.subarray(0, m));
  return { graph, specialty, values, milliseconds: { hcps: ms(t1 - t0), edges: ms(performance.now() - t1) } };
}

export interface RecomputeOptions {
  /** Who started the run, recorded on it. */
  actor: string;
  onProgress?: (phase: InfluencePhase, done: number, total: number) => void;
}

/** Records the run, computes and writes it, then makes it current; a failure leaves the previous run current. */
export async function recomputeInfluence(driver: Driver, value: MetricPeriod, options: RecomputeOptions): Promise<InfluenceSummary> {
  const runId = randomUUID();
  const slot = await startInfluenceRun(driver, runId, options.actor, value);
  let phase: InfluencePhase = "LOADING";
  let written = 0;
  const heartbeat = startHeartbeat(() => recordInfluenceProgress(driver, runId, phase, written));
  /** Resolves once a new phase is on the record (so a run killed while WRITING says so). */
  const onProgress = async (p: InfluencePhase, done: number, total: number) => {
    const entered = p !== phase;
    [phase, written] = [p, p === "WRITING" ? done : written];
    if (entered) await recordInfluenceProgress(driver, runId, p, done).catch(() => undefined);
    options.onProgress?.(p, done, total);
  };
  try {
    const summary = await computeAndWrite(driver, value, runId, slot, onProgress);
    await heartbeat.stop();
    await switchToInfluenceRun(driver, runId, {
      hcps: summary.hcps,
      edges: summary.edges,
      iterations: summary.iterations,
      written: summary.hcps,
      milliseconds: summary.milliseconds.total,
    });
    options.onProgress?.("DONE", summary.hcps, summary.hcps);
    return summary;
  } catch (err) {
    await heartbeat.stop();
    await failInfluenceRun(driver, runId, err instanceof Error ? err.message : String(err));
    throw err;
  }
}

async function computeAndWrite(
  driver: Driver,
  value: MetricPeriod,
  runId: string,
  slot: Slot,
  onProgress: (phase: InfluencePhase, done: number, total: number) => Promise<void>,
): Promise<InfluenceSummary> {
  const t0 = performance.now();
  await onProgress("LOADING", 0, 0);
  const { graph, specialty, values, milliseconds: loaded } = await loadInfluence(driver, value, (m) => void onProgress("LOADING", m, 0));
  const ids = graph.ids;
  const t2 = performance.now();

  await onProgress("COMPUTING", 0, ids.length);
  const pr0 = performance.now();
  const { rank, iterations } = pageRank(graph);
  const pr1 = performance.now();
  const percentile = percentileWithinGroup(rank, specialty);
  const reach = reachWithinTwoHops(graph);
  const nv = networkValue(graph, values);
  const t3 = performance.now();

  await onProgress("WRITING", 0, ids.length);
  let written = 0;
  for (let i = 0; i < ids.length; i += 2 * WRITE_BATCH) {
    const batches = [i, i + WRITE_BATCH]
      .filter((s) => s < ids.length)
      .map((s) => {
        const rows: { id: string; measures: number[] }[] = [];
        for (let k = s; k < Math.min(s + WRITE_BATCH, ids.length); k++)
          rows.push({ id: ids[k]!, measures: [rank[k]!, percentile[k]!, reach[k]!, nv[k]!] });
        return rows;
      });
    await Promise.all(batches.map((rows) => driver.executeQuery(WRITE_SLOT[slot], { rows })));
    written += batches.reduce((s, b) => s + b.length, 0);
    await onProgress("WRITING", written, ids.length);
  }
  const t4 = performance.now();
  return {
    runId,
    hcps: ids.length,
    edges: graph.influenced.length,
    iterations,
    valueMetric: value.metric,
    valuePeriod: value.period,
    milliseconds: {
      loadHcps: loaded.hcps,
      loadEdges: loaded.edges,
      compute: ms(t3 - t2),
      pagerank: ms(pr1 - pr0),
      write: ms(t4 - t3),
      total: ms(t4 - t0),
    },
  };
}

const ms = (x: number) => Math.round(x);

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}
