import { useState } from "react";
import { EXPERIENCE_SUMMARY } from "../../api/experience.ts";
import type { Api } from "../../api/use-api.ts";
import { count, percentValue, points, ratioPercent } from "../experience/experience-format.ts";
import { lastMonths } from "../experience/month-range.ts";
import { NpsBandBadge } from "../experience/NpsBandBadge.tsx";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";

/** An account's, organization's or network's experience over the last 12 months: NPS with its band, CSAT, engagement. */
export function ExperienceSection({ api, id }: { api: Api; id: string }) {
  const [range] = useState(() => lastMonths(new Date(), 12));
  const result = useQuery(api, EXPERIENCE_SUMMARY, { id, ...range });
  const kpis = result.data?.experience.kpis;
  const empty = kpis && kpis.nps.responses === 0 && kpis.csat.responses === 0 && kpis.engagement.delivered === 0;
  return (
    <section className="analytics" data-testid="experience-summary" aria-labelledby="experience-summary-title">
      <h3 id="experience-summary-title">
        Experience{" "}
        <span className="muted">
          {range.from} to {range.to}
        </span>
      </h3>
      <QueryState result={result} what="the experience figures" />
      {empty && <p className="muted">No answers or touchpoints in the last 12 months.</p>}
      {kpis && !empty && (
        <dl>
          <div>
            <dt>NPS</dt>
            <dd data-testid="experience-nps">
              {points(kpis.nps.score)} <NpsBandBadge band={kpis.nps.band} />{" "}
              <span className="muted">({count(kpis.nps.responses)} answers)</span>
            </dd>
          </div>
          <div>
            <dt>CSAT</dt>
            <dd data-testid="experience-csat">{percentValue(kpis.csat.score)}</dd>
          </div>
          <div>
            <dt>engagement</dt>
            <dd data-testid="experience-engagement">{ratioPercent(kpis.engagement.rate)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
