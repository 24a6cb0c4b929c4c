import { useState } from "react";
import { EXPERIENCE_TABLE } from "../../api/experience.ts";
import type { ExperienceSort, ExperienceTableRow } from "../../api/experience-types.ts";
import type { Api } from "../../api/use-api.ts";
import { count, percentValue, points, ratioPercent } from "./experience-format.ts";
import type { MonthRange } from "./month-range.ts";
import { NpsBandBadge } from "./NpsBandBadge.tsx";
import { QueryState } from "../../app/QueryState.tsx";
import { ariaSort, nextSort, type TableSort } from "./table-sort.ts";
import { useQuery } from "../../api/use-query.ts";

const PAGE_SIZE = 20;

const COLUMNS: { sort: ExperienceSort; label: string }[] = [
  { sort: "NAME", label: "Organization" },
  { sort: "NPS", label: "NPS" },
  { sort: "CSAT", label: "CSAT" },
  { sort: "ENGAGEMENT", label: "Engagement" },
  { sort: "RESPONSES", label: "NPS answers" },
];

/** Organizations with figures in the range, sortable and paged; a row opens its drill-down. */
export function OrganizationTable({ api, range, onOpen }: { api: Api; range: MonthRange; onOpen: (row: ExperienceTableRow) => void }) {
  const [sort, setSort] = useState<TableSort>({ by: "NPS", descending: true });
  const [offset, setOffset] = useState(0);
  const result = useQuery(api, EXPERIENCE_TABLE, {
    level: "ORGANIZATION" as const,
    ...range,
    sort: sort.by,
    descending: sort.descending,
    limit: PAGE_SIZE,
    offset,
  });
  const table = result.data?.experienceTable;
  const sortBy = (by: ExperienceSort) => {
    setSort(nextSort(sort, by));
    setOffset(0);
  };

  return (
    <div data-testid="org-table">
      <QueryState result={result} what="the organizations" />
      {table?.total === 0 && <p className="muted">No organization has answers or touchpoints in the range.</p>}
      {table && table.total > 0 && (
        <>
          <table className="field-table experience-table">
            <caption className="sr-only">Organizations by experience; choose one to see which accounts drive its NPS</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.sort} scope="col" aria-sort={ariaSort(sort, c.sort)}>
                    <button type="button" className="link" onClick={() => sortBy(c.sort)} data-testid={`org-sort-${c.sort}`}>
                      {c.label}
                      {sort.by === c.sort && <span aria-hidden="true">{sort.descending ? " ▼" : " ▲"}</span>}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} className="clickable" onClick={() => onOpen(row)} data-testid={`org-row-${row.id}`}>
                  <td>
                    {/* The row's click handler opens it; the button makes that reachable by keyboard (its click bubbles up). */}
                    <button type="button" className="link" data-testid="org-open">
                      {row.name}
                    </button>
                  </td>
                  <td>
                    {points(row.kpis.nps.score)} <NpsBandBadge band={row.kpis.nps.band} />
                  </td>
                  <td>{percentValue(row.kpis.csat.score)}</td>
                  <td>{ratioPercent(row.kpis.engagement.rate)}</td>
                  <td>{count(row.kpis.nps.responses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} data-testid="org-prev">
              Previous
            </button>
            <span data-testid="org-page">
              {offset + 1}–{Math.min(offset + PAGE_SIZE, table.total)} of {table.total}
            </span>
            <button
              type="button"
              disabled={offset + PAGE_SIZE >= table.total}
              onClick={() => setOffset(offset + PAGE_SIZE)}
              data-testid="org-next"
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
}
