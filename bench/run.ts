/**
 * `npm run bench [-- api|import|analytics|load|field|plans ...] [--runs 30] [--rows 1000000]`. Suites: `api`, read-path
 * latencies of the GraphQL API against the database in use and its seed; `import`, master-list
 * import throughput against Neo4j's LOAD CSV (bench/import-bench.ts); `analytics`, roll-ups,
 * PageRank (against python-igraph) and scoring at `us` scale (bench/analytics-bench.ts); `load`,
 * throughput and latency of the API process under a mixed read/write load at several numbers of
 * connections, and an RSS soak (bench/load-bench.ts; `--connections 10,50,200 --seconds 30
 * --soak-minutes 0 --soak-connections 50`); `field`, route quality and speed against OR-Tools
 * (bench/field-bench.ts); `plans`, call plans for every territory and a week plan at `us` scale
 * (bench/call-plan-bench.ts); `field-report`, field report latency on a region of a year (bench/field-report-bench.ts,
 * `--reps 100`); `activity-import`, activities import rows/s through the import CLI (bench/activity-import-bench.ts,
 * `--rows`, `--reps`); `experience`, customer-experience KPIs of every organization and of one at `us` scale
 * (bench/experience-bench.ts); `web`, the web app in headless Chromium: a 2,000-node hierarchy and a
 * 20,000-HCP influence view until interactive, zoom and pan frame times (bench/web-bench.ts,
 * `--web-runs 5`); `read-path`, an HCP detail read over GraphQL against the same read as hand-written Cypher
 * (bench/read-path-bench.ts, `--seconds`, `--read-connections 50`, `--repeats 3`). Results go to bench/results/<suite>-<timestamp>.json; docs/BENCHMARKS.md
 * records the numbers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureNeo4j, REPO_ROOT } from "@pharmagraph/neo4j-local";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { runApiBench } from "./api-bench.ts";
import { runActivityImportBench } from "./activity-import-bench.ts";
import { runExperienceBench } from "./experience-bench.ts";
import { runAnalyticsBench } from "./analytics-bench.ts";
import { runCallPlanBench } from "./call-plan-bench.ts";
import { runFieldBench } from "./field-bench.ts";
import { runFieldReportBench } from "./field-report-bench.ts";
import { runImportBench } from "./import-bench.ts";
import { runLoadBench } from "./load-bench.ts";
import { runReadPathBench } from "./read-path-bench.ts";
import { runWebBench } from "./web-bench.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "30" },
    rows: { type: "string", default: "1000000" },
    connections: { type: "string", default: "10,50,200" },
    seconds: { type: "string", default: "30" },
    "soak-minutes": { type: "string", default: "0" },
    "soak-connections": { type: "string", default: "50" },
    reps: { type: "string", default: "100" },
    "web-runs": { type: "string", default: "5" },
    "read-connections": { type: "string", default: "50" },
    repeats: { type: "string", default: "3" },
  },
});
const suites = positionals.length ? positionals : ["api"];

function save(suite: string, result: unknown): void {
  const dir = path.join(REPO_ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${suite}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`written ${path.relative(REPO_ROOT, file)}`);
}

/** Read latencies against the database in use (NEO4J_URI or the local server) and its seed. */
async function apiSuite(): Promise<void> {
  const driver = createDriver(await ensureNeo4j());
  try {
    await migrate(driver);
    const result = await runApiBench(driver, Number(values.runs));
    console.table(result.cases.map((c) => ({ case: c.name, role: c.role, p50_ms: c.p50, p95_ms: c.p95, rows: c.rows })));
    save("api", result);
  } finally {
    await driver.close();
  }
}

async function importSuite(): Promise<void> {
  const result = await runImportBench(Number(values.rows), (line) => console.error(line));
  console.table(
    result.cases.map((c) => ({
      case: c.name,
      rows: c.rows,
      seconds: Number(c.seconds.toFixed(1)),
      rows_per_s: c.rowsPerSecond,
      peak_rss_mb: c.peakRssMb,
    })),
  );
  save("import", result);
}

async function analyticsSuite(): Promise<void> {
  const result = await runAnalyticsBench((line) => console.error(line));
  console.table(result.cases.map((c) => ({ case: c.name, ms: c.milliseconds, goal_ms: c.goalMilliseconds, peak_rss_mb: c.peakRssMb })));
  save("analytics", result);
}

async function fieldSuite(): Promise<void> {
  const result = runFieldBench((line) => console.error(line));
  console.table(
    result.bySize.map((s) => ({
      stops: s.stops,
      mean_vs_ortools: s.meanRatio?.toFixed(4) ?? "-",
      worst_vs_ortools: s.worstRatio?.toFixed(4) ?? "-",
      our_max_ms: s.maxOurMs,
    })),
  );
  save("field", result);
}

async function loadSuite(): Promise<void> {
  const result = await runLoadBench({
    connections: values.connections.split(",").filter(Boolean).map(Number),
    seconds: Number(values.seconds),
    soakMinutes: Number(values["soak-minutes"]),
    soakConnections: Number(values["soak-connections"]),
    log: (line) => console.error(line),
  });
  console.table(
    result.levels.map((l) => ({
      connections: l.connections,
      req_s: l.requestsPerSecond,
      p50_ms: l.latencyMs.p50,
      p95_ms: l.latencyMs.p95,
      p99_ms: l.latencyMs.p99,
      errors: l.errors.non2xx + l.errors.graphql + l.errors.timeouts + l.errors.connection,
      writes_pct: Number((l.answeredShares.previewChange! + l.answeredShares.proposeChange!).toFixed(1)),
      valid: l.valid,
      cores_api: l.coresUsed.api,
      cores_neo4j: l.coresUsed.neo4j,
    })),
  );
  if (result.soak) {
    const { load, firstMinuteMeanMb, lastMinuteMeanMb, peakMb, rssGrowthPct, verdict } = result.soak;
    console.log(
      `soak: ${load.requestsPerSecond} req/s, p99 ${load.latencyMs.p99} ms, RSS ${firstMinuteMeanMb} -> ${lastMinuteMeanMb} MB (peak ${peakMb}), growth ${rssGrowthPct}% (${verdict.rule}: ${verdict.pass})`,
    );
  }
  save("load", result);
}

async function plansSuite(): Promise<void> {
  const result = await runCallPlanBench((line) => console.error(line));
  console.table([
    {
      case: "call plans, every territory",
      ms: result.generation.milliseconds,
      goal_ms: 60_000,
      plans: result.generation.plans,
      targets: result.generation.targets,
    },
    {
      case: "week plan, one rep (median of 5)",
      ms: result.weekPlan.medianMs,
      goal_ms: null,
      plans: result.weekPlan.plans,
      targets: result.weekPlan.visits,
    },
  ]);
  save("plans", result);
}

async function fieldReportSuite(): Promise<void> {
  const result = await runFieldReportBench({ runs: Number(values.runs), reps: Number(values.reps), log: (line) => console.error(line) });
  console.table(
    result.cases.map((c) => ({ case: c.name, p50_ms: c.p50, p95_ms: c.p95, max_ms: c.max, activities: c.activities, targets: c.targets })),
  );
  save("field-report", result);
}

async function activityImportSuite(): Promise<void> {
  const result = await runActivityImportBench({ rows: Number(values.rows), reps: Number(values.reps), log: (line) => console.error(line) });
  console.table(
    result.cases.map((c) => ({ case: c.name, rows: c.rows, seconds: c.seconds, rows_per_s: c.rowsPerSecond, peak_rss_mb: c.peakRssMb })),
  );
  save("activity-import", result);
}

async function experienceSuite(): Promise<void> {
  const result = await runExperienceBench({ runs: Number(values.runs), log: (line) => console.error(line) });
  console.table([
    { case: "every organization's KPIs (median of 3)", ms: result.table.medianMs, goal_ms: result.table.goalMs },
    { case: "one organization's KPIs with trend, p95", ms: result.organization.p95, goal_ms: result.organization.goalP95Ms },
  ]);
  save("experience", result);
}

async function webSuite(): Promise<void> {
  const driver = createDriver(await ensureNeo4j());
  try {
    await migrate(driver);
    const result = await runWebBench(driver, Number(values["web-runs"]), (line) => console.error(line));
    const frames = (f: { medianMs: number; p95Ms: number }) => `${f.medianMs} / ${f.p95Ms}`;
    console.table([
      {
        case: `hierarchy, ${result.hierarchy.nodes} nodes: interactive`,
        median_ms: result.hierarchy.medianMs,
        goal_ms: result.hierarchy.goalMs,
        frame_ms_median_p95: frames(result.hierarchy.zoomPan),
      },
      {
        case: `influence, ${result.influence.hcps} HCPs, level of detail: interactive`,
        median_ms: result.influence.medianMs,
        goal_ms: null,
        frame_ms_median_p95: frames(result.influence.zoomPan),
      },
      {
        case: "influence, every group expanded",
        median_ms: result.influence.expandAll?.ms ?? null,
        goal_ms: null,
        frame_ms_median_p95: result.influence.expandAll ? frames(result.influence.expandAll.zoomPan) : "-",
      },
    ]);
    save("web", result);
  } finally {
    await driver.close();
  }
}

async function readPathSuite(): Promise<void> {
  const result = await runReadPathBench({
    seconds: Number(values.seconds),
    connections: Number(values["read-connections"]),
    repeats: Number(values.repeats),
    log: (line) => console.error(line),
  });
  const row = (read: string, r: { requestsPerSecond: number; p50: number; p95: number; cacheHitPct: number }, ratio: number | null) => ({
    read,
    req_per_s: r.requestsPerSecond,
    p50_ms: r.p50,
    p95_ms: r.p95,
    cache_hits_pct: r.cacheHitPct,
    ratio_to_cypher: ratio,
  });
  console.table([
    row("HCP detail, GraphQL, response cache off", result.graphqlCacheOff, result.graphqlCacheOff.throughputRatio),
    row("HCP detail, GraphQL, response cache on", result.graphqlCacheOn, result.graphqlCacheOn.throughputRatio),
    row("HCP detail, hand-written Cypher", result.cypher, null),
  ]);
  console.log(`goals: throughput ratio ${result.goals.throughputRatio}, GraphQL p95 ${result.goals.p95Ms} ms`);
  save("read-path", result);
}

const SUITES: Record<string, () => Promise<void>> = {
  api: apiSuite,
  import: importSuite,
  analytics: analyticsSuite,
  load: loadSuite,
  "read-path": readPathSuite,
  field: fieldSuite,
  plans: plansSuite,
  "field-report": fieldReportSuite,
  "activity-import": activityImportSuite,
  experience: experienceSuite,
  web: webSuite,
};
for (const suite of suites) {
  const run = SUITES[suite];
  if (!run) throw new Error(`unknown suite ${suite}; available: ${Object.keys(SUITES).join(", ")}`);
  await run();
}
