import type { PlannedVisit } from "../../../api/planning-types.ts";
import { clockTime } from "./week-dates.ts";

interface Props {
  visits: PlannedVisit[];
  busy: boolean;
  /** Absent: the list is read-only (a manager looking at a rep's plan). */
  onMove?: (index: number, step: -1 | 1) => void;
  onRecord?: (visit: PlannedVisit) => void;
  onSurvey?: (visit: PlannedVisit) => void;
}

/** A day's visits in order, with times, a warning when a visit misses its opening window, and the rep's actions. */
export function DayVisits({ visits, busy, onMove, onRecord, onSurvey }: Props) {
  if (visits.length === 0) return <p className="muted">No visits planned this day.</p>;
  return (
    <ol className="day-visits" data-testid="day-visits">
      {visits.map((v, i) => (
        <li key={v.subjectId} data-testid={`visit-${v.subjectId}`}>
          <span className="visit-time">
            {clockTime(v.startAt)}–{clockTime(v.endAt)}
          </span>
          <span className="visit-name">
            {v.name} {v.segment && <span className="muted">({v.segment})</span>}
          </span>
          {!v.withinWindow && (
            <span className="warning" data-testid="visit-outside-window">
              outside opening hours
            </span>
          )}
          <span className="visit-actions">
            {onMove && (
              <>
                <button type="button" disabled={busy || i === 0} aria-label={`Move ${v.name} earlier`} onClick={() => onMove(i, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  disabled={busy || i === visits.length - 1}
                  aria-label={`Move ${v.name} later`}
                  onClick={() => onMove(i, 1)}
                  data-testid="visit-later"
                >
                  ↓
                </button>
              </>
            )}
            {onRecord && (
              <button type="button" onClick={() => onRecord(v)} data-testid="visit-record">
                Record visit
              </button>
            )}
            {onSurvey && (
              <button type="button" onClick={() => onSurvey(v)} data-testid="visit-survey">
                Survey
              </button>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
