/**
 * `npm run bench -- analytics`: the analytics engine at `us` scale (1M HCPs, 300k accounts, 2.5M
 * hierarchy and 5M influence edges) on a server of its own (`.neo4j-bench-analytics`, seeded once
 * with the offline importer and kept; BENCH_FRESH=1 reseeds). Cases: full roll-up
 * materialization, incremental refresh after one reassignment, as-of roll-up of the largest
 * organization, PageRank (loading, compute, python-igraph on the same edges, write-back), and
 * rescoring every HCP with a 6-component model, scoring every account and every organization.
 * Each with the process's peak RSS.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";
import { loadInfluence, recomputeInfluence } from "../api/src/analytics/influence/influence-store.ts";
import { pageRank } from "../api/src/analytics/influence/pagerank.ts";
import { driverRunner } from "../api/src/db/cypher-runner.ts";
import { materializeRollups } from "../api/src/analytics/rollup-store/materialize.ts";
import { ROLLUPS_AS_OF } from "../api/src/analytics/rollup-store/queries.ts";
import { refreshRollups } from "../api/src/analytics/rollup-store/refresh.ts";
import { scoringModelSchema } from "../api/src/analytics/scoring/model.ts";
import { activateVersion, saveDraft } from "../api/src/analytics/scoring/scoring-store.ts";
import { benchModel, PERIOD, usScaleDriver } from "./us-scale.ts";

export interface AnalyticsCase {
  name: string;
  milliseconds: number;
  goalMilliseconds: number | null;
  peakRssMb: number;
  detail: Record<string, unknown>;
}

/** Runs `work` while sampling this process's RSS every 50 ms. */
export async function measured<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      milliseconds: Math.round(performance.now() - started),
      peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20),
    };
  } finally {
    clearInterval(sampler);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runAnalyticsBench(log: (line: string) => void) {
  const driver = await usScaleDriver(log);
  const cases: AnalyticsCase[] = [];
  const add = (name: string, m: { milliseconds: number; peakRssMb: number }, goal: number | null, detail: Record<string, unknown> = {}) => {
    cases.push({ name, milliseconds: m.milliseconds, goalMilliseconds: goal, peakRssMb: m.peakRssMb, detail });
    log(`${name}: ${m.milliseconds} ms${goal ? ` (goal ${goal} ms)` : ""}, peak RSS ${m.peakRssMb} MB ${JSON.stringify(detail)}`);
  };
  try {
    const mp = { metric: "TRX", period: PERIOD };
    await driver.executeQuery("MATCH (r:RollupRun) DETACH DELETE r");
    const first = await measured(() => materializeRollups(driver, mp));
    add("roll-ups: full materialization, first (creates every roll-up)", first, 5_000, {
      ...first.result.milliseconds,
      written: first.result.written,
      conservation: first.result.conservation.ok,
    });
    const again = await measured(() => materializeRollups(driver, mp));
    add("roll-ups: full materialization, again", again, 5_000, { ...again.result.milliseconds, written: again.result.written });

    const refreshes: number[] = [];
    for (let i = 0; i < 20; i++) refreshes.push(await reassignAndRefresh(driver, i));
    add(
      "roll-ups: incremental refresh after one reassignment (median of 20)",
      { milliseconds: median(refreshes), peakRssMb: Math.round(process.memoryUsage().rss / 2 ** 20) },
      50,
      { all: refreshes },
    );

    const { records: big } = await driver.executeQuery(
      "MATCH (o:Organization)<-[:AFFILIATED_WITH]-(a:Account) RETURN o.id AS id, count(a) AS accounts ORDER BY accounts DESC LIMIT 1",
    );
    const org = big[0]!.get("id") as string;
    const asOfRuns: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      await driver.executeQuery(ROLLUPS_AS_OF, { ids: [org], ...mp, asOf: "2026-01-15" });
      asOfRuns.push(Math.round(performance.now() - started));
    }
    add(
      "roll-ups: as-of roll-up of the largest organization (median of 10)",
      { milliseconds: median(asOfRuns), peakRssMb: Math.round(process.memoryUsage().rss / 2 ** 20) },
      200,
      { organization: org, accounts: Number(big[0]!.get("accounts")), all: asOfRuns },
    );

    const loaded = await measured(() => loadInfluence(driver, mp));
    const g = loaded.result.graph;
    add("PageRank: loading HCPs and INFLUENCES edges from Neo4j", loaded, null, {
      hcps: g.ids.length,
      edges: g.influenced.length,
      loadHcpsMs: loaded.result.milliseconds.hcps,
      loadEdgesMs: loaded.result.milliseconds.edges,
    });
    const computed = await measured(async () => pageRank(g));
    add("PageRank: in-process compute", computed, 3_000, { iterations: computed.result.iterations, change: computed.result.change });
    const igraph = igraphSeconds(g);
    cases.push({
      name: "PageRank: python-igraph (prpack) on the same edges",
      milliseconds: igraph.ms ?? -1,
      goalMilliseconds: null,
      peakRssMb: 0,
      detail: igraph,
    });
    log(`python-igraph: ${JSON.stringify(igraph)}`);
    const influence = await measured(() => recomputeInfluence(driver, mp, { actor: "bench" }));
    add(
      "influence: recompute end to end (load, PageRank, percentile, reach, network value, write-back)",
      influence,
      null,
      influence.result.milliseconds,
    );

    const saved = await saveDraft(driver, benchModel(), "bench");
    const rescored = await measured(() => activateVersion(driver, saved.name, saved.version, "bench"));
    add("scoring: rescore 1M HCPs with a 6-component model (load, score, store)", rescored, 30_000, {
      hcps: rescored.result.subjects,
      counts: rescored.result.counts,
    });
    for (const model of [benchAccountModel(), benchOrganizationModel()]) {
      const draft = await saveDraft(driver, model, "bench");
      const scored = await measured(() => activateVersion(driver, draft.name, draft.version, "bench"));
      add(`scoring: score every ${model.subject} with ${model.description}`, scored, null, {
        subjects: scored.result.subjects,
        counts: scored.result.counts,
      });
    }
    return {
      suite: "analytics",
      scale: "us",
      at: new Date().toISOString(),
      heap: process.env.NEO4J_LOCAL_HEAP,
      pageCache: process.env.NEO4J_LOCAL_PAGECACHE,
      cases,
    };
  } finally {
    await driver.close();
  }
}

/** Moves one HCP's primary affiliation to another account, then refreshes; returns the refresh time. */
async function reassignAndRefresh(driver: Driver, i: number): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (h:HCP)-[e:AFFILIATED_WITH]->(a:Account) WHERE e.validTo IS NULL
     WITH h, e, a SKIP $skip LIMIT 1
     CALL (h, a) {
       MATCH (other:Account) WHERE other <> a AND NOT (h)-[:AFFILIATED_WITH]->(other) RETURN other LIMIT 1
     }
     SET e.validTo = date() - duration('P1D')
     CREATE (h)-[:AFFILIATED_WITH {id: 'BENCH-' + randomUUID(), weight: e.weight, primary: e.primary, type: e.type, validFrom: date(), version: 1}]->(other)
     RETURN a.id AS from, other.id AS to`,
    { skip: neo4j.int(1000 * i) },
  );
  const r = records[0];
  if (!r) throw new Error(`No open HCP affiliation to reassign after skipping ${1000 * i}: seed a larger scale.`);
  const started = performance.now();
  await refreshRollups(driverRunner(driver), [r.get("from") as string, r.get("to") as string]);
  return Math.round(performance.now() - started);
}

/** Times python-igraph on the reversed edges; skipped with a reason when Python or igraph is missing. */
function igraphSeconds(g: { ids: string[]; rowStart: Int32Array; influenced: Int32Array; weight: Float64Array }): {
  ms?: number;
  skipped?: string;
  sum?: number;
} {
  const m = g.influenced.length;
  const buffer = Buffer.alloc(8 + 16 * m);
  buffer.writeInt32LE(g.ids.length, 0);
  buffer.writeInt32LE(m, 4);
  let e = 0;
  for (let v = 0; v < g.ids.length; v++) {
    for (let k = g.rowStart[v]!; k < g.rowStart[v + 1]!; k++, e++) {
      buffer.writeInt32LE(g.influenced[k]!, 8 + 4 * e); // reversed: influenced -> influencer
      buffer.writeInt32LE(v, 8 + 4 * m + 4 * e);
      buffer.writeDoubleLE(g.weight[k]!, 8 + 8 * m + 8 * e);
    }
  }
  const file = path.join(tmpdir(), `pagerank-edges-${process.pid}.bin`);
  writeFileSync(file, buffer);
  const run = spawnSync("python3", [path.join(REPO_ROOT, "bench", "pagerank", "igraph_pagerank.py"), file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.error) return { skipped: `python3 is not available (${run.error.message})` };
  if (run.status !== 0)
    return { skipped: `python-igraph failed or is missing (pip install python-igraph numpy): ${run.stderr.trim().split("\n").pop()}` };
  const out = JSON.parse(run.stdout.trim()) as { seconds: number; sum: number };
  return { ms: Math.round(out.seconds * 1000), sum: out.sum };
}

/** Accounts: a materialized roll-up, one computed in memory, two aggregates of their HCPs' influence, an attribute. */
function benchAccountModel() {
  return scoringModelSchema.parse({
    name: "benchaccounts",
    subject: "ACCOUNT",
    description: "5 components (TRx materialized, POTENTIAL computed, max percentile and summed reach of its HCPs, kind)",
    components: [
      {
        key: "trx",
        label: "TRx",
        source: { kind: "rollup", metric: "TRX", period: PERIOD },
        transform: { kind: "percentile" },
        weight: 0.35,
      },
      {
        key: "potential",
        label: "Potential",
        source: { kind: "rollup", metric: "POTENTIAL", period: PERIOD },
        transform: { kind: "minmax" },
        weight: 0.25,
      },
      {
        key: "kol",
        label: "Best HCP's influence percentile",
        source: { kind: "influence", measure: "influencePercentile", aggregate: "max" },
        transform: { kind: "minmax" },
        weight: 0.15,
      },
      {
        key: "reach",
        label: "Reach of its HCPs",
        source: { kind: "influence", measure: "reach", aggregate: "sum" },
        transform: { kind: "zscore", clip: 3 },
        weight: 0.15,
      },
      {
        key: "kind",
        label: "Site kind",
        source: { kind: "attribute", field: "kind" },
        transform: {
          kind: "bucket",
          buckets: [
            { equals: "HOSPITAL", value: 1 },
            { equals: "CLINIC", value: 0.6 },
            { equals: "PRACTICE", value: 0.3 },
          ],
        },
        weight: 0.1,
      },
    ],
    segmentation: { kind: "deciles" },
    flags: [{ flag: "STRATEGIC_OPPORTUNITY", when: { measure: "score", op: ">=", value: 80 } }],
  });
}

/** Organizations: a materialized roll-up and the mean influence percentile of every HCP below them. */
function benchOrganizationModel() {
  return scoringModelSchema.parse({
    name: "benchorganizations",
    subject: "ORGANIZATION",
    description: "3 components (TRx materialized, mean percentile of its HCPs, kind)",
    components: [
      {
        key: "trx",
        label: "TRx",
        source: { kind: "rollup", metric: "TRX", period: PERIOD },
        transform: { kind: "percentile" },
        weight: 0.6,
      },
      {
        key: "influence",
        label: "Mean influence percentile of its HCPs",
        source: { kind: "influence", measure: "influencePercentile", aggregate: "mean" },
        transform: { kind: "minmax" },
        weight: 0.3,
      },
      {
        key: "idn",
        label: "IDN",
        source: { kind: "attribute", field: "kind" },
        transform: { kind: "bucket", buckets: [{ equals: "IDN", value: 1 }] },
        weight: 0.1,
      },
    ],
    segmentation: { kind: "deciles" },
    flags: [],
  });
}
