import { useMemo } from "react";
import type { ExperienceKpis, ExperienceMonth } from "../../api/experience-types.ts";
import { ChartFigure } from "./ChartFigure.tsx";
import { channelEngagementChart, npsDistributionChart, npsTrendChart } from "./chart-models.ts";

interface Props {
  kpis: ExperienceKpis;
  /** Month by month; null where the API has no trend for the subject (a persona). */
  trend: readonly ExperienceMonth[] | null;
}

/** The charts of one subject: NPS month by month, the answers 0-10, engagement by channel. */
export function SubjectCharts({ kpis, trend }: Props) {
  const charts = useMemo(
    () => ({
      trend: trend && npsTrendChart(trend),
      distribution: npsDistributionChart(kpis.nps.distribution),
      channels: channelEngagementChart(kpis.engagement.byChannel.filter((c) => c.delivered > 0 || c.activated > 0)),
    }),
    [kpis, trend],
  );
  return (
    <div className="trends">
      {charts.trend ? (
        <ChartFigure
          title="NPS by month"
          chart={charts.trend}
          testId="chart-nps-trend"
          empty={trend?.every((m) => m.nps.score === null) ? "No NPS answer in the range." : null}
        />
      ) : (
        <figure className="trend experience-chart" data-testid="chart-nps-trend">
          <figcaption>NPS by month</figcaption>
          <p className="muted">The month-by-month trend is available for a territory, not for a persona.</p>
        </figure>
      )}
      <ChartFigure
        title="NPS answers, 0 to 10"
        chart={charts.distribution}
        testId="chart-nps-distribution"
        empty={kpis.nps.responses > 0 ? null : "No NPS answer in the range."}
      />
      <ChartFigure
        title="Engagement by channel"
        chart={charts.channels}
        testId="chart-engagement-channels"
        empty={charts.channels.rows.length > 0 ? null : "No touchpoint in the range."}
      />
    </div>
  );
}
