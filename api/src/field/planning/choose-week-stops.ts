/**
 * Which targets a rep visits in a week, from their approved call plans.
 *
 * A target of a territory covered by several reps belongs to the rep whose home base is nearest
 * (ties: the smaller user id), so two reps never plan the same visit. A target is due when the
 * calls planned pro rata to the end of the week (planned calls x working days of the cycle up to
 * the week's Friday / working days of the cycle, rounded up) exceed the calls made. Candidates
 * are ranked by calls due, then calls remaining in the cycle, then score, then id, and the first
 * `capacity` (calls per day x days) are chosen; targets with no calls left are not candidates.
 * A target without coordinates cannot be routed and is reported.
 */
import { haversineKm } from "../routing/haversine.ts";
import { workingDaysBetween } from "../../model/calendar.ts";

export interface WeekTarget {
  subjectId: string;
  plannedCalls: number;
  callsMade: number;
  score: number | null;
  lat: number | null;
  lon: number | null;
  cycleStart: string;
  cycleEnd: string;
  /** Reps covering the target's territory, with their home bases. */
  reps: readonly { id: string; lat: number; lon: number }[];
}

export interface WeekChoice<T extends WeekTarget> {
  chosen: (T & { due: number })[];
  noLocation: T[];
}

export function chooseWeekStops<T extends WeekTarget>(
  targets: readonly T[],
  repId: string,
  weekEnd: string,
  capacity: number,
): WeekChoice<T> {
  const mine = targets.filter((t) => {
    if (t.lat === null || t.lon === null || t.reps.length <= 1) return true;
    const here = { lat: t.lat, lon: t.lon };
    const nearest = [...t.reps].sort((a, b) => haversineKm(a, here) - haversineKm(b, here) || (a.id < b.id ? -1 : 1))[0]!;
    return nearest.id === repId;
  });
  const open = mine.filter((t) => t.plannedCalls - t.callsMade > 0);
  const due = (t: T) => {
    const share =
      workingDaysBetween(t.cycleStart, weekEnd < t.cycleEnd ? weekEnd : t.cycleEnd) /
      Math.max(1, workingDaysBetween(t.cycleStart, t.cycleEnd));
    return Math.ceil(t.plannedCalls * share - 1e-9) - t.callsMade;
  };
  const located = open.filter((t) => t.lat !== null && t.lon !== null).map((t) => ({ ...t, due: due(t) }));
  located.sort(
    (a, b) =>
      b.due - a.due ||
      b.plannedCalls - b.callsMade - (a.plannedCalls - a.callsMade) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
  );
  return { chosen: located.slice(0, capacity), noLocation: open.filter((t) => t.lat === null || t.lon === null) };
}
