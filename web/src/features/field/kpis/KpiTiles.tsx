import type { FieldKpis } from "../../../api/reporting-types.ts";
import { percent, rate } from "./kpi-format.ts";

/** The headline KPIs of a scope and period, each a labelled tile. */
export function KpiTiles({ kpis }: { kpis: FieldKpis }) {
  const tiles: [string, string, string][] = [
    ["calls", "Calls", String(kpis.calls)],
    ["callsPerDay", "Calls per active day", rate(kpis.callsPerDay)],
    ["targets", "Targets", String(kpis.targets)],
    ["reach", "Reach (targets seen)", percent(kpis.reach)],
    ["frequencyAttainment", "Frequency attainment", percent(kpis.frequencyAttainment)],
    ["coverage", "Coverage", percent(kpis.coverage)],
    ["reportedWithin24h", "Reported within 24 h", percent(kpis.reportedWithin24h)],
    ["missingRequiredFields", "Missing products or messages", percent(kpis.missingRequiredFields)],
  ];
  return (
    <dl className="kpi-tiles" data-testid="kpi-tiles">
      {tiles.map(([key, label, value]) => (
        <div className="kpi-tile" key={key} data-testid={`kpi-${key}`}>
          <dt className="muted">{label}</dt>
          <dd className="value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
