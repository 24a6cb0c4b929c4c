import type { PlannedVisit } from "../../../api/planning-types.ts";
import type { Api } from "../../../api/use-api.ts";
import { useWeekPlan } from "./use-week-plan.ts";
import { WeekPlanView } from "./WeekPlanView.tsx";

interface Props {
  api: Api;
  weekStart: string;
  today: string;
  onRecord: (visit: PlannedVisit) => void;
  onSurvey: (visit: PlannedVisit) => void;
}

/** The rep's own week plan, today first; "Plan my week" when there is none yet. */
export function MyWeek({ api, weekStart, today, onRecord, onSurvey }: Props) {
  const w = useWeekPlan(api, weekStart);
  return (
    <>
      {w.error && (
        <p className="error" data-testid="week-error">
          {w.error}
        </p>
      )}
      {!w.loaded && !w.error && <p className="muted">Loading the week plan…</p>}
      {w.loaded && !w.plan && (
        <p>
          No plan for this week yet.{" "}
          <button type="button" className="primary" disabled={w.busy} onClick={() => void w.planWeek()} data-testid="plan-week">
            Plan my week
          </button>
        </p>
      )}
      {w.plan && (
        <WeekPlanView
          plan={w.plan}
          today={today}
          busy={w.busy}
          onReorder={(date, order) => void w.reorder(date, order)}
          onRecord={onRecord}
          onSurvey={onSurvey}
        />
      )}
    </>
  );
}
