/**
 * `npm run bench -- activity-import [--rows 1000000] [--reps 100]`: activities import throughput
 * end to end, as users run it (the import CLI in a child process, partial mode: validation pass,
 * batched writes that bring the reporting facts up to date per batch), on a server of its own
 * (`.neo4j-bench-activity-import`, reset afterwards unless BENCH_KEEP is set) holding a region
 * (bench/field-report-bench.ts: 2 territories per rep, 300 subjects each). The file spreads its
 * rows over the reps and the working days of 2027 in file order (as an export by date would);
 * then the same file again, which stores nothing new.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { home, REPO_ROOT, resetLocalServer, startLocalServer } from "@pharmagraph/neo4j-local";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { generateRegion, type RegionSlice } from "./field-report-bench.ts";

const HEADER = "rep_id,idempotency_key,channel,hcp_id,account_id,started_at,duration_minutes,outcome,products,key_messages,created_at";
const CHANNELS = ["VISIT", "VISIT", "VISIT", "PHONE", "REMOTE_CALL", "EMAIL"];

/** Working days of 2027 as ISO dates. */
const WORKING_DAYS = Array.from({ length: 365 }, (_, d) => new Date(Date.UTC(2027, 0, 1 + d)))
  .filter((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5)
  .map((d) => d.toISOString().slice(0, 10));

function activityLine(s: RegionSlice, i: number): string {
  const perDay = s.reps * 40;
  const day = WORKING_DAYS[Math.floor(i / perDay) % WORKING_DAYS.length]!;
  const r = i % s.reps;
  const t = 2 * r + (i % 2);
  // Independent of the rep: every subject of the rep's territories comes up, about 13 calls each a year.
  const subject = (Math.floor(i / s.reps) * 7919 + r * 104729) % (s.hcps + s.accounts);
  const hcp = subject < s.hcps ? `${s.p}H${t}-${subject}` : "";
  const account = subject >= s.hcps ? `${s.p}A${t}-${subject - s.hcps}` : "";
  const hour = String(8 + (i % 10)).padStart(2, "0");
  const late = i % 13 === 0;
  return [
    `${s.p}rep${r}`,
    `imp-${String(i).padStart(9, "0")}`,
    CHANNELS[i % CHANNELS.length],
    hcp,
    account,
    `${day}T${hour}:00:00-05:00`,
    15 + (i % 30),
    i % 10 < 8 ? "COMPLETED" : "NOT_MET",
    i % 17 === 0 ? "" : "Cardiozen",
    "once daily",
    late ? `${day}T23:59:00Z` : "",
  ].join(",");
}

async function writeFile(file: string, rows: number, s: RegionSlice): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(activityLine(s, i));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join("\n")}\n`);
  out.end();
  await finished(out);
}

function importCli(file: string, env: NodeJS.ProcessEnv): Promise<{ seconds: number; summary: any }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "import", "--", "activities", file, "--mode", "partial", "--json"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", () => {
      try {
        resolve({ seconds: (performance.now() - started) / 1000, summary: JSON.parse(out.trim().split("\n").pop()!) });
      } catch {
        reject(new Error(`import CLI printed no summary: ${out}`));
      }
    });
  });
}

export async function runActivityImportBench(opts: { rows: number; reps: number; log: (line: string) => void }) {
  process.env.NEO4J_LOCAL_HEAP ??= "3g";
  process.env.NEO4J_LOCAL_PAGECACHE ??= "2g";
  const h = home(".neo4j-bench-activity-import");
  await resetLocalServer(h);
  const server = await startLocalServer(h, opts.log);
  const driver = createDriver(server);
  const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
  try {
    await migrate(driver);
    const slice = await generateRegion(driver, opts.reps);
    const file = path.join(h.import, "activities.csv");
    await writeFile(file, opts.rows, slice);
    opts.log(`${opts.rows} rows written to ${file}`);
    const cases = [];
    for (const name of ["partial, new", "partial, unchanged re-import"]) {
      const { seconds, summary } = await importCli(file, env);
      const c = {
        name,
        rows: opts.rows,
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(opts.rows / seconds),
        peakRssMb: summary.peakRssMb ?? null,
        outcome: `${summary.status}: ${summary.message}`,
      };
      cases.push(c);
      opts.log(`${name}: ${c.rows} rows in ${c.seconds} s = ${c.rowsPerSecond} rows/s (${c.outcome})`);
    }
    const facts = (
      await driver.executeQuery(
        `CALL () { MATCH (f:RepDayFact) RETURN count(f) AS repDays } CALL () { MATCH (f:SubjectCallFact) RETURN count(f) AS subjects } RETURN repDays, subjects`,
      )
    ).records[0]!.toObject();
    return {
      suite: "activity-import",
      rows: opts.rows,
      reps: opts.reps,
      facts: { repDays: Number(facts.repDays), subjects: Number(facts.subjects) },
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
