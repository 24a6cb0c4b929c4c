import { useState } from "react";
import { downloadErrorReport } from "../../api/imports.ts";
import { ImportKind, ImportMode, type ImportJob, type ImportStatus } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";
import { useImportJob } from "./use-import-job.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

const STATUS_TEXT: Record<ImportStatus, string> = {
  RUNNING: "Running",
  VALIDATED: "Valid: nothing written (dry run)",
  SUCCEEDED: "Imported",
  COMPLETED_WITH_ERRORS: "Imported with rejected rows",
  REJECTED: "Rejected: nothing written",
  FAILED: "Failed",
  INTERRUPTED: "Interrupted",
};

/** Stewards upload master lists: choose kind and file, dry-run, import, follow progress, read the problems. */
export function ImportPage({ api, token }: { api: Api; token: string }) {
  const [kind, setKind] = useState<ImportKind>(ImportKind.HCPS);
  const [mode, setMode] = useState<Exclude<ImportMode, typeof ImportMode.DRY_RUN>>(ImportMode.ALL_OR_NOTHING);
  const [snapshot, setSnapshot] = useState(false);
  const [force, setForce] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const { job, error, starting, start } = useImportJob(api);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const running = starting || job?.status === "RUNNING";

  const run = (runMode: ImportMode) => file && void start({ kind, mode: runMode, snapshot, force, file });

  return (
    <section className="import-page" data-testid="import-page">
      <h2>Import a master list</h2>
      <form className="import-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind
          <select data-testid="import-kind" value={kind} onChange={(e) => setKind(e.target.value as ImportKind)}>
            {Object.values(ImportKind).map((k) => (
              <option key={k} value={k}>
                {k.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <a href={`/imports/templates/${kind.toLowerCase()}.csv`} download>
          Download the {kind.toLowerCase()} template
        </a>
        <label>
          File (CSV or JSON Lines)
          <input
            data-testid="import-file"
            type="file"
            accept=".csv,.jsonl,.ndjson,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          Mode
          <select data-testid="import-mode" value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
            <option value="ALL_OR_NOTHING">all or nothing</option>
            <option value="PARTIAL">partial (write the valid rows)</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={snapshot} onChange={(e) => setSnapshot(e.target.checked)} /> Snapshot: end-date records missing
          from the file
        </label>
        {snapshot && (
          <label className="check">
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> Force, even above the end-dating limit
          </label>
        )}
        <div className="actions">
          <button type="button" data-testid="import-dry-run" disabled={!file || running} onClick={() => run(ImportMode.DRY_RUN)}>
            Validate (dry run)
          </button>
          <button type="button" data-testid="import-start" className="primary" disabled={!file || running} onClick={() => run(mode)}>
            Import
          </button>
        </div>
      </form>
      {error && (
        <p className="error" data-testid="import-error">
          {error}
        </p>
      )}
      {job && <JobReport job={job} onDownload={() => downloadErrorReport(token, job).catch((e: Error) => setDownloadError(e.message))} />}
      {downloadError && <p className="error">{downloadError}</p>}
    </section>
  );
}

function JobReport({ job, onDownload }: { job: ImportJob; onDownload: () => void }) {
  const total = job.rowsTotal ?? 0;
  return (
    <div className="import-job" data-testid="import-job" data-status={job.status}>
      <p>
        <b data-testid="import-status">{STATUS_TEXT[job.status]}</b> · {job.fileName} · {job.mode.toLowerCase().replace(/_/g, "-")}
        {job.snapshot && " · snapshot"}
      </p>
      {job.status === "RUNNING" && (
        <p>
          {job.phase === "WRITING" && total > 0 ? (
            <>
              <progress data-testid="import-progress" value={job.rowsDone} max={total} /> {job.rowsDone} / {total} rows written
            </>
          ) : (
            <>
              <progress data-testid="import-progress" /> validating…
            </>
          )}
        </p>
      )}
      {job.message && <p data-testid="import-message">{job.message}</p>}
      {job.status !== "RUNNING" && (
        <table className="counts" data-testid="import-counts">
          <tbody>
            <tr>
              <th>read</th>
              <th>created</th>
              <th>updated</th>
              <th>unchanged</th>
              <th>end-dated</th>
              <th>rejected</th>
            </tr>
            <tr>
              <td>{job.rowsRead}</td>
              <td>{job.created}</td>
              <td>{job.updated}</td>
              <td>{job.unchanged}</td>
              <td>{job.endDated}</td>
              <td>{job.rejected}</td>
            </tr>
          </tbody>
        </table>
      )}
      {job.warnings.map((w) => (
        <p key={w} className="warning">
          {w}
        </p>
      ))}
      {job.problems.length > 0 && (
        <>
          <p>
            {job.problemCount} problem{job.problemCount === 1 ? "" : "s"}
            {job.problemCount > job.problems.length && `, the first ${job.problems.length} shown`}.{" "}
            {job.errorReportUrl && (
              <button type="button" data-testid="import-report" onClick={onDownload}>
                Download the error report
              </button>
            )}
          </p>
          <table className="problems" data-testid="import-problems">
            <ColumnHeads names={["row", "column", "value", "problem"]} />
            <tbody>
              {job.problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the list is replaced as a whole.
                <tr key={i}>
                  <td>{p.row || "file"}</td>
                  <td>{p.column}</td>
                  <td>
                    <code>{p.value}</code>
                  </td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
