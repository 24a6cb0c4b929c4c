import { describe, expect, it } from "vitest";
import { startApi, type RunningApi } from "../../src/server/start-server.ts";
import { TEST_SECRET, TestGraphQL } from "../graphql-client.ts";
import { useImportFixture } from "./use-import-fixture.ts";
import { afterAll, beforeAll } from "vitest";

const f = useImportFixture("ingql");
let api: TestGraphQL;
let http: RunningApi;
beforeAll(async () => {
  api = await TestGraphQL.create(f.driver);
  http = await startApi({ driver: f.driver, port: 0, host: "127.0.0.1", authSecret: TEST_SECRET, devLogin: false });
});
afterAll(async () => {
  await http.close();
});

const START = `mutation($file: File!, $kind: ImportKind!, $mode: ImportMode) {
  startImport(kind: $kind, file: $file, mode: $mode) { id status kind mode fileName } }`;
const JOB = `query($id: ID!) { importJob(id: $id) {
  id status phase rowsDone rowsTotal rowsRead created updated unchanged rejected problemCount message errorReportUrl
  problems(limit: 10) { row column value message } } }`;

/** A GraphQL multipart request (operations, map, file part) sent in process. */
async function upload(userId: string, kind: string, mode: string, fileName: string, content: string) {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: START, variables: { file: null, kind, mode } }));
  body.set("map", JSON.stringify({ 0: ["variables.file"] }));
  body.set("0", new File([content], fileName, { type: "text/csv" }));
  const res = await api.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { authorization: `Bearer ${await api.tokenFor(userId)}`, accept: "application/json" },
    body,
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

async function finished(id: string) {
  for (let i = 0; i < 200; i++) {
    const res = await api.as(f.g.users.steward, JOB, { id });
    const job = res.data!.importJob;
    if (job.status !== "RUNNING") return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("import did not finish");
}

describe("GraphQL multipart upload starts an import job", () => {
  it("a dry run lists the file's problems, with a link to the error report", async () => {
    const csv = [
      "id,name,kind",
      `${f.p}UO1,Upload Health,IDN`,
      `${f.p}UO2,,IDN`,
      `${f.p}UO3,Bad Kind,HOSPITAL`,
      `${f.p}UO4,Formula Health,"=HYPERLINK(""http://x"")"`,
    ].join("\r\n");
    const started = await upload(f.g.users.steward, "ORGANIZATIONS", "DRY_RUN", `${f.p}orgs.csv`, csv);
    expect(started.errors).toBeUndefined();
    expect(started.data.startImport).toMatchObject({ kind: "ORGANIZATIONS", mode: "DRY_RUN", fileName: `${f.p}orgs.csv` });

    const job = await finished(started.data.startImport.id);
    expect(job).toMatchObject({ status: "REJECTED", rowsRead: 4, rejected: 3, problemCount: 3, created: 0 });
    expect(job.problems).toEqual([
      { row: 3, column: "name", value: "", message: "is required" },
      { row: 4, column: "kind", value: "HOSPITAL", message: "must be one of IDN, HEALTH_SYSTEM, MEDICAL_GROUP" },
      { row: 5, column: "kind", value: '=HYPERLINK("http://x")', message: "must be one of IDN, HEALTH_SYSTEM, MEDICAL_GROUP" },
    ]);
    expect(job.errorReportUrl).toBe(`/imports/${job.id}/errors.csv`);

    const anonymous = await fetch(http.url + job.errorReportUrl);
    expect(anonymous.status).toBe(401);
    const rep = await fetch(http.url + job.errorReportUrl, { headers: { authorization: `Bearer ${await api.tokenFor(f.g.users.rep1)}` } });
    expect(rep.status).toBe(403);
    const report = await fetch(http.url + job.errorReportUrl, {
      headers: { authorization: `Bearer ${await api.tokenFor(f.g.users.steward)}` },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get("content-disposition")).toMatch(/attachment; filename="import-.*-errors\.csv"/);
    expect(await report.text()).toBe(
      'row,column,value,message\r\n3,name,,is required\r\n4,kind,HOSPITAL,"must be one of IDN, HEALTH_SYSTEM, MEDICAL_GROUP"\r\n' +
        // Spreadsheet formula injection: the report neutralises the cell with a leading apostrophe.
        `5,kind,"'=HYPERLINK(""http://x"")","must be one of IDN, HEALTH_SYSTEM, MEDICAL_GROUP"\r\n`,
    );
  });

  it("an all-or-nothing upload writes the file and reports progress and counts", async () => {
    const csv = ["id,name,kind", `${f.p}UN1,Upload Net,ACO`, `${f.p}UN2,Upload Net 2,GPO`].join("\n");
    const started = await upload(f.g.users.admin, "NETWORKS", "ALL_OR_NOTHING", `${f.p}nets.csv`, csv);
    const job = await finished(started.data.startImport.id);
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      phase: "DONE",
      rowsDone: 2,
      rowsTotal: 2,
      created: 2,
      problemCount: 0,
      errorReportUrl: null,
      problems: [],
    });
    expect(job.message).toBe("2 changed: 2 created, 0 updated, 0 unchanged, 0 end-dated.");
    const listed = await api.as(f.g.users.admin, "{ importJobs(limit: 50) { id fileName } }");
    expect(listed.data!.importJobs.map((j: any) => j.id)).toContain(job.id);
  });

  it("only STEWARD and ADMIN may import or see imports", async () => {
    for (const user of [f.g.users.rep1, f.g.users.kam, f.g.users.analyst, f.g.users.manager]) {
      const res = await upload(user, "NETWORKS", "DRY_RUN", `${f.p}x.csv`, "id,name,kind\n");
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const list = await api.as(user, "{ importJobs { id } }");
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("bad arguments are BAD_USER_INPUT with the argument path", async () => {
    const res = await api.as(f.g.users.steward, JOB.replace("problems(limit: 10)", "problems(limit: -1)"), {
      id: "00000000-0000-0000-0000-000000000000",
    });
    expect(res.data?.importJob ?? null).toBeNull();
    const badLevels = await api.as(f.g.users.steward, "query { importJobs(limit: 0) { id } }");
    expect(badLevels.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["limit"] });
  });
});
