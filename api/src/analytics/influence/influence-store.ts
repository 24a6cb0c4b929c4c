/**
 * Recomputes the influence measures of every HCP: loads the HCPs and INFLUENCES edges into
 * typed arrays, runs PageRank and the other measures in process, and writes them back onto the
 * HCPs (`pagerank`, `influencePercentile`, `reach`, `networkValue`) in batches.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import type { MetricPeriod } from "../rollup-store/materialize.ts";
import { buildInfluenceGraph, type InfluenceGraph } from "./influence-graph.ts";
import { networkValue, percentileWithinGroup, reachWithinTwoHops } from "./influence-measures.ts";
import { pageRank } from "./pagerank.ts";

const HCPS = `MATCH (h:HCP) RETURN h.id AS id, h.specialty AS specialty`;
const EDGES = `MATCH (a:HCP)-[e:INFLUENCES]->(b:HCP) RETURN a.id AS from, b.id AS to, e.weight AS weight`;
const HCP_VALUES = `
MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period = $period
MATCH (h:HCP)-[:HAS_METRIC]->(m)
RETURN h.id AS id, m.value AS value`;
const WRITE = `
UNWIND $rows AS r
MATCH (h:HCP {id: r[0]})
SET h.pagerank = r[1], h.influencePercentile = r[2], h.reach = r[3], h.networkValue = r[4]`;
const RECORD = `
MERGE (run:InfluenceRun {id: 'latest'})
SET run += $run, run.at = datetime()`;

export type InfluencePhase = "LOADING" | "COMPUTING" | "WRITING" | "DONE";

export interface InfluenceSummary {
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

export async function recomputeInfluence(
  driver: Driver,
  value: MetricPeriod,
  onProgress: (phase: InfluencePhase, done: number, total: number) => void = () => {},
): Promise<InfluenceSummary> {
  const t0 = performance.now();
  onProgress("LOADING", 0, 0);
  const { graph, specialty, values, milliseconds: loaded } = await loadInfluence(driver, value, (m) => onProgress("LOADING", m, 0));
  const ids = graph.ids;
  const t2 = performance.now();

  onProgress("COMPUTING", 0, ids.length);
  const pr0 = performance.now();
  const { rank, iterations } = pageRank(graph);
  const pr1 = performance.now();
  const percentile = percentileWithinGroup(rank, specialty);
  const reach = reachWithinTwoHops(graph);
  const nv = networkValue(graph, values);
  const t3 = performance.now();

  onProgress("WRITING", 0, ids.length);
  let written = 0;
  for (let i = 0; i < ids.length; i += 2 * WRITE_BATCH) {
    const batches = [i, i + WRITE_BATCH]
      .filter((s) => s < ids.length)
      .map((s) => {
        const rows: unknown[][] = [];
        for (let k = s; k < Math.min(s + WRITE_BATCH, ids.length); k++) rows.push([ids[k], rank[k], percentile[k], reach[k], nv[k]]);
        return rows;
      });
    await Promise.all(batches.map((rows) => driver.executeQuery(WRITE, { rows })));
    written += batches.reduce((s, b) => s + b.length, 0);
    onProgress("WRITING", written, ids.length);
  }
  const t4 = performance.now();
  const summary: InfluenceSummary = {
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
  await driver.executeQuery(RECORD, {
    run: {
      hcps: summary.hcps,
      edges: summary.edges,
      iterations,
      valueMetric: value.metric,
      valuePeriod: value.period,
      milliseconds: summary.milliseconds.total,
    },
  });
  onProgress("DONE", ids.length, ids.length);
  return summary;
}

const ms = (x: number) => Math.round(x);

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}
