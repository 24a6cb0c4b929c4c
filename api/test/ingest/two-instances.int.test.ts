import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { paths } from "../../src/config/paths.ts";
import { TEST_SECRET, TestGraphQL } from "../graphql-client.ts";
import { useImportFixture } from "./use-import-fixture.ts";

/**
 * Two API processes (api/src/server/main.ts) on the test database and one import storage folder,
 * as two replicas behind a load balancer: a job uploaded to one is served by the other, and a job
 * whose instance is killed is resumed by the other.
 */
const f = useImportFixture("twoapi");
const storage = mkdtempSync(path.join(tmpdir(), "import-storage-"));
// Short, yet long enough that a busy instance renews it in time (a lapsed lease lets the other instance take the job over).
const LEASE_SECONDS = 5;
let gql: TestGraphQL;

interface ApiProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/** Starts an API process and resolves once it listens. */
async function startInstance(name: string): Promise<ApiProcess> {
  const db = inject("neo4j");
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/server/main.ts"], {
    cwd: paths.root,
    env: {
      PATH: process.env.PATH ?? "",
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      AUTH_JWT_SECRET: TEST_SECRET,
      PORT: "0",
      IMPORT_STORAGE_DIR: storage,
      IMPORT_LEASE_SECONDS: String(LEASE_SECONDS),
      IMPORT_POLL_INTERVAL_MS: "200",
      // Small batches, so that the import to kill commits batch after batch.
      IMPORT_BATCH_SIZE: "250",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start: ${output}`)), 100_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const port = /listening on [^:]+:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(() => reject(new Error(`instance ${name} exited: ${output}`)));
  });
  return { url, child, exited };
}

let a: ApiProcess;
let b: ApiProcess;
beforeAll(async () => {
  gql = await TestGraphQL.create(f.driver);
  [a, b] = await Promise.all([startInstance("A"), startInstance("B")]);
}, 120_000);
afterAll(async () => {
  for (const instance of [a, b]) {
    if (instance && instance.child.exitCode === null && instance.child.signalCode === null) {
      instance.child.kill("SIGTERM");
      await instance.exited;
    }
  }
});

const START = `mutation($file: File!, $kind: ImportKind!, $mode: ImportMode) { startImport(kind: $kind, file: $file, mode: $mode) { id status } }`;
const JOB = `query($id: ID!) { importJob(id: $id) {
  id status phase rowsDone rowsRead created updated unchanged rejected problemCount message errorReportUrl
  problems(limit: 10) { row column value message } } }`;

async function graphql(instance: ApiProcess, body: BodyInit, json: boolean) {
  const res = await fetch(`${instance.url}/graphql`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${await gql.tokenFor(f.g.users.steward)}`,
      accept: "application/json",
      ...(json ? { "content-type": "application/json" } : {}),
    },
    body,
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

async function upload(instance: ApiProcess, kind: string, mode: string, fileName: string, content: string): Promise<string> {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: START, variables: { file: null, kind, mode } }));
  body.set("map", JSON.stringify({ 0: ["variables.file"] }));
  body.set("0", new File([content], fileName, { type: "text/csv" }));
  const res = await graphql(instance, body, false);
  expect(res.errors).toBeUndefined();
  return res.data.startImport.id;
}

const jobOn = async (instance: ApiProcess, id: string) =>
  (await graphql(instance, JSON.stringify({ query: JOB, variables: { id } }), true)).data.importJob;

async function finishedOn(instance: ApiProcess, id: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const job = await jobOn(instance, id);
    if (job.status !== "RUNNING") return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`import ${id} did not finish within ${timeoutMs} ms`);
}

const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await f.query(cypher, params))[0].n);

describe("two API instances share import jobs", () => {
  it("a job uploaded to A is served by B: status, problems and the error report", async () => {
    const csv = ["id,name,kind", `${f.p}TO1,Two Health,IDN`, `${f.p}TO2,,IDN`].join("\n");
    const id = await upload(a, "ORGANIZATIONS", "DRY_RUN", `${f.p}orgs.csv`, csv);
    const job = await finishedOn(b, id, 20_000);
    expect(job).toMatchObject({ status: "REJECTED", rowsRead: 2, rejected: 1, problemCount: 1 });
    expect(job.problems).toEqual([{ row: 3, column: "name", value: "", message: "is required" }]);
    const report = await fetch(b.url + job.errorReportUrl, {
      headers: { authorization: `Bearer ${await gql.tokenFor(f.g.users.steward)}` },
    });
    expect(report.status).toBe(200);
    expect(await report.text()).toBe("row,column,value,message\r\n3,name,,is required\r\n");
  });

  it("a job whose instance is killed mid-import is resumed by the other, as if never interrupted", async () => {
    const HCPS = 2_500;
    const hcps = ["id,first_name,last_name,credential,specialty,city,state,zip,lat,lon"];
    for (let i = 0; i < HCPS; i++) hcps.push(`${f.p}K${i},Ann,Lee${i},MD,Cardiology,Austin,TX,78701,30.2,-97.7`);
    expect(await f.run("hcps", f.file("kill-hcps.csv", hcps))).toMatchObject({ status: "SUCCEEDED", created: HCPS });
    const edges = ["child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source"];
    for (let i = 0; i < HCPS; i++) {
      edges.push(`${f.p}K${i},${f.p}ACC1,0.5,true,ATTENDING,,2024-01-01,,`, `${f.p}K${i},${f.p}ACC2,0.5,false,CONSULTING,,2024-01-01,,`);
    }
    const EDGES = 2 * HCPS;
    const edgesWritten = () => count("MATCH (h:HCP)-[e:AFFILIATED_WITH]->() WHERE h.id STARTS WITH $p + 'K' RETURN count(e) AS n");

    const id = await upload(a, "AFFILIATIONS", "PARTIAL", `${f.p}kill-edges.csv`, `${edges.join("\n")}\n`);
    const until = Date.now() + 30_000;
    let atKill = 0;
    while (Date.now() < until) {
      atKill = await edgesWritten();
      if (atKill >= 500) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    a.child.kill("SIGKILL");
    await a.exited;
    expect(atKill).toBeGreaterThanOrEqual(500);
    expect(await edgesWritten()).toBeLessThan(EDGES);

    const job = await finishedOn(b, id, 45_000);
    expect(job).toMatchObject({ status: "SUCCEEDED", rowsRead: EDGES, created: EDGES, updated: 0, unchanged: 0, rejected: 0 });
    expect(job.message).toBe(`${EDGES} changed: ${EDGES} created, 0 updated, 0 unchanged, 0 end-dated.`);
    // B marks the job done once its roll-up refresh (a full one: the seeds of A's batches are gone) has run.
    const queueState = async () => (await f.query("MATCH (i:Import {id: $id}) RETURN i.attempts AS attempts, i.queue AS queue", { id }))[0];
    await expect.poll(queueState, { timeout: 30_000, interval: 250 }).toEqual({ attempts: 2, queue: "DONE" });
    // The graph a single uninterrupted import leaves: every edge once, one audit event per edge.
    expect(await edgesWritten()).toBe(EDGES);
    expect(
      await count(
        "MATCH (h:HCP)-[e:AFFILIATED_WITH]->(x) WHERE h.id STARTS WITH $p + 'K' WITH h, x, count(e) AS k WHERE k > 1 RETURN count(*) AS n",
      ),
    ).toBe(0);
    expect(await count("MATCH (e:AuditEvent {importId: $id}) RETURN count(e) AS n", { id })).toBe(EDGES);
    expect(await count("MATCH (e:AuditEvent {importId: $id}) RETURN count(DISTINCT e.subjectId) AS n", { id })).toBe(EDGES);
  }, 90_000);
});
