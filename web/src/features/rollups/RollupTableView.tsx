import { useState } from "react";
import { ROLLUP_TABLE } from "../../api/rollups.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { formatHashRoute } from "../../app/hash-route.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import type { ExplorerState } from "./explorer-state.ts";
import { fetchAllPages, nextOffset, pageText, previousOffset } from "./paging.ts";
import { csvFileName, formatValue, KIND_NAMES, rollupCsv } from "./rollup-format.ts";
import { saveTextFile } from "../../app/save-file.ts";

/** The API's largest page: an export of all rows asks for pages of this size. */
const EXPORT_PAGE = 1000;

/** One level's entities with own value and roll-up, a page at a time, each linked to its hierarchy; CSV of the page or of all rows. */
export function RollupTableView({
  api,
  state,
  onChange,
}: {
  api: Api;
  state: ExplorerState & { period: string };
  onChange: (next: ExplorerState) => void;
}) {
  const query = { level: state.level, metric: state.metric, period: state.period, asOf: state.asOf, sort: state.sort };
  const result = useQuery(api, ROLLUP_TABLE, { ...query, limit: state.limit, offset: state.offset });
  const table = result.data?.rollupTable;
  const pageWindow = table && { offset: state.offset, limit: state.limit, total: table.total };
  const previous = pageWindow ? previousOffset(pageWindow) : null;
  const next = pageWindow ? nextOffset(pageWindow) : null;
  const [exporting, setExporting] = useState<{ running: boolean; message: string | null; error: string | null }>({
    running: false,
    message: null,
    error: null,
  });

  const exportPage = () => {
    if (!table) return;
    saveTextFile(rollupCsv(table.rows), csvFileName(state, { from: state.offset + 1, to: state.offset + table.rows.length }));
    setExporting({ running: false, message: `Exported ${table.rows.length} rows.`, error: null });
  };
  const exportAll = async () => {
    setExporting({ running: true, message: null, error: null });
    try {
      const rows = await fetchAllPages(
        async (offset, limit) => (await api(ROLLUP_TABLE, { ...query, limit, offset })).rollupTable,
        EXPORT_PAGE,
      );
      saveTextFile(rollupCsv(rows), csvFileName(state, "all"));
      setExporting({ running: false, message: `Exported all ${rows.length} rows.`, error: null });
    } catch (err) {
      setExporting({ running: false, message: null, error: `The export failed: ${errorMessage(err)}` });
    }
  };

  return (
    <section aria-labelledby="rollup-table-title" data-testid="rollup-table">
      <h3 id="rollup-table-title">{KIND_NAMES[state.level]}</h3>
      <QueryState result={result} what="the roll-up table" />
      {table?.total === 0 && <p className="muted">No entities at this level.</p>}
      {table && pageWindow && table.total > 0 && (
        <>
          <table className="field-table rollup-rows">
            <caption className="sr-only">
              {KIND_NAMES[state.level]} with their own {state.metric} and roll-up, {pageText(pageWindow)}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={state.sort === "NAME" ? "ascending" : undefined}>
                  Name
                </th>
                <th scope="col">Id</th>
                <th scope="col">Own</th>
                <th
                  scope="col"
                  aria-sort={state.sort === "ROLLUP_DESC" ? "descending" : state.sort === "ROLLUP_ASC" ? "ascending" : undefined}
                >
                  Roll-up
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} data-testid={`rollup-row-${row.id}`}>
                  <td>
                    <a href={formatHashRoute("explore", ["hierarchy", row.id])}>{row.name}</a>
                  </td>
                  <td className="muted">{row.id}</td>
                  <td className="num">{formatValue(row.own)}</td>
                  <td className="num" data-testid="rollup-value">
                    {formatValue(row.rollup)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button
              type="button"
              disabled={previous === null}
              onClick={() => previous !== null && onChange({ ...state, offset: previous })}
              data-testid="rollup-prev"
            >
              Previous
            </button>
            <span data-testid="rollup-page" aria-live="polite">
              {pageText(pageWindow)}
            </span>
            <button
              type="button"
              disabled={next === null}
              onClick={() => next !== null && onChange({ ...state, offset: next })}
              data-testid="rollup-next"
            >
              Next
            </button>
          </div>
          <div className="rollup-export">
            <button type="button" onClick={exportPage} disabled={exporting.running} data-testid="rollup-export-page">
              Download this page (CSV)
            </button>
            <button type="button" onClick={() => void exportAll()} disabled={exporting.running} data-testid="rollup-export-all">
              Download all {table.total} rows (CSV)
            </button>
            <span role="status" className="muted">
              {exporting.running ? "Exporting…" : exporting.message}
            </span>
            {exporting.error && (
              <span role="alert" className="error">
                {exporting.error}
              </span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
