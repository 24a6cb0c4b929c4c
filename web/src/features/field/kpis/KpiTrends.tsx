import { useMemo } from "react";
import type { FieldReport } from "../../../api/reporting-types.ts";
import { TrendChart } from "./TrendChart.tsx";
import { toPercent } from "./kpi-format.ts";

/** Weekly trends of a report: activity volume, and the target KPIs in percent. */
export function KpiTrends({ report }: { report: FieldReport }) {
  const { weeks, volume, targets } = useMemo(() => {
    const w = report.byWeek;
    return {
      weeks: w.map((x) => x.weekStart),
      volume: [
        { label: "Calls", values: w.map((x) => x.kpis.calls) },
        { label: "Active days", values: w.map((x) => x.kpis.activeDays) },
      ],
      targets: [
        { label: "Reach %", values: w.map((x) => toPercent(x.kpis.reach)), decimals: 1 },
        { label: "Frequency attainment %", values: w.map((x) => toPercent(x.kpis.frequencyAttainment)), decimals: 1 },
        { label: "Reported within 24 h %", values: w.map((x) => toPercent(x.kpis.reportedWithin24h)), decimals: 1 },
      ],
    };
  }, [report]);
  if (weeks.length === 0) return null;
  return (
    <div className="trends">
      <TrendChart title="Calls and active days" weeks={weeks} series={volume} testId="trend-volume" />
      <TrendChart title="Targets and reporting" weeks={weeks} series={targets} testId="trend-targets" />
    </div>
  );
}
