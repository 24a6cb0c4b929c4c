import { useState } from "react";
import type { Api } from "../../../api/use-api.ts";
import { KpiTiles } from "./KpiTiles.tsx";
import { KpiTrends } from "./KpiTrends.tsx";
import { RepKpiTable } from "./RepKpiTable.tsx";
import type { ScopeOption } from "./scope-options.ts";
import { useFieldReport } from "./use-field-report.ts";

interface Props {
  api: Api;
  scopes: ScopeOption[];
  /** The default period [from, to): the current cycle. */
  period: { from: string; to: string };
  /** Changes when something the KPIs count changed (a plan approved). */
  reload: unknown;
  onRep: (repId: string, name: string) => void;
}

/** The team's KPIs for a region or territory and period: headline tiles, weekly trends, one row per rep. */
export function TeamKpis({ api, scopes, period, reload, onRep }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const option = scopes.find((s) => `${s.scope}:${s.id}` === chosen) ?? scopes[0];
  const request = option ? { scope: option.scope, id: option.id, from: from ?? period.from, to: to ?? period.to } : null;
  const { report, error } = useFieldReport(api, request, reload);

  return (
    <div data-testid="team-kpis">
      <div className="inline-form">
        <label>
          Scope
          <select value={option ? `${option.scope}:${option.id}` : ""} onChange={(e) => setChosen(e.target.value)} data-testid="kpi-scope">
            {scopes.map((s) => (
              <option key={`${s.scope}:${s.id}`} value={`${s.scope}:${s.id}`}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={request?.from ?? ""} onChange={(e) => setFrom(e.target.value || null)} data-testid="kpi-from" />
        </label>
        <label>
          To (excluded)
          <input type="date" value={request?.to ?? ""} onChange={(e) => setTo(e.target.value || null)} data-testid="kpi-to" />
        </label>
      </div>
      {!option && <p className="muted">No territory to report on.</p>}
      {error && <p className="error">{error}</p>}
      {report && (
        <>
          <KpiTiles kpis={report.kpis} />
          <KpiTrends report={report} />
          <h4>Per rep</h4>
          <RepKpiTable reps={report.byRep} onRep={onRep} />
        </>
      )}
    </div>
  );
}
