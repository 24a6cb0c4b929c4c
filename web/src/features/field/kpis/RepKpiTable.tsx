import type { RepKpis } from "../../../api/reporting-types.ts";
import { percent, rate } from "./kpi-format.ts";

/** One row per rep of the scope; a rep's name opens their plan, activities and late reports. */
export function RepKpiTable({ reps, onRep }: { reps: RepKpis[]; onRep: (repId: string, name: string) => void }) {
  if (reps.length === 0) return <p className="muted">No rep in this scope.</p>;
  return (
    <table className="field-table" data-testid="rep-kpis">
      <caption className="sr-only">KPIs per rep</caption>
      <thead>
        <tr>
          <th>rep</th>
          <th>calls</th>
          <th>active days</th>
          <th>calls/day</th>
          <th>targets</th>
          <th>reach</th>
          <th>attainment</th>
          <th>within 24 h</th>
          <th>late reports</th>
        </tr>
      </thead>
      <tbody>
        {reps.map((r) => (
          <tr key={r.repId} data-testid={`rep-kpi-${r.repId}`}>
            <td>
              <button type="button" className="link" onClick={() => onRep(r.repId, r.repName)} data-testid="rep-open">
                {r.repName}
              </button>
            </td>
            <td>{r.kpis.calls}</td>
            <td>{r.kpis.activeDays}</td>
            <td>{rate(r.kpis.callsPerDay)}</td>
            <td>{r.kpis.targets}</td>
            <td>{percent(r.kpis.reach)}</td>
            <td>{percent(r.kpis.frequencyAttainment)}</td>
            <td>{percent(r.kpis.reportedWithin24h)}</td>
            <td className={r.lateReports > 0 ? "warning" : undefined}>{r.lateReports}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
