import type { ExperienceKpis } from "../../api/experience-types.ts";
import { count, latestQuarter, NO_VALUE, percentValue, points, ratioPercent } from "./experience-format.ts";
import { NpsBandBadge } from "./NpsBandBadge.tsx";

/** The headline experience KPIs of a subject: NPS with its band and 95% interval, CSAT, engagement, the latest quarter's CRR. */
export function ExperienceTiles({ kpis }: { kpis: ExperienceKpis }) {
  const { nps, csat, engagement } = kpis;
  const quarter = latestQuarter(kpis.retention);
  return (
    <dl className="kpi-tiles" data-testid="experience-tiles">
      <div className="kpi-tile" data-testid="exp-kpi-nps">
        <dt className="muted">NPS</dt>
        <dd className="value">
          <span data-testid="exp-nps-value">{points(nps.score)}</span> <NpsBandBadge band={nps.band} />
        </dd>
        <dd className="muted" data-testid="exp-nps-interval">
          {nps.low === null || nps.high === null ? "no interval" : `95% interval ${points(nps.low)} to ${points(nps.high)}`}
        </dd>
        <dd className="muted" data-testid="exp-nps-responses">
          {count(nps.responses)} answers
        </dd>
      </div>
      <div className="kpi-tile" data-testid="exp-kpi-csat">
        <dt className="muted">CSAT (4-5 of 5)</dt>
        <dd className="value" data-testid="exp-csat-value">
          {percentValue(csat.score)}
        </dd>
        <dd className="muted">{count(csat.responses)} answers</dd>
      </div>
      <div className="kpi-tile" data-testid="exp-kpi-engagement">
        <dt className="muted">Engagement rate</dt>
        <dd className="value" data-testid="exp-engagement-value">
          {ratioPercent(engagement.rate)}
        </dd>
        <dd className="muted">
          {count(engagement.activated)} activated of {count(engagement.delivered)} delivered
        </dd>
      </div>
      <div className="kpi-tile" data-testid="exp-kpi-crr">
        <dt className="muted">Customer retention (CRR){quarter && `, ${quarter.period}`}</dt>
        <dd className="value" data-testid="exp-crr-value">
          {quarter ? percentValue(quarter.crr) : NO_VALUE}
        </dd>
        <dd className="muted">
          {!quarter
            ? "no whole quarter in the range"
            : quarter.crr === null
              ? "no prescribers at the start (S = 0)"
              : `${count(quarter.start)} at start, ${count(quarter.end)} at end, ${count(quarter.new)} new`}
        </dd>
      </div>
    </dl>
  );
}
