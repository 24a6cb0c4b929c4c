import type { ImportCounts } from "../../../api/src/ingest/import-record.ts";
import { GraphQLRequestError, UnauthorizedError } from "./client.ts";

export const IMPORT_KINDS = ["HCPS", "ACCOUNTS", "ORGANIZATIONS", "NETWORKS", "AFFILIATIONS", "INFLUENCES", "METRICS", "TERRITORIES", "USERS"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportMode = "DRY_RUN" | "ALL_OR_NOTHING" | "PARTIAL";

export type { RowProblem as ImportProblem } from "../../../api/src/model/row-problem.ts";
import type { RowProblem as ImportProblem } from "../../../api/src/model/row-problem.ts";

/** The API's import counts (api/src/ingest/import-record.ts). */
export interface ImportJob extends ImportCounts {
  id: string;
  kind: ImportKind;
  fileName: string;
  mode: ImportMode;
  snapshot: boolean;
  status: "RUNNING" | "VALIDATED" | "SUCCEEDED" | "COMPLETED_WITH_ERRORS" | "REJECTED" | "FAILED" | "INTERRUPTED";
  phase: "VALIDATING" | "WRITING" | "DONE";
  rowsDone: number;
  rowsTotal: number | null;
  problemCount: number;
  warnings: string[];
  message: string | null;
  errorReportUrl: string | null;
  problems: ImportProblem[];
}

export const IMPORT_JOB_FIELDS = `id kind fileName mode snapshot status phase rowsDone rowsTotal rowsRead created updated unchanged endDated rejected
  problemCount warnings message errorReportUrl problems(limit: 200) { row column value message }`;

export const IMPORT_JOB = `query ImportJob($id: ID!) { importJob(id: $id) { ${IMPORT_JOB_FIELDS} } }`;

const START_IMPORT = `mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {
  startImport(kind: $kind, file: $file, mode: $mode, snapshot: $snapshot, force: $force) { ${IMPORT_JOB_FIELDS} } }`;

export interface StartImport {
  kind: ImportKind;
  mode: ImportMode;
  snapshot: boolean;
  force: boolean;
  file: File;
}

/** Uploads the file as a GraphQL multipart request and returns the started job. */
export async function startImport(token: string, args: StartImport): Promise<ImportJob> {
  const { file, ...variables } = args;
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: START_IMPORT, variables: { ...variables, file: null } }));
  body.set("map", JSON.stringify({ 0: ["variables.file"] }));
  body.set("0", file, file.name);
  const res = await fetch("/graphql", { method: "POST", headers: { authorization: `Bearer ${token}`, accept: "application/json" }, body });
  if (res.status === 401) throw new UnauthorizedError("Your session has expired; sign in again.");
  const json = (await res.json()) as { data?: { startImport: ImportJob } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = json.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  return json.data!.startImport;
}

/** Fetches the error report with the bearer token and hands it to the browser as a download. */
export async function downloadErrorReport(token: string, job: Pick<ImportJob, "id" | "errorReportUrl">): Promise<void> {
  const res = await fetch(job.errorReportUrl!, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`The error report could not be downloaded (${res.status}).`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = `import-${job.id}-errors.csv`;
  a.click();
  URL.revokeObjectURL(url);
}
