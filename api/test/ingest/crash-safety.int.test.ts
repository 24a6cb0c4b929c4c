import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";
import { uniquePrefix } from "../../../test/db.ts";
import { runImport } from "../../src/ingest/run-import.ts";
import { killableNeo4j, type KillableNeo4j } from "../faults/killable-neo4j.ts";
import { useImportFixture } from "./use-import-fixture.ts";

const HCP_HEADER = "id,first_name,last_name,credential,specialty,city,state,zip,lat,lon";
const AFF_HEADER = "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function writeHcps(file: string, p: string, n: number): void {
  const lines = [HCP_HEADER];
  for (let i = 0; i < n; i++) lines.push(`${p}C${i},Ann,Lee${i},MD,Cardiology,Austin,TX,78701,30.2,-97.7`);
  writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Each HCP half to ACC1 and half to ACC2: two edges per HCP. */
function writeAffiliations(file: string, p: string, n: number, accounts = p): void {
  const lines = [AFF_HEADER];
  for (let i = 0; i < n; i++) {
    lines.push(
      `${p}C${i},${accounts}ACC1,0.5,true,ATTENDING,,2024-01-01,,`,
      `${p}C${i},${accounts}ACC2,0.5,false,CONSULTING,,2024-01-01,,`,
    );
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}

async function count(driver: Driver, cypher: string, p: string): Promise<number> {
  const res = await driver.executeQuery(cypher, { p });
  return res.records[0]!.get(0).toNumber();
}
const HCPS = "MATCH (h:HCP) WHERE h.id STARTS WITH $p + 'C' RETURN count(h)";
// The second test of a describe uses ids of its own (prefix + 'D'), so a surviving first import cannot leak into it.
const EDGES = "MATCH (h:HCP)-[e:AFFILIATED_WITH]->() WHERE h.id STARTS WITH $p + 'C' RETURN count(e)";
const DOUBLED =
  "MATCH (h:HCP)-[e:AFFILIATED_WITH]->(a) WHERE h.id STARTS WITH $p + 'C' WITH h, a, count(e) AS n WHERE n > 1 RETURN count(*)";

describe("crash safety when the import process dies", () => {
  const f = useImportFixture("ingkill");
  const N = 30_000;

  /** Runs the import CLI against the test database and SIGKILLs it once `ready` says so (given the CLI's stderr so far). */
  async function importKilledWhen(args: string[], ready: (stderr: string) => Promise<boolean>): Promise<void> {
    const db = inject("neo4j");
    const child = spawn("npx", ["tsx", "api/src/cli/import.ts", ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let killed = false;
    const deadline = Date.now() + 60_000;
    while (!killed && Date.now() < deadline) {
      if (await ready(stderr)) {
        process.kill(-child.pid!, "SIGKILL");
        killed = true;
      } else await sleep(50);
    }
    expect(killed).toBe(true);
    await exited;
  }

  it("all-or-nothing leaves nothing applied", async () => {
    const file = path.join(f.dir, `${f.p}aon.csv`);
    writeHcps(file, f.p, N);
    // The progress bar of the writing phase appears on stderr when writing starts; kill shortly after.
    let writingSince = 0;
    await importKilledWhen(["hcps", file, "--batch", "200"], async (stderr) => {
      if (!writingSince && stderr.includes("WRITING")) writingSince = Date.now();
      return writingSince > 0 && Date.now() - writingSince > 400;
    });
    await sleep(500);
    expect(await count(f.driver, HCPS, f.p)).toBe(0);
    const [record] = await f.query("MATCH (i:Import {fileName: $name}) RETURN i.status AS status, i.finishedAt AS finished", {
      name: `${f.p}aon.csv`,
    });
    expect(record).toEqual({ status: "RUNNING", finished: null }); // reported INTERRUPTED once its heartbeat is stale
  });

  it("re-running an interrupted partial import completes it without duplicates", async () => {
    const d = `${f.p}D`;
    const hcps = path.join(f.dir, `${f.p}hcps.csv`);
    writeHcps(hcps, d, N / 3);
    expect(await f.run("hcps", hcps)).toMatchObject({ status: "SUCCEEDED", created: N / 3 });
    const edges = path.join(f.dir, `${f.p}edges.csv`);
    writeAffiliations(edges, d, N / 3, f.p);

    await importKilledWhen(
      ["affiliations", edges, "--mode", "partial", "--batch", "200"],
      async () => (await count(f.driver, EDGES, d)) >= 2_000,
    );
    const afterKill = await count(f.driver, EDGES, d);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan((2 * N) / 3);

    const rerun = await f.run("affiliations", edges, { mode: "partial" });
    expect(rerun.status).toBe("SUCCEEDED");
    expect(rerun.created + rerun.unchanged).toBe((2 * N) / 3);
    expect(rerun.unchanged).toBeGreaterThanOrEqual(afterKill);
    expect(await count(f.driver, EDGES, d)).toBe((2 * N) / 3);
    expect(await count(f.driver, DOUBLED, d)).toBe(0);
  });
});

describe("crash safety when Neo4j dies", () => {
  // A server of its own (not the one of api/test/faults, which may run at the same time): killing the shared test database would break the other tests.
  let db: KillableNeo4j;
  beforeAll(async () => {
    db = await killableNeo4j(".neo4j-faults-import");
  }, 180_000);
  afterAll(() => db.stop(), 120_000);
  const p = uniquePrefix("ingdie");
  const dir = mkdtempSync(path.join(tmpdir(), "import-crash-"));

  /** Runs the import and SIGKILLs the server once `rowsDone` passes `at`; returns the import's status once the server is back. */
  async function importKillingServerAt(
    driver: Driver,
    kind: "hcps" | "affiliations",
    file: string,
    mode: "all-or-nothing" | "partial",
    at: number,
  ): Promise<string> {
    let killed = false;
    const s = await runImport(driver, {
      kind,
      filePath: file,
      fileName: path.basename(file),
      mode,
      actor: "test",
      batchSize: 500,
      onProgress: ({ phase, rowsDone }) => {
        if (!killed && phase === "WRITING" && rowsDone >= at) {
          killed = true;
          db.kill();
        }
      },
    });
    expect(killed).toBe(true);
    await db.restart();
    return s.status;
  }

  it("all-or-nothing leaves nothing applied; a partial import re-run after recovery completes without duplicates", async () => {
    const driver = db.driver();
    await driver.executeQuery("CREATE (:Account {id: $p + 'ACC1', name: 'A1'}), (:Account {id: $p + 'ACC2', name: 'A2'})", { p });
    const hcps = path.join(dir, "hcps.csv");
    writeHcps(hcps, p, 20_000);

    expect(await importKillingServerAt(driver, "hcps", hcps, "all-or-nothing", 5_000)).toBe("FAILED");
    expect(await count(driver, HCPS, p)).toBe(0);

    expect(
      await runImport(driver, { kind: "hcps", filePath: hcps, fileName: "hcps.csv", mode: "all-or-nothing", actor: "test" }),
    ).toMatchObject({ status: "SUCCEEDED", created: 20_000 });
    const edges = path.join(dir, "edges.csv");
    writeAffiliations(edges, p, 10_000);
    expect(await importKillingServerAt(driver, "affiliations", edges, "partial", 4_000)).toBe("FAILED");
    const afterKill = await count(driver, EDGES, p);
    expect(afterKill).toBeGreaterThanOrEqual(4_000);
    expect(afterKill).toBeLessThan(20_000);

    const rerun = await runImport(driver, { kind: "affiliations", filePath: edges, fileName: "edges.csv", mode: "partial", actor: "test" });
    expect(rerun).toMatchObject({ status: "SUCCEEDED", unchanged: afterKill, created: 20_000 - afterKill });
    expect(await count(driver, EDGES, p)).toBe(20_000);
    expect(await count(driver, DOUBLED, p)).toBe(0);
    await driver.close();
  }, 600_000);
});
