import { useDeferredValue, useState } from "react";
import { formatHashRoute } from "../../app/hash-route.ts";
import { wholeNumber } from "../../app/number-format.ts";
import { ADMIN_OVERVIEW } from "../../api/admin.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

const USERS_SHOWN = 50;

/** An administrator's home: who uses the system and covers what, the territories, and the latest imports. */
export function AdminHomePage({ api }: { api: Api }) {
  const [filter, setFilter] = useState("");
  const userFilter = useDeferredValue(filter.trim());
  const result = useQuery(api, ADMIN_OVERVIEW, { userFilter, userIdFilter: userFilter, limit: USERS_SHOWN });
  const data = result.data;

  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Administration</h2>
      <QueryState result={result} what="users, territories and imports" />
      <div className="two-columns">
        <div>
          <h3>Users</h3>
          <label>
            Find a user <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="admin-user-filter" />
          </label>
          {data && (
            <table className="field-table" data-testid="admin-users">
              <caption>
                {data.users.length < USERS_SHOWN ? data.users.length : `First ${USERS_SHOWN}`} of{" "}
                {wholeNumber(data.usersConnection.totalCount)} users
                {userFilter && ` matching “${userFilter}”`}
              </caption>
              <ColumnHeads names={["Name", "Id", "Role", "Covers", "Manages"]} />
              <tbody>
                {data.users.map((u) => (
                  <tr key={u.id}>
                    <td>{u.name}</td>
                    <td>{u.id}</td>
                    <td>{u.role}</td>
                    <td>{u.covers.map((t) => t.id).join(", ") || "–"}</td>
                    <td>{u.manages.map((t) => t.id).join(", ") || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data && data.users.length === 0 && <p className="muted">No user matches.</p>}
        </div>
        <div>
          <h3>Latest imports</h3>
          <p>
            <a href={formatHashRoute("import")}>Start an import</a> · users, territories and alignments come in as import kinds too
            (docs/import.md).
          </p>
          {data && data.importJobs.length === 0 && <p className="muted">No import has run yet.</p>}
          {data && data.importJobs.length > 0 && (
            <table className="field-table" data-testid="admin-imports">
              <ColumnHeads names={["Started", "Kind", "File", "Status", "Rows", "Rejected", "By"]} />
              <tbody>
                {data.importJobs.map((j) => (
                  <tr key={j.id}>
                    <td>{new Date(j.startedAt).toLocaleString()}</td>
                    <td>{j.kind}</td>
                    <td>{j.fileName}</td>
                    <td>
                      {j.status}
                      {j.status === "RUNNING" && ` (${j.phase})`}
                    </td>
                    <td>
                      {wholeNumber(j.rowsDone)}
                      {j.rowsTotal != null && ` / ${wholeNumber(j.rowsTotal)}`}
                    </td>
                    <td>{wholeNumber(j.rejected)}</td>
                    <td>{j.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Territories</h3>
          {data && (
            <table className="field-table" data-testid="admin-territories">
              <ColumnHeads names={["Territory", "Name", "Region", "Reps"]} />
              <tbody>
                {data.territories.map((t) => (
                  <tr key={t.id}>
                    <td>{t.id}</td>
                    <td>{t.name}</td>
                    <td>{t.region ?? "–"}</td>
                    <td>{t.repsConnection.totalCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
