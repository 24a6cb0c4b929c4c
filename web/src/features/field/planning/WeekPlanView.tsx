import { useMemo, useState } from "react";
import type { PlannedVisit, WeekPlan } from "../../../api/planning-types.ts";
import { RouteMap } from "../map/RouteMap.tsx";
import { DayVisits } from "./DayVisits.tsx";
import { moveStop } from "./move-stop.ts";
import { clockTime, dayLabel } from "./week-dates.ts";

interface Props {
  plan: WeekPlan;
  /** The day shown first: today when it is in the plan, else the first day. */
  today: string;
  busy: boolean;
  onReorder?: (date: string, order: string[]) => void;
  onRecord?: (visit: PlannedVisit) => void;
  onSurvey?: (visit: PlannedVisit) => void;
}

/** A week plan one day at a time: the day's route on the map beside its visits. */
export function WeekPlanView({ plan, today, busy, onReorder, onRecord, onSurvey }: Props) {
  const [chosen, setChosen] = useState(plan.days.some((d) => d.date === today) ? today : (plan.days[0]?.date ?? today));
  const day = plan.days.find((d) => d.date === chosen);
  const order = day?.visits.map((v) => v.subjectId) ?? [];
  // Stable between renders: the map projects every state outline again when its stops change.
  const stops = useMemo(
    () => (day?.visits ?? []).map((v) => ({ id: v.subjectId, name: v.name, lat: v.lat, lon: v.lon, time: clockTime(v.startAt) })),
    [day],
  );
  return (
    <div className="week-plan" data-testid="week-plan" data-version={plan.version}>
      <div className="day-tabs" role="tablist" aria-label="Days of the week">
        {plan.days.map((d) => (
          <button
            type="button"
            role="tab"
            key={d.date}
            aria-selected={d.date === chosen}
            onClick={() => setChosen(d.date)}
            data-testid={`day-tab-${d.date}`}
          >
            {dayLabel(d.date)} <span className="muted">({d.visits.length})</span>
          </button>
        ))}
      </div>
      {day && (
        <div role="tabpanel" aria-label={dayLabel(day.date)}>
          <p className="muted" data-testid="day-summary">
            {day.visits.length} visit(s) · {day.distanceKm.toFixed(1)} km · {Math.round(day.travelMinutes)} min driving
            {day.startAt && day.endAt && ` · ${clockTime(day.startAt)} to ${clockTime(day.endAt)}`}
            {!day.homeInTime && <span className="warning"> · back home after working hours</span>}
          </p>
          <div className="day-layout">
            <RouteMap home={plan.home} stops={stops} title={`Route of ${dayLabel(day.date)}`} />
            <DayVisits
              visits={day.visits}
              busy={busy}
              onMove={onReorder && ((i, step) => onReorder(day.date, moveStop(order, i, step)))}
              onRecord={onRecord}
              onSurvey={onSurvey}
            />
          </div>
        </div>
      )}
      {plan.unplanned.length > 0 && (
        <details className="unplanned">
          <summary>{plan.unplanned.length} target(s) not planned this week</summary>
          <ul>
            {plan.unplanned.map((u) => (
              <li key={u.subjectId}>
                {u.name}: <span className="muted">{u.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
