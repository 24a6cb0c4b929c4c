import type { Api } from "../../../api/use-api.ts";
import { useLateReports } from "../kpis/use-late-reports.ts";
import { useWeekPlan } from "../planning/use-week-plan.ts";
import { WeekPlanView } from "../planning/WeekPlanView.tsx";
import { ActivityList } from "../rep/ActivityList.tsx";
import { useRecentActivities } from "../rep/use-recent-activities.ts";

interface Props {
  api: Api;
  repId: string;
  name: string;
  /** The period of the late reports [from, to). */
  period: { from: string; to: string };
  weekStart: string;
  today: string;
  onClose: () => void;
}

/** A manager's look at one rep: this week's plan (read-only), their latest activities and their late or incomplete reports. */
export function RepDetail({ api, repId, name, period, weekStart, today, onClose }: Props) {
  const week = useWeekPlan(api, weekStart, repId);
  const recent = useRecentActivities(api, { repId, limit: 30 }, repId);
  const late = useLateReports(api, { repId, ...period }, repId);
  return (
    <section className="survey-panel rep-detail" aria-label={`Rep ${name}`} data-testid="rep-detail">
      <header className="panel-head">
        <h3>{name}</h3>
        <button type="button" onClick={onClose} aria-label="Close the rep's details">
          ×
        </button>
      </header>
      <h4>This week</h4>
      {week.error && <p className="error">{week.error}</p>}
      {week.loaded && !week.plan && <p className="muted">No plan for this week.</p>}
      {week.plan && <WeekPlanView plan={week.plan} today={today} busy={false} />}
      <h4>Latest activities</h4>
      {recent.error && <p className="error">{recent.error}</p>}
      <ActivityList activities={recent.activities} testId="rep-activities" />
      <h4>Late or incomplete reports</h4>
      {late.error && <p className="error">{late.error}</p>}
      <ActivityList activities={late.late} testId="rep-late-reports" recorded />
    </section>
  );
}
