import type { RepKpis } from "../../../api/reporting-types.ts";
import { percent, rate } from "./kpi-format.ts";
import { ColumnHeads } from "../../../app/ColumnHeads.tsx";

/** One row per rep of the scope; a rep's name opens their plan, activities and late reports. */
export function RepKpiTable({ reps, onRep }: { reps: RepKpis[]; onRep: (repId: string, name: string) => void }) {
  if (reps.length === 0) return <p className="muted">No rep in this scope.</p>;
  return (
    <table className="field-table" data-testid="rep-kpis">
      <caption className="sr-only">KPIs per rep</caption>
      <ColumnHeads names={["rep", "calls", "active days", "calls/day", "targets", "reach", "attainment", "within 24 h", "late reports"]} />
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
