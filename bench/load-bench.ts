/**
 * `npm run bench -- load [--connections 10,50,200] [--seconds 30] [--soak-minutes 10]
 * [--soak-connections 50]`: the API under a realistic request mix (bench/load-mix.ts) with
 * autocannon, at each number of concurrent connections, then optionally a soak that samples the
 * API's RSS every 10 s. The API runs as a separate process against the local database with the
 * `demo` seed (loaded and its roll-ups materialized when missing), so its RSS is its own and the
 * load generator does not share its event loop. Proposals are deleted afterwards.
 */
import os from "node:os";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { ensureNeo4j, home, runningServer } from "@pharmagraph/neo4j-local";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { requestLimitsFromEnv } from "../api/src/server/request-limits.ts";
import { ensureDemoData } from "../tools/demo-data.ts";
import { type ServerProcess, startApiProcess } from "./api-process.ts";
import { type LoadMix, MIX, type OperationName, type PreparedRequest, PROPOSAL_REASON, prepareLoadMix } from "./load-mix.ts";
import { type LatencySummary, latencySummary } from "./percentile.ts";
import { cpuSeconds, rssMb } from "./proc-stats.ts";
import { type RssSample, rssGrowth } from "./rss-growth.ts";

export interface LoadBenchOptions {
  connections: number[];
  seconds: number;
  soakMinutes: number;
  soakConnections: number;
  log: (line: string) => void;
}

export interface LevelResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Responses other than 2xx, 429s among them; GraphQL `errors` in 2xx answers; timeouts and socket errors. */
  errors: { non2xx: number; rateLimited: number; graphql: number; timeouts: number; connection: number };
  /** Percent of the answered requests per operation: slow operations still waiting when a level ends fall short of their share. */
  answeredShares: Record<string, number>;
  /** No error of any kind, and every operation's answered share within 2 points of the mix: only then is the level a measurement. */
  valid: boolean;
  statusCodes: Record<string, number>;
  errorSamples: string[];
  /** Per operation; `unfinished` were still waiting for their answer when the level ended (not in the latencies). */
  operations: Record<string, LatencySummary & { errors: number; unfinished: number }>;
  roles: Record<string, LatencySummary>;
  /** Mean previews and proposals per proposing user per minute, against the per-user limits. */
  perProposerPerMinute: { previews: number; proposals: number };
  /** CPU cores used on average by the API process, Neo4j and the load generator. */
  coresUsed: { api: number; neo4j: number | null; loadGenerator: number };
  apiRssMbAtEnd: number;
  loadAverage1m: number;
}

const TOKEN_SECRET = "load-bench-secret-0123456789abcdefghij";
const PREPARED_REQUESTS = 10_000;
const WARM_UP_SECONDS = 10;
const SOAK_SAMPLE_SECONDS = 10;
const SOAK_WARM_UP_SECONDS = 60;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The requests of all connections in turn, so every connection sends the whole mix as all users. */
class MixCursor {
  private next = 0;
  constructor(private readonly mix: LoadMix) {}
  take(): PreparedRequest {
    return this.mix.requests[this.next++ % this.mix.requests.length]!;
  }
}

function append<K>(lists: Map<K, number[]>, key: K, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Latencies and errors per operation, as the responses come in. */
class ResponseLog {
  readonly sent = new Map<OperationName, number>();
  readonly latencies = new Map<OperationName, number[]>();
  readonly roleLatencies = new Map<string, number[]>();
  readonly errors = new Map<OperationName, number>();
  readonly statusCodes: Record<string, number> = {};
  readonly errorSamples: string[] = [];
  graphqlErrors = 0;
  non2xx = 0;
  rateLimited = 0;

  recordBody(request: PreparedRequest, status: number, body: string): void {
    this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    // A JSON string cannot hold an unescaped quote, so this finds the top-level `errors` key only.
    const graphqlError = body.includes('"errors":[');
    if (status < 200 || status > 299) {
      this.non2xx++;
      if (status === 429) this.rateLimited++;
    } else if (graphqlError) {
      this.graphqlErrors++;
    }
    if (graphqlError || status < 200 || status > 299) {
      this.errors.set(request.operation, (this.errors.get(request.operation) ?? 0) + 1);
      if (this.errorSamples.length < 5) this.errorSamples.push(`${request.operation} as ${request.role}: ${status} ${body.slice(0, 300)}`);
    }
  }

  recordSent(request: PreparedRequest): void {
    this.sent.set(request.operation, (this.sent.get(request.operation) ?? 0) + 1);
  }

  recordLatency(request: PreparedRequest, milliseconds: number): void {
    append(this.latencies, request.operation, milliseconds);
    append(this.roleLatencies, request.role, milliseconds);
  }

  completed(): number {
    let n = 0;
    for (const list of this.latencies.values()) n += list.length;
    return n;
  }
}

/** One autocannon run; every connection takes the next request of the mix. */
function fire(url: string, cursor: MixCursor, connections: number, seconds: number, log: ResponseLog): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    // As long as the API's own Neo4j request timeout (NEO4J_REQUEST_TIMEOUT_MS), so a slow answer counts as slow, not as lost.
    timeout: 60,
    setupClient(client) {
      // Pipelining is 1: a connection's response always belongs to the request it sent last.
      let current: PreparedRequest;
      client.setRequests([
        {
          method: "POST",
          path: "/graphql",
          setupRequest: (request) => {
            current = cursor.take();
            log.recordSent(current);
            return { ...request, headers: current.headers, body: current.body };
          },
          onResponse: (status, body) => log.recordBody(current, status, body),
        },
      ]);
      client.on("response", (_status: number, _bytes: number, milliseconds: number) => log.recordLatency(current, milliseconds));
    },
  });
}

interface Processes {
  api: ServerProcess;
  neo4jPid: number | undefined;
}

function cpuNow(p: Processes) {
  return {
    api: cpuSeconds(p.api.pid),
    neo4j: p.neo4jPid === undefined ? null : cpuSeconds(p.neo4jPid),
    loadGenerator: process.cpuUsage(),
    at: performance.now(),
  };
}

async function runLevel(processes: Processes, mix: LoadMix, cursor: MixCursor, connections: number, seconds: number): Promise<LevelResult> {
  const log = new ResponseLog();
  const cpu = cpuNow(processes);
  const result = await fire(processes.api.url, cursor, connections, seconds, log);
  const wall = (performance.now() - cpu.at) / 1000;
  const generator = process.cpuUsage(cpu.loadGenerator);
  const neo4jCpu = processes.neo4jPid === undefined || cpu.neo4j === null ? null : cpuSeconds(processes.neo4jPid) - cpu.neo4j;
  const all = [...log.latencies.values()].flat();
  const count = (op: OperationName) => log.latencies.get(op)?.length ?? 0;
  const operations = Object.keys(MIX) as OperationName[];
  const answeredShares = Object.fromEntries(operations.map((op) => [op, round1((count(op) / Math.max(1, log.completed())) * 100)]));
  const perProposerPerMinute = (op: OperationName) => round1((count(op) / mix.proposers / result.duration) * 60);
  const errors = {
    non2xx: log.non2xx,
    rateLimited: log.rateLimited,
    graphql: log.graphqlErrors,
    timeouts: result.timeouts,
    connection: result.errors - result.timeouts,
  };
  return {
    connections,
    seconds: result.duration,
    requests: log.completed(),
    requestsPerSecond: round1(log.completed() / result.duration),
    latencyMs: latencySummary(all),
    errors,
    answeredShares,
    valid: Object.values(errors).every((n) => n === 0) && operations.every((op) => Math.abs(answeredShares[op]! - MIX[op]) <= 2),
    statusCodes: log.statusCodes,
    errorSamples: log.errorSamples,
    operations: Object.fromEntries(
      operations.map((op) => [
        op,
        {
          ...latencySummary(log.latencies.get(op) ?? []),
          errors: log.errors.get(op) ?? 0,
          unfinished: (log.sent.get(op) ?? 0) - count(op),
        },
      ]),
    ),
    roles: Object.fromEntries([...log.roleLatencies.entries()].map(([role, latencies]) => [role, latencySummary(latencies)])),
    perProposerPerMinute: { previews: perProposerPerMinute("previewChange"), proposals: perProposerPerMinute("proposeChange") },
    coresUsed: {
      api: round1((cpuSeconds(processes.api.pid) - cpu.api) / wall),
      neo4j: neo4jCpu === null ? null : round1(neo4jCpu / wall),
      loadGenerator: round1((generator.user + generator.system) / 1e6 / wall),
    },
    apiRssMbAtEnd: round1(rssMb(processes.api.pid)),
    loadAverage1m: round1(os.loadavg()[0]!),
  };
}

/** A soak at one level: the load of `runLevel` for `minutes`, with the API's RSS sampled every 10 s. */
async function soak(
  processes: Processes,
  mix: LoadMix,
  cursor: MixCursor,
  connections: number,
  minutes: number,
  say: (line: string) => void,
) {
  const samples: RssSample[] = [];
  const started = performance.now();
  const sample = () => {
    const atSeconds = Math.round((performance.now() - started) / 1000);
    samples.push({ atSeconds, rssMb: round1(rssMb(processes.api.pid)) });
    if (samples.length % (60 / SOAK_SAMPLE_SECONDS) === 1) say(`soak ${atSeconds} s: API RSS ${samples.at(-1)!.rssMb} MB`);
  };
  sample();
  const timer = setInterval(sample, SOAK_SAMPLE_SECONDS * 1000);
  try {
    const load = await runLevel(processes, mix, cursor, connections, minutes * 60);
    sample();
    return { connections, minutes, load, samples, ...rssGrowth(samples, SOAK_WARM_UP_SECONDS) };
  } finally {
    clearInterval(timer);
  }
}

/** Each distinct operation and role once, so a broken request fails the bench before any load. */
async function smokeTest(url: string, mix: LoadMix): Promise<void> {
  const seen = new Set<string>();
  for (const request of mix.requests) {
    const key = `${request.operation}/${request.role}/${JSON.parse(request.body).query.slice(0, 40)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: request.headers, body: request.body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors":[')) {
      throw new Error(`${request.operation} as ${request.userId} failed before any load: ${response.status} ${text.slice(0, 500)}`);
    }
  }
}

const BENCH_PROPOSALS = `MATCH (cr:ChangeRequest) WHERE cr.reason STARTS WITH $reason RETURN collect(cr.id) AS ids`;
const DELETE_PROPOSALS = `
OPTIONAL MATCH (e:OutboxEvent) WHERE e.changeRequestId IN $ids
DETACH DELETE e
WITH count(e) AS events
MATCH (cr:ChangeRequest) WHERE cr.id IN $ids
DETACH DELETE cr`;

/** Deletes the change requests the bench proposed and their outbox events; returns how many requests. */
async function deleteBenchProposals(driver: Driver): Promise<number> {
  const ids = (await driver.executeQuery(BENCH_PROPOSALS, { reason: PROPOSAL_REASON })).records[0]?.get("ids") as string[];
  for (let i = 0; i < ids.length; i += 1000) await driver.executeQuery(DELETE_PROPOSALS, { ids: ids.slice(i, i + 1000) });
  return ids.length;
}

export async function runLoadBench(options: LoadBenchOptions) {
  const { log: say } = options;
  if (options.soakMinutes > 0 && options.soakMinutes * 60 < SOAK_WARM_UP_SECONDS + 120) {
    throw new Error("--soak-minutes must be at least 3: a warm-up minute, then a first and a last minute to compare");
  }
  const connection = await ensureNeo4j();
  const driver = createDriver(connection);
  try {
    await migrate(driver);
    await ensureDemoData(driver, say);
    await deleteBenchProposals(driver);
    const mix = await prepareLoadMix(driver, TOKEN_SECRET, PREPARED_REQUESTS);
    const api = await startApiProcess(connection, TOKEN_SECRET);
    const processes: Processes = { api, neo4jPid: connection.source === "local" ? (await runningServer(home()))?.pid : undefined };
    try {
      const cursor = new MixCursor(mix);
      await smokeTest(api.url, mix);
      say(`API pid ${api.pid} at ${api.url}; warming up for ${WARM_UP_SECONDS} s`);
      await fire(api.url, cursor, 10, WARM_UP_SECONDS, new ResponseLog());
      const levels: LevelResult[] = [];
      for (const connections of options.connections) {
        say(`${connections} connections for ${options.seconds} s...`);
        const level = await runLevel(processes, mix, cursor, connections, options.seconds);
        say(`  ${level.requestsPerSecond} req/s, p50 ${level.latencyMs.p50} ms, p99 ${level.latencyMs.p99} ms, valid: ${level.valid}`);
        levels.push(level);
      }
      const soakResult =
        options.soakMinutes > 0 ? await soak(processes, mix, cursor, options.soakConnections, options.soakMinutes, say) : null;
      return {
        suite: "load",
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
        api: { nodeEnv: "production", limits: requestLimitsFromEnv() },
        mix: { shares: MIX, prepared: mix.requests.length, users: mix.users.length, period: mix.period },
        levels,
        soak: soakResult,
        proposalsDeleted: await deleteBenchProposals(driver),
      };
    } finally {
      await api.stop();
    }
  } finally {
    await driver.close();
  }
}
