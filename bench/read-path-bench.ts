/**
 * `npm run bench -- read-path [--seconds 30] [--read-connections 50] [--repeats 3]`: the GraphQL read path
 * against its reference in the same run. An HCP detail read (bench/read-path/hcp-detail.ts) as a
 * KAM over HTTP to the API process (NODE_ENV=production, its own process), once with the response
 * cache off and once on (its production default), and the same read as hand-written Cypher
 * through the driver behind a bare HTTP server in a process of its own
 * (bench/read-path/cypher-server.ts). The answers are checked equal first; then each is loaded
 * by autocannon at `--read-connections` for `--seconds`, in turn, `--repeats` times. Reported: the
 * median throughput of each, their ratios to the reference (goal 0.8 or better), the latencies
 * (goal p95 under 50 ms) and the share of cache hits, on the `demo` seed.
 */
import { isDeepStrictEqual } from "node:util";
import os from "node:os";
import autocannon from "autocannon";
import { ensureNeo4j } from "@pharmagraph/neo4j-local";
import { Rng } from "@pharmagraph/seed/prng.ts";
import { issueToken } from "../api/src/auth/token-issuer.ts";
import { claimsFor, listUsers } from "../api/src/auth/user-directory.ts";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { ensureDemoData } from "../tools/demo-data.ts";
import { type ServerProcess, startApiProcess, startServerProcess } from "./api-process.ts";
import { type LatencySummary, latencySummary } from "./percentile.ts";
import { cpuSeconds } from "./proc-stats.ts";
import { HCP_DETAIL_GRAPHQL } from "./read-path/hcp-detail.ts";

export interface ReadPathOptions {
  seconds: number;
  connections: number;
  repeats: number;
  log: (line: string) => void;
}

interface Target {
  name: "graphql, cache off" | "graphql, cache on" | "cypher";
  url: string;
  pid: number;
  headers: Record<string, string>;
  body: (id: string) => string;
}

interface RunResult extends LatencySummary {
  target: Target["name"];
  requestsPerSecond: number;
  errors: number;
  /** Percent of the answers the response cache gave (X-Response-Cache: hit). */
  cacheHitPct: number;
  /** CPU cores the serving process used on average during the run. */
  cores: number;
}

const TOKEN_SECRET = "read-path-bench-secret-0123456789abcdef";
const SAMPLE_IDS = 2_000;
const CHECKED_IDS = 25;
const WARM_UP_SECONDS = 5;
const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function ask(target: Target, id: string): Promise<unknown> {
  const path = target.name === "cypher" ? "/" : "/graphql";
  const response = await fetch(target.url + path, { method: "POST", headers: target.headers, body: target.body(id) });
  const answer = (await response.json()) as {
    data?: { hcps: { accountsConnection: { edges: { node: { id: string } }[] } }[] };
    errors?: unknown;
  };
  if (!response.ok || answer.errors || !answer.data)
    throw new Error(`${target.name} answered ${response.status}: ${JSON.stringify(answer)}`);
  // Edge order is not part of the answer: compare them sorted.
  for (const h of answer.data.hcps) h.accountsConnection.edges.sort((a, b) => a.node.id.localeCompare(b.node.id));
  return answer.data;
}

/** The X-Response-Cache header among autocannon's response headers (names as the server sent them). */
function cacheHeader(headers: unknown): string | undefined {
  const entry = Object.entries((headers ?? {}) as Record<string, unknown>).find(([name]) => name.toLowerCase() === "x-response-cache");
  return entry === undefined ? undefined : String(entry[1]);
}

/** One autocannon run against `target`, each request for the next sampled HCP. */
async function load(target: Target, ids: string[], connections: number, seconds: number): Promise<RunResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let hits = 0;
  const cpuBefore = cpuSeconds(target.pid);
  const started = performance.now();
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 30,
    setupClient(client) {
      client.setRequests([
        {
          method: "POST",
          path: target.name === "cypher" ? "/" : "/graphql",
          headers: target.headers,
          setupRequest: (request) => ({ ...request, body: target.body(ids[next++ % ids.length]!) }),
          onResponse: (status, body, _context, headers) => {
            if (status !== 200 || body.includes('"errors":[')) errors++;
            if (cacheHeader(headers) === "hit") hits++;
          },
        },
      ]);
      client.on("response", (_status: number, _bytes: number, milliseconds: number) => latencies.push(milliseconds));
    },
  });
  const wall = (performance.now() - started) / 1000;
  return {
    target: target.name,
    requestsPerSecond: round1(latencies.length / result.duration),
    ...latencySummary(latencies),
    errors: errors + result.errors,
    cacheHitPct: round1((hits / Math.max(1, latencies.length)) * 100),
    cores: round1((cpuSeconds(target.pid) - cpuBefore) / wall),
  };
}

export async function runReadPathBench(options: ReadPathOptions) {
  const say = options.log;
  const connection = await ensureNeo4j();
  const driver = createDriver(connection);
  try {
    await migrate(driver);
    await ensureDemoData(driver, say);
    const kam = (await listUsers(driver)).find((u) => u.role === "KAM");
    if (!kam) throw new Error("No KAM in the user directory: run `npm run seed -- --scale demo`.");
    const all = (await driver.executeQuery("MATCH (h:HCP) RETURN h.id AS id ORDER BY id")).records.map((r) => r.get("id") as string);
    const rng = new Rng(20_261_203);
    const ids = Array.from({ length: Math.min(SAMPLE_IDS, all.length) }, () => rng.pick(all));
    const token = await issueToken(claimsFor(kam), TOKEN_SECRET, { expiresIn: "2h" });

    const uncachedApi = await startApiProcess(connection, TOKEN_SECRET, { RESPONSE_CACHE_TTL_MS: "0" });
    const api = await startApiProcess(connection, TOKEN_SECRET);
    const reference = await startServerProcess(
      "bench/read-path/cypher-server.ts",
      { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
      /cypher reference listening on (\d+)/,
    );
    try {
      const graphqlTarget = (name: Target["name"], process: ServerProcess): Target => ({
        name,
        url: process.url,
        pid: process.pid,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: (id) => JSON.stringify({ query: HCP_DETAIL_GRAPHQL, variables: { id } }),
      });
      const uncached = graphqlTarget("graphql, cache off", uncachedApi);
      const graphql = graphqlTarget("graphql, cache on", api);
      const cypher: Target = {
        name: "cypher",
        url: reference.url,
        pid: reference.pid,
        headers: { "content-type": "application/json" },
        body: (id) => JSON.stringify({ id }),
      };
      const targets = [uncached, graphql, cypher];
      for (const id of ids.slice(0, CHECKED_IDS)) {
        const [expected, ...answers] = [await ask(cypher, id), await ask(uncached, id), await ask(graphql, id), await ask(graphql, id)];
        for (const answer of answers)
          if (!isDeepStrictEqual(answer, expected))
            throw new Error(`The answers differ for ${id}:\n${JSON.stringify(answer)}\n${JSON.stringify(expected)}`);
      }
      say(`${CHECKED_IDS} HCPs read the same all ways (the cached API twice); warming up ${WARM_UP_SECONDS} s each`);
      for (const target of targets) await load(target, ids, 10, WARM_UP_SECONDS);

      const runs: RunResult[] = [];
      for (let rep = 1; rep <= options.repeats; rep++) {
        for (const target of targets) {
          const run = await load(target, ids, options.connections, options.seconds);
          say(
            `rep ${rep} ${run.target}: ${run.requestsPerSecond} req/s, p50 ${run.p50} ms, p95 ${run.p95} ms, ${run.cacheHitPct}% cache hits, ${run.cores} cores, ${run.errors} errors`,
          );
          runs.push(run);
        }
      }
      const of = (name: Target["name"]) => runs.filter((r) => r.target === name);
      const summary = (name: Target["name"]) => ({
        requestsPerSecond: median(of(name).map((r) => r.requestsPerSecond)),
        p50: median(of(name).map((r) => r.p50)),
        p95: median(of(name).map((r) => r.p95)),
        cacheHitPct: median(of(name).map((r) => r.cacheHitPct)),
      });
      const c = summary("cypher");
      const ratio = (s: { requestsPerSecond: number }) => Math.round((s.requestsPerSecond / c.requestsPerSecond) * 100) / 100;
      const off = summary("graphql, cache off");
      const on = summary("graphql, cache on");
      return {
        suite: "read-path",
        at: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          loadAverage1m: round1(os.loadavg()[0]!),
        },
        options: { seconds: options.seconds, connections: options.connections, repeats: options.repeats, hcpsSampled: ids.length },
        graphqlCacheOff: { ...off, throughputRatio: ratio(off) },
        graphqlCacheOn: { ...on, throughputRatio: ratio(on) },
        cypher: c,
        goals: { throughputRatio: 0.8, p95Ms: 50 },
        runs,
      };
    } finally {
      await Promise.all([uncachedApi.stop(), api.stop(), reference.stop()]);
    }
  } finally {
    await driver.close();
  }
}
