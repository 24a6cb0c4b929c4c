/**
 * `npm run bench -- import [--rows 1000000]`: master-list import throughput and memory. Generates
 * files of `rows` HCPs and `rows` HCP -> account affiliations, imports them with the import CLI
 * (a child process, as users run it; partial and all-or-nothing, new rows and an unchanged
 * re-import), and, in the same run on the same server, loads equal files with Neo4j's own
 * `LOAD CSV ... IN TRANSACTIONS` as the reference. All-or-nothing runs on at most 200k rows
 * (one transaction holds the whole file). Runs on a server of its own
 * (`.neo4j-bench-import`, reset afterwards; heap NEO4J_LOCAL_HEAP, default 6g here because an
 * all-or-nothing import holds the whole file in one transaction).
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { home, REPO_ROOT, resetLocalServer, startLocalServer } from "@pharmagraph/neo4j-local";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";

export interface ImportBenchCase {
  name: string;
  tool: "import CLI" | "LOAD CSV";
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number | null;
  outcome: string;
}

/** Largest all-or-nothing file measured: 1M rows exceed 4.2 GB of transaction memory with a 6 GB heap. */
const ATOMIC_ROWS = 200_000;
const HCP_HEADER = "id,first_name,last_name,credential,specialty,city,state,zip,lat,lon,npi";
const AFF_HEADER = "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source";
const SPECIALTIES = ["Cardiology", "Oncology", "Family Medicine", "Internal Medicine", "Endocrinology", "Neurology"];

async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join("\n")}\n`);
  out.end();
  await finished(out);
}

const hcpLine = (prefix: string) => (i: number) =>
  `${prefix}H${i},Ann,Lee${i % 997},MD,${SPECIALTIES[i % SPECIALTIES.length]},Austin,TX,${String(73301 + (i % 2000)).padStart(5, "0")},${(30 + (i % 1000) / 1000).toFixed(4)},${(-97 - (i % 1000) / 1000).toFixed(4)},${1_000_000_000 + i}`;
const affiliationLine = (prefix: string, accounts: number) => (i: number) =>
  `${prefix}H${i},BX-A${i % accounts},1,true,ATTENDING,,2024-01-01,,`;

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; summary: any }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // As `npm run import` runs it: with a 768 MB heap, so memory stays bounded.
    const child = spawn("npm", ["run", "-s", "import", "--", ...args, "--json"], {
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

const LOAD_HCPS = `
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MERGE (h:HCP {id: r.id})
  SET h.firstName = r.first_name, h.lastName = r.last_name, h.name = r.last_name + ', ' + r.first_name + ' ' + r.credential,
      h.credential = r.credential, h.specialty = r.specialty, h.city = r.city, h.state = r.state, h.zip = r.zip,
      h.lat = toFloat(r.lat), h.lon = toFloat(r.lon), h.npi = r.npi
} IN TRANSACTIONS OF 10000 ROWS`;

const LOAD_AFFILIATIONS = `
LOAD CSV WITH HEADERS FROM $url AS r
CALL (r) {
  MATCH (c:HCP {id: r.child_id})
  MATCH (p:Account {id: r.parent_id})
  MERGE (c)-[e:AFFILIATED_WITH {validFrom: date(r.valid_from)}]->(p)
  SET e.id = 'AFF-' + r.child_id, e.weight = toFloat(r.weight), e.primary = r.primary = 'true', e.type = r.type,
      e.source = 'MASTER_LIST', e.confidence = 1.0, e.version = 1
} IN TRANSACTIONS OF 10000 ROWS`;

async function loadCsv(driver: Driver, query: string, file: string): Promise<number> {
  const started = performance.now();
  const session = driver.session();
  try {
    await session.run(query, { url: `file:///${path.basename(file)}` });
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

export async function runImportBench(rows: number, log: (line: string) => void) {
  process.env.NEO4J_LOCAL_HEAP ??= "6g";
  process.env.NEO4J_LOCAL_PAGECACHE ??= "2g";
  const h = home(".neo4j-bench-import");
  await resetLocalServer(h);
  const server = await startLocalServer(h, log);
  const driver = createDriver(server);
  const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
  const cases: ImportBenchCase[] = [];
  const add = (c: Omit<ImportBenchCase, "rowsPerSecond">) => {
    const full = { ...c, rowsPerSecond: Math.round(c.rows / c.seconds) };
    cases.push(full);
    log(
      `${full.name}: ${full.rows} rows in ${full.seconds.toFixed(1)} s = ${full.rowsPerSecond} rows/s${full.peakRssMb ? `, peak RSS ${full.peakRssMb} MB` : ""} (${full.outcome})`,
    );
  };
  try {
    await migrate(driver);
    const file = (name: string) => path.join(h.import, name);
    const accounts = Math.max(10, Math.round(rows / 100));
    // One transaction holds an all-or-nothing file; Neo4j's transaction memory bounds its size.
    const atomicRows = Math.min(rows, ATOMIC_ROWS);
    log(`generating files of ${rows} rows in ${h.import}`);
    await writeLines(
      file("accounts.csv"),
      "id,name,kind,city,state,zip,lat,lon",
      accounts,
      (i) => `BX-A${i},Clinic ${i},CLINIC,Austin,TX,78701,30.2,-97.7`,
    );
    for (const [set, n] of [
      ["BP", rows],
      ["BA", atomicRows],
      ["BL", rows],
    ] as const) {
      await writeLines(file(`hcps-${set}.csv`), HCP_HEADER, n, hcpLine(`${set}-`));
      await writeLines(file(`affiliations-${set}.csv`), AFF_HEADER, n, affiliationLine(`${set}-`, accounts));
    }
    await runCli(["accounts", file("accounts.csv")], env);

    const cli = async (name: string, kind: string, f: string, mode: string, n = rows) => {
      const { seconds, summary } = await runCli([kind, f, "--mode", mode], env);
      add({ name, tool: "import CLI", rows: n, seconds, peakRssMb: summary.peakRssMb, outcome: `${summary.status}: ${summary.message}` });
    };
    await cli("hcps, partial, new", "hcps", file("hcps-BP.csv"), "partial");
    await cli("hcps, partial, unchanged re-import", "hcps", file("hcps-BP.csv"), "partial");
    await cli("hcps, all-or-nothing, new", "hcps", file("hcps-BA.csv"), "all-or-nothing", atomicRows);
    add({
      name: "hcps, LOAD CSV MERGE, new",
      tool: "LOAD CSV",
      rows,
      seconds: await loadCsv(driver, LOAD_HCPS, file("hcps-BL.csv")),
      peakRssMb: null,
      outcome: "reference",
    });
    await cli("affiliations, partial, new", "affiliations", file("affiliations-BP.csv"), "partial");
    await cli("affiliations, partial, unchanged re-import", "affiliations", file("affiliations-BP.csv"), "partial");
    await cli("affiliations, all-or-nothing, new", "affiliations", file("affiliations-BA.csv"), "all-or-nothing", atomicRows);
    add({
      name: "affiliations, LOAD CSV MERGE, new",
      tool: "LOAD CSV",
      rows,
      seconds: await loadCsv(driver, LOAD_AFFILIATIONS, file("affiliations-BL.csv")),
      peakRssMb: null,
      outcome: "reference",
    });
    return {
      suite: "import",
      rows,
      atomicRows,
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
