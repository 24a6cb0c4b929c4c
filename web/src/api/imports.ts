/** GraphQL documents of master-list imports, and the error report download. */
import { saveBlob } from "../app/save-file.ts";
import { download } from "./client.ts";
import { graphql } from "./generated/gql.ts";
import type { ImportJob } from "./types.ts";

export const IMPORT_JOB_FIELDS = graphql(`
  fragment ImportJobFields on ImportJob {
    id kind fileName mode snapshot status phase rowsDone rowsTotal rowsRead created updated unchanged endDated rejected
    problemCount warnings message errorReportUrl
    problems(limit: 200) { row column value message }
  }
`);

export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) { ...ImportJobFields }
  }
`);

/** Sent as a GraphQL multipart request: `file` is a File (the request function does the rest). */
export const START_IMPORT = graphql(`
  mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {
    startImport(kind: $kind, file: $file, mode: $mode, snapshot: $snapshot, force: $force) { ...ImportJobFields }
  }
`);

/** Fetches the error report with the bearer token and hands it to the browser as a download. */
export async function downloadErrorReport(token: string, job: Pick<ImportJob, "id" | "errorReportUrl">): Promise<void> {
  const blob = await download(token, job.errorReportUrl!, (status) => `The error report could not be downloaded (${status}).`);
  saveBlob(blob, `import-${job.id}-errors.csv`);
}
