/**
 * `npm run bench -- field-report [--runs 30] [--reps 100]`: field report latency on a region-sized
 * slice of `us` data, generated directly in Neo4j on a server of its own (`.neo4j-bench-report`,
 * reset afterwards unless BENCH_KEEP is set): `reps` reps covering two territories each, 300
 * subjects per territory (250 HCPs, 50 accounts), four quarterly cycles of 2027 with an approved
 * plan of 300 targets per territory each, and 40 activities per rep and working day (about 1M for
 * 100 reps). The facts are built by `rebuildFacts` (BENCH_KEEP keeps the server and reuses its region); then fieldReport runs in process through the
 * GraphQL app (parse, auth, resolvers, Neo4j) for a region over the year and other periods and scopes.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import neo4j, { type Driver } from "neo4j-driver";
import { home, resetLocalServer, startLocalServer } from "@pharmagraph/neo4j-local";
import { issueToken } from "../api/src/auth/token-issuer.ts";
import { createTokenVerifier } from "../api/src/auth/token-verifier.ts";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { rebuildFacts } from "../api/src/field/reporting/rebuild-facts.ts";
import { createGraphQLApp } from "../api/src/server/graphql-app.ts";
import { buildSchema } from "../api/src/server/schema.ts";
import { percentile } from "./percentile.ts";

const SECRET = "bench-secret-0123456789abcdefghijklmnop";
const P = "BR-";
const REGION = "BENCH-REGION";
const HCPS = 250;
const ACCOUNTS = 50;
const PER_DAY = 40;

/** Integer parameters as Neo4j integers: JavaScript numbers arrive as floats (and `toString(2.0)` is '2.0'). */
const asIntegers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));

async function autoCommit(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session();
  try {
    await session.run(query, asIntegers(params));
  } finally {
    await session.close();
  }
}

const TERRITORIES_AND_SUBJECTS = `
UNWIND range(0, $territories - 1) AS t
CALL (t) {
  CREATE (ter:Territory {id: $p + 'T' + toString(t), name: 'Bench territory ' + toString(t), region: $region})
  WITH ter
  CALL (ter, t) { UNWIND range(0, $hcps - 1) AS i CREATE (:HCP {id: $p + 'H' + toString(t) + '-' + toString(i), name: 'Hcp ' + toString(i)})-[:ALIGNED_TO]->(ter) }
  CALL (ter, t) { UNWIND range(0, $accounts - 1) AS i CREATE (:Account {id: $p + 'A' + toString(t) + '-' + toString(i), name: 'Account ' + toString(i)})-[:ALIGNED_TO]->(ter) }
} IN TRANSACTIONS OF 10 ROWS`;

const USERS = `
UNWIND range(0, $reps - 1) AS r
CREATE (u:User:Rep {id: $p + 'rep' + toString(r), name: 'Bench rep ' + toString(r), role: 'REP'})
WITH u, r
MATCH (t:Territory) WHERE t.id IN [$p + 'T' + toString(2 * r), $p + 'T' + toString(2 * r + 1)]
CREATE (u)-[:COVERS]->(t)
WITH count(*) AS done
CREATE (m:User {id: $p + 'manager', name: 'Bench manager', role: 'MANAGER'})
WITH m
MATCH (t:Territory {region: $region})
CREATE (m)-[:MANAGES]->(t)`;

const CYCLES = `
UNWIND range(0, 3) AS q
CREATE (:Cycle {id: $p + '2027-Q' + toString(q + 1), name: '2027-Q' + toString(q + 1), startDate: date({year: 2027, month: 3 * q + 1, day: 1}),
  endDate: date({year: 2027, month: 3 * q + 1, day: 1}) + duration({months: 3}) - duration({days: 1}), workingDays: 65})`;

const PLANS = `
MATCH (c:Cycle) WHERE c.id STARTS WITH $p
MATCH (t:Territory {region: $region})
CALL (c, t) {
  CREATE (p:CallPlan {id: c.id + '|' + t.id, cycleId: c.id, territoryId: t.id, status: 'APPROVED', model: 'bench', modelVersion: 1,
    frequencies: '{"A":6,"B":3,"C":1}', callsPerDay: 8, capacity: 520, plannedCalls: 0, targetCount: 300, version: 1})
  CREATE (p)-[:FOR_CYCLE]->(c), (p)-[:FOR_TERRITORY]->(t)
  WITH p, t
  MATCH (s)-[:ALIGNED_TO]->(t)
  WITH p, s, CASE WHEN toInteger(split(s.id, '-')[-1]) % 10 < 2 THEN 'A' WHEN toInteger(split(s.id, '-')[-1]) % 10 < 5 THEN 'B' ELSE 'C' END AS segment
  CREATE (p)-[:HAS_TARGET]->(:Target {id: p.id + '|' + s.id, planId: p.id, cycleId: p.cycleId, territoryId: p.territoryId, subjectId: s.id,
    subjectKind: CASE WHEN s:HCP THEN 'HCP' ELSE 'ACCOUNT' END, segment: segment, score: 0.5,
    plannedCalls: CASE segment WHEN 'A' THEN 6 WHEN 'B' THEN 3 ELSE 1 END, origin: 'GENERATED', active: true})-[:TARGETS]->(s)
} IN TRANSACTIONS OF 5 ROWS`;

/** 40 activities per rep and working day of 2027, with the subjects of the rep's two territories; some late, some incomplete. */
const ACTIVITIES = `
UNWIND range(0, $reps - 1) AS r
CALL (r) {
  UNWIND range(0, 364) AS dd
  WITH r, dd, date('2027-01-01') + duration({days: dd}) AS day
  WHERE day.dayOfWeek <= 5
  UNWIND range(0, $perDay - 1) AS k
  WITH r, dd, day, k, (r * 7919 + dd * 104729 + k * 1299709) % ($hcps + $accounts) AS s, 2 * r + k % 2 AS t
  WITH r, day, k, s, t, (r + dd + k) % 20 AS c,
    datetime({date: day, hour: 8 + k % 10, minute: (k * 7) % 60, timezone: '-05:00'}) AS startedAt
  CREATE (a:Activity {id: $p + 'rep' + toString(r) + '|' + toString(day) + '-' + toString(k), repId: $p + 'rep' + toString(r),
    channel: CASE WHEN c < 8 THEN 'VISIT' WHEN c < 11 THEN 'PHONE' WHEN c < 13 THEN 'REMOTE_CALL' ELSE 'EMAIL' END,
    hcpId: CASE WHEN s < $hcps THEN $p + 'H' + toString(t) + '-' + toString(s) END,
    accountId: CASE WHEN s >= $hcps THEN $p + 'A' + toString(t) + '-' + toString(s - $hcps) END,
    startedAt: startedAt, durationMinutes: 15 + k % 30, outcome: CASE WHEN (k * 7 + r) % 10 < 8 THEN 'COMPLETED' ELSE 'NOT_MET' END,
    products: CASE WHEN k % 17 = 0 THEN [] ELSE ['Cardiozen'] END, keyMessages: ['once daily'], activations: '[]',
    createdAt: startedAt + duration({hours: CASE WHEN k % 13 = 0 THEN 50 ELSE 3 END}), version: 1})
  WITH a
  CALL (a) { MATCH (h:HCP {id: a.hcpId}) CREATE (a)-[:WITH]->(h) }
  CALL (a) { MATCH (acc:Account {id: a.accountId}) CREATE (a)-[:AT]->(acc) }
} IN TRANSACTIONS OF 1 ROWS`;

export interface RegionSlice {
  /** Id prefix of everything generated. */
  p: string;
  region: string;
  reps: number;
  territories: number;
  hcps: number;
  accounts: number;
}

/** A region's territories (each with its HCPs and accounts), its reps covering two territories each, and a manager of them all. */
export async function generateRegion(driver: Driver, reps: number): Promise<RegionSlice> {
  const slice = { p: P, region: REGION, reps, territories: 2 * reps, hcps: HCPS, accounts: ACCOUNTS };
  await autoCommit(driver, TERRITORIES_AND_SUBJECTS, { ...slice });
  await autoCommit(driver, USERS, { ...slice });
  return slice;
}

const KEPT_REPS = `MATCH (u:User:Rep) WHERE u.id STARTS WITH $p RETURN count(u) AS reps`;

const COUNTS = `
CALL () { MATCH (a:Activity) RETURN count(a) AS activities }
CALL () { MATCH (t:Target) RETURN count(t) AS targets }
CALL () { MATCH (f:RepDayFact) RETURN count(f) AS repDayFacts }
CALL () { MATCH (f:SubjectCallFact) RETURN count(f) AS subjectFacts }
RETURN activities, targets, repDayFacts, subjectFacts`;

const REPORT = `query($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {
  fieldReport(scope: $scope, id: $id, from: $from, to: $to) {
    kpis { activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets frequencyAttainment coverage reportedWithin24h missingRequiredFields }
    bySegment { segment kpis { targets reach frequencyAttainment } }
    byWeek { weekStart kpis { calls reach frequencyAttainment } }
    byRep { repId lateReports kpis { calls callsPerDay frequencyAttainment } }
  }
}`;

export interface ReportBenchCase {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** The first run, which builds the plan facts the case needs and no earlier case built. */
  first: number;
  /** The machine's 1-minute load average after the runs (2 cores; other work shares them). */
  loadAverage: number;
  activities: number;
  targets: number;
}

export async function runFieldReportBench(opts: { runs: number; reps: number; log: (line: string) => void }) {
  process.env.NEO4J_LOCAL_HEAP ??= "4g";
  process.env.NEO4J_LOCAL_PAGECACHE ??= "2g";
  const h = home(".neo4j-bench-report");
  // BENCH_KEEP keeps the server afterwards, and a kept region of the same size is reused as it is.
  if (!process.env.BENCH_KEEP) await resetLocalServer(h);
  const server = await startLocalServer(h, opts.log);
  const driver = createDriver(server);
  const { log, reps } = opts;
  const territories = 2 * reps;
  const timed = async (what: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    const seconds = (performance.now() - started) / 1000;
    log(`${what}: ${seconds.toFixed(1)} s`);
    return seconds;
  };
  try {
    await migrate(driver);
    const params = { p: P, region: REGION, territories, reps, hcps: HCPS, accounts: ACCOUNTS, perDay: PER_DAY };
    const kept = Number((await driver.executeQuery(KEPT_REPS, { p: P })).records[0]!.get("reps"));
    if (kept !== 0 && kept !== reps) throw new Error(`the kept region has ${kept} reps, not ${reps}: run without BENCH_KEEP to reset it`);
    const generation = kept
      ? null
      : {
          region: await timed("territories, subjects and reps", () => generateRegion(driver, reps)),
          plans: await timed("cycles, plans, targets", async () => {
            await autoCommit(driver, CYCLES, params);
            await autoCommit(driver, PLANS, params);
          }),
          activities: await timed("activities", () => autoCommit(driver, ACTIVITIES, params)),
        };
    if (!generation) log(`reusing the kept region of ${reps} reps`);
    // Every run starts without plan facts, so the first run of the first case measures building them.
    await autoCommit(driver, "MATCH (pf:PlanFact) CALL (pf) { DETACH DELETE pf } IN TRANSACTIONS OF 1000 ROWS");
    const rebuild = generation ? await rebuildFacts(driver, { batchSize: 1_000 }) : null;
    if (rebuild)
      log(`facts rebuilt: ${rebuild.repDays} rep-days, ${rebuild.subjects} subjects in ${(rebuild.milliseconds / 1000).toFixed(1)} s`);
    const counts = (await driver.executeQuery(COUNTS)).records[0]!.toObject() as Record<string, unknown>;
    const sizes = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));
    log(`sizes: ${JSON.stringify(sizes)}`);

    const auth = { kind: "secret", secret: SECRET, devLogin: false } as const;
    const app = createGraphQLApp(await buildSchema(driver, auth), driver, createTokenVerifier(auth));
    const managerToken = await issueToken(
      { sub: `${P}manager`, role: "MANAGER", territories: Array.from({ length: territories }, (_, t) => `${P}T${t}`) },
      SECRET,
    );
    const repToken = await issueToken({ sub: `${P}rep0`, role: "REP", territories: [`${P}T0`, `${P}T1`] }, SECRET);
    const cases: ReportBenchCase[] = [];
    const measure = async (name: string, token: string, variables: Record<string, unknown>) => {
      const times: number[] = [];
      let first = 0;
      let last: any;
      for (let i = 0; i < opts.runs + 3; i++) {
        const started = performance.now();
        const res = await app.fetch("http://bench/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: REPORT, variables }),
        });
        last = await res.json();
        if (last.errors) throw new Error(`${name}: ${JSON.stringify(last.errors)}`);
        if (i === 0) first = performance.now() - started;
        if (i >= 3) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const k = last.data.fieldReport.kpis;
      const c = {
        name,
        runs: opts.runs,
        p50: Math.round(percentile(times, 50)),
        p95: Math.round(percentile(times, 95)),
        max: Math.round(times.at(-1)!),
        first: Math.round(first),
        loadAverage: Number(os.loadavg()[0]!.toFixed(1)),
        activities: k.activities,
        targets: k.targets,
      };
      cases.push(c);
      log(
        `${name}: p50 ${c.p50} ms, p95 ${c.p95} ms, first ${c.first} ms (${c.activities} activities, ${c.targets} targets, reach ${k.reach?.toFixed(3)})`,
      );
    };
    await measure("region, year 2027 (four whole cycles)", managerToken, {
      scope: "REGION",
      id: REGION,
      from: "2027-01-01",
      to: "2028-01-01",
    });
    await measure("region, 2027-02-15..2027-11-15 (cycles cut at both ends)", managerToken, {
      scope: "REGION",
      id: REGION,
      from: "2027-02-15",
      to: "2027-11-15",
    });
    await measure("region, cycle to date 2027-04-01..2027-05-15", managerToken, {
      scope: "REGION",
      id: REGION,
      from: "2027-04-01",
      to: "2027-05-15",
    });
    await measure("territory, year", managerToken, { scope: "TERRITORY", id: `${P}T0`, from: "2027-01-01", to: "2028-01-01" });
    await measure("rep (own, as REP), year", repToken, { scope: "REP", from: "2027-01-01", to: "2028-01-01" });
    return {
      suite: "field-report",
      reps,
      territories,
      sizes,
      generationSeconds: generation,
      factRebuild: rebuild,
      heap: process.env.NEO4J_LOCAL_HEAP,
      pageCache: process.env.NEO4J_LOCAL_PAGECACHE,
      at: new Date().toISOString(),
      cases,
    };
  } finally {
    await driver.close();
    if (!process.env.BENCH_KEEP) await resetLocalServer(h);
  }
}
