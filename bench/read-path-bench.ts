/**
 * `npm run bench -- read-path [--seconds 30] [--read-connections 50] [--repeats 3]`: the GraphQL read path
 * against its reference in the same run. An HCP detail read (bench/read-path/hcp-detail.ts) as a
 * KAM over HTTP to the API process (NODE_ENV=production, its own process), and the same read as
 * hand-written Cypher through the driver behind a bare HTTP server in a process of its own
 * (bench/read-path/cypher-server.ts). Both answers are checked equal first; then each is loaded
 * by autocannon at `--read-connections` for `--seconds`, alternating, `--repeats` times. Reported: the
 * median throughput of each, their ratio (goal 0.8 or better) and the latencies (goal p95 under
 * 50 ms), on the `demo` seed.
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
import { startApiProcess, startServerProcess } from "./api-process.ts";
import { percentile } from "./percentile.ts";
import { cpuSeconds } from "./proc-stats.ts";
import { HCP_DETAIL_GRAPHQL } from "./read-path/hcp-detail.ts";

export interface ReadPathOptions {
  seconds: number;
  connections: number;
  repeats: number;
  log: (line: string) => void;
}

interface Target {
  name: "graphql" | "cypher";
  url: string;
  pid: number;
  headers: Record<string, string>;
  body: (id: string) => string;
}

interface RunResult {
  target: Target["name"];
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
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
  const path = target.name === "graphql" ? "/graphql" : "/";
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

/** One autocannon run against `target`, each request for the next sampled HCP. */
async function load(target: Target, ids: string[], connections: number, seconds: number): Promise<RunResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
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
          path: target.name === "graphql" ? "/graphql" : "/",
          headers: target.headers,
          setupRequest: (request) => ({ ...request, body: target.body(ids[next++ % ids.length]!) }),
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors":[')) errors++;
          },
        },
      ]);
      client.on("response", (_status: number, _bytes: number, milliseconds: number) => latencies.push(milliseconds));
    },
  });
  const wall = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    requestsPerSecond: round1(latencies.length / result.duration),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    errors: errors + result.errors,
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

    const api = await startApiProcess(connection, TOKEN_SECRET);
    const reference = await startServerProcess(
      "bench/read-path/cypher-server.ts",
      { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
      /cypher reference listening on (\d+)/,
    );
    try {
      const graphql: Target = {
        name: "graphql",
        url: api.url,
        pid: api.pid,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: (id) => JSON.stringify({ query: HCP_DETAIL_GRAPHQL, variables: { id } }),
      };
      const cypher: Target = {
        name: "cypher",
        url: reference.url,
        pid: reference.pid,
        headers: { "content-type": "application/json" },
        body: (id) => JSON.stringify({ id }),
      };
      for (const id of ids.slice(0, CHECKED_IDS)) {
        const [a, b] = [await ask(graphql, id), await ask(cypher, id)];
        if (!isDeepStrictEqual(a, b)) throw new Error(`The answers differ for ${id}:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
      }
      say(`${CHECKED_IDS} HCPs read the same through both; warming up ${WARM_UP_SECONDS} s each`);
      await load(graphql, ids, 10, WARM_UP_SECONDS);
      await load(cypher, ids, 10, WARM_UP_SECONDS);

      const runs: RunResult[] = [];
      for (let rep = 1; rep <= options.repeats; rep++) {
        for (const target of [graphql, cypher]) {
          const run = await load(target, ids, options.connections, options.seconds);
          say(
            `rep ${rep} ${run.target}: ${run.requestsPerSecond} req/s, p50 ${run.p50} ms, p95 ${run.p95} ms, ${run.cores} cores, ${run.errors} errors`,
          );
          runs.push(run);
        }
      }
      const of = (name: Target["name"]) => runs.filter((r) => r.target === name);
      const summary = (name: Target["name"]) => ({
        requestsPerSecond: median(of(name).map((r) => r.requestsPerSecond)),
        p50: median(of(name).map((r) => r.p50)),
        p95: median(of(name).map((r) => r.p95)),
      });
      const g = summary("graphql");
      const c = summary("cypher");
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
        graphql: g,
        cypher: c,
        throughputRatio: Math.round((g.requestsPerSecond / c.requestsPerSecond) * 100) / 100,
        goals: { throughputRatio: 0.8, p95Ms: 50 },
        runs,
      };
    } finally {
      await api.stop();
      await reference.stop();
    }
  } finally {
    await driver.close();
  }
}
