/**
 * `npm run bench -- experience`: customer-experience KPIs at `us` scale (issue: customer
 * experience) on the shared `us` bench database (bench/us-scale.ts): NPS, CSAT, CRR and engagement
 * for every organization over the seed's year (goal: under 10 s for the full table) and one
 * organization's KPIs with their monthly trend (goal: p95 under 200 ms), both through the GraphQL
 * app in process as an ANALYST. A database seeded before the seed made touchpoints and answers
 * gets them first (the seed's own generator and load queries), then its experience lists.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { issueToken } from "../api/src/auth/token-issuer.ts";
import { createTokenVerifier } from "../api/src/auth/token-verifier.ts";
import { rebuildExperience } from "../api/src/experience/facts/experience-facts.ts";
import { createGraphQLApp } from "../api/src/server/graphql-app.ts";
import { buildSchema } from "../api/src/server/schema.ts";
import { DATASETS } from "../seed/src/datasets.ts";
import { LOAD_QUERIES } from "../seed/src/queries.ts";
import { SCALES } from "../seed/src/scales.ts";
import { loadDataset } from "../seed/src/seed-database.ts";
import { SeedPlan } from "../seed/src/seed-plan.ts";
import { percentile } from "./percentile.ts";
import { usScaleDriver } from "./us-scale.ts";

const SECRET = "experience-bench-secret-0123456789abcdef";
const RANGE = { from: "2026-01", to: "2026-11" };
const KPIS = `nps { score band responses low high } csat { score responses } engagement { rate delivered activated }
  retention { period crr }`;
const TABLE = `query($from: String!, $to: String!) {
  experienceTable(level: ORGANIZATION, from: $from, to: $to, limit: 500) { total rows { id name kpis { ${KPIS} } } } }`;
const ONE = `query($id: ID!, $from: String!, $to: String!) {
  experience(id: $id, from: $from, to: $to) { id kpis { ${KPIS} } trend { month nps { score responses } csat { score } engagement { rate } } } }`;

const COUNTS = `
RETURN COUNT { MATCH (:Touchpoint) } AS touchpoints, COUNT { MATCH (:Feedback) } AS feedback, COUNT { MATCH (:Activity) } AS activities,
  COUNT { MATCH (:CxValue) } AS lists, COUNT { MATCH (:Organization) } AS organizations`;

async function counts(driver: Driver): Promise<Record<string, number>> {
  const r = (await driver.executeQuery(COUNTS)).records[0]!.toObject() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
}

export interface ExperienceBenchResult {
  sizes: Record<string, number>;
  preparation: Record<string, number>;
  table: { runs: number[]; medianMs: number; goalMs: number; organizations: number };
  organization: { runs: number; p50: number; p95: number; max: number; goalP95Ms: number };
  loadAverage: number;
}

/** Touchpoints and answers of the seed's generator (same scale and seed as the bench database), then the lists. */
async function prepare(driver: Driver, log: (line: string) => void): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    seconds[name] = Math.round((performance.now() - started) / 100) / 10;
    log(`${name}: ${seconds[name]} s`);
  };
  const before = await counts(driver);
  if (before.touchpoints === 0) {
    const plan = new SeedPlan(SCALES.us, 42);
    for (const name of ["touchpoints", "feedback"] as const) {
      const dataset = DATASETS.find((d) => d.name === name)!;
      await timed(`load ${name}`, () =>
        loadDataset(driver, plan, dataset, LOAD_QUERIES[name].create, {
          batchSize: 10_000,
          concurrency: 2,
          onProgress: (_, done, total) => done % 100_000 < 500 && log(`${name}: ${done} / ${total} HCPs`),
        }),
      );
    }
  }
  if (before.touchpoints === 0 || before.lists === 0 || process.env.BENCH_REBUILD)
    await timed("rebuild experience lists", () => rebuildExperience(driver, log));
  return seconds;
}

export async function runExperienceBench(opts: { runs: number; log: (line: string) => void }): Promise<ExperienceBenchResult> {
  const { log } = opts;
  const driver = await usScaleDriver(log);
  try {
    const preparation = await prepare(driver, log);
    const sizes = await counts(driver);
    log(`sizes: ${JSON.stringify(sizes)}`);
    const auth = { kind: "secret", secret: SECRET, devLogin: false } as const;
    const app = createGraphQLApp(await buildSchema(driver, auth), driver, createTokenVerifier(auth));
    const token = await issueToken({ sub: "bench-analyst", role: "ANALYST", territories: [] }, SECRET);
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const res = await app.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms: performance.now() - started, data: body.data };
    };

    const tableRuns: number[] = [];
    let organizations = 0;
    for (let i = 0; i < 3; i++) {
      const r = await ask(TABLE, RANGE);
      tableRuns.push(Math.round(r.ms));
      organizations = r.data.experienceTable.total;
      log(`every organization's KPIs, ${RANGE.from}..${RANGE.to}: ${Math.round(r.ms)} ms (${organizations} organizations)`);
    }
    const ids = (await driver.executeQuery("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.id")).records.map(
      (r) => r.get("id") as string,
    );
    const times: number[] = [];
    for (let i = 0; i < opts.runs + 3; i++) {
      const r = await ask(ONE, { id: ids[(i * 7919) % ids.length], ...RANGE });
      if (i >= 3) times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    const organization = {
      runs: opts.runs,
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      max: Math.round(times.at(-1)!),
      goalP95Ms: 200,
    };
    log(`one organization's KPIs with trend: p50 ${organization.p50} ms, p95 ${organization.p95} ms (goal 200)`);
    const sorted = [...tableRuns].sort((a, b) => a - b);
    return {
      sizes,
      preparation,
      table: { runs: tableRuns, medianMs: sorted[1]!, goalMs: 10_000, organizations },
      organization,
      loadAverage: Number(os.loadavg()[0]!.toFixed(1)),
    };
  } finally {
    await driver.close();
  }
}
