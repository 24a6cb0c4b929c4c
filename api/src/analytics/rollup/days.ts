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

export { dayNumber, isoDate, todayIso } from "../../model/calendar.ts";

/** Whether an edge with the given (sentinel-encoded) bounds is active on `day`. */
export function activeOn(validFrom: number, validTo: number, day: number): boolean {
  return validFrom <= day && day <= validTo;
}
