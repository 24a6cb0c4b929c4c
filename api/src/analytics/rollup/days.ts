/**
 * Dates of the hierarchy as day numbers (days since 1970-01-01, UTC), so validity checks in the
 * hot loops are integer comparisons.
 *
 * Validity convention (the same as ACTIVE_ON_AS_OF in explore/cypher-fragments.ts and
 * docs/MODEL.md, where `validTo` is the edge's *last* effective day): an edge is active on day t
 * when (validFrom is null or validFrom <= t) and (validTo is null or t <= validTo).
 * Both bounds are inclusive; null bounds are stored as the sentinels below.
 */

/** validFrom = null: effective since forever. */
export const OPEN_START = -2147483648;
/** validTo = null: open-ended. */
export const OPEN_END = 2147483647;

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

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's date in UTC, the default as-of date (Neo4j's `date()` with its default UTC zone). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether an edge with the given (sentinel-encoded) bounds is active on `day`. */
export function activeOn(validFrom: number, validTo: number, day: number): boolean {
  return validFrom <= day && day <= validTo;
}
