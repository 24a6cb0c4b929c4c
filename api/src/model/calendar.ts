/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC), for integer arithmetic on dates:
 * validity checks in the roll-up loops, cycles and their working days, report periods and weeks.
 * Weeks start on Monday; working days are Monday to Friday.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Dates repeat massively across edges (import days, period starts); parsing each once keeps
// loading millions of edges cheap.
const parsed = new Map<string, number>();

/** The day number of an ISO date 'YYYY-MM-DD'; throws RangeError on anything else. */
export function dayNumber(iso: string): number {
  const cached = parsed.get(iso);
  if (cached !== undefined) return cached;
  const ms = ISO_DATE.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  // The round trip rejects dates that parse by rolling over, such as 2025-02-30.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  }
  const day = ms / MS_PER_DAY;
  parsed.set(iso, day);
  return day;
}

/** Whether a text is a real calendar date 'YYYY-MM-DD' (2027-02-30 is not). */
export function isIsoDate(iso: string): boolean {
  try {
    dayNumber(iso);
    return true;
  } catch {
    return false;
  }
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's date in UTC, the default as-of date (Neo4j's `date()` with its default UTC zone). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** 1 = Monday .. 7 = Sunday (ISO) of a day number; day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday on or before a day number. */
export function weekStartOf(day: number): number {
  return day - weekdayOf(day) + 1;
}

/** The date `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday .. 7 = Sunday of an ISO date. */
export function isoWeekday(iso: string): number {
  return weekdayOf(dayNumber(iso));
}

/** Monday-to-Friday days from `first` to `last`, both included (0 when `last` is earlier). */
export function workingDaysBetween(first: string, last: string): number {
  const days = daysBetween(first, last) + 1;
  if (days <= 0) return 0;
  let count = Math.floor(days / 7) * 5;
  const start = isoWeekday(first);
  for (let i = 0; i < days % 7; i++) if (((start - 1 + i) % 7) + 1 <= 5) count++;
  return count;
}
