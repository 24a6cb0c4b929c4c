/**
 * An account's opening hours: `Account.openingHours`, JSON text of a list of windows
 * `{"day": 1..7 (Monday..Sunday), "open": "HH:MM", "close": "HH:MM"}`; several windows per day
 * are allowed (e.g. closed at lunch). Absent: open during all working hours.
 */
import { z } from "zod";
import type { TimeWindow } from "../routing/week-plan.ts";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM, 00:00 to 23:59");

export const openingHoursSchema = z
  .array(
    z
      .object({ day: z.number().int().min(1).max(7), open: clock, close: clock })
      .refine((w) => minutesOf(w.close) > minutesOf(w.open), { message: "close must be after open", path: ["close"] }),
  )
  .max(50);

export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** Minutes from midnight of an `HH:MM` clock time. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** `HH:MM` of minutes from midnight (rounded to the minute). */
export function clockOf(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * The windows of each planned day (`weekdays[i]` is the ISO weekday of day i), or undefined when
 * the hours are unknown (open all working hours). Stored hours that do not parse count as unknown.
 */
export function windowsByDay(openingHours: string | null | undefined, weekdays: readonly number[]): TimeWindow[][] | undefined {
  if (!openingHours) return undefined;
  let parsed: OpeningHours;
  try {
    const result = openingHoursSchema.safeParse(JSON.parse(openingHours));
    if (!result.success) return undefined;
    parsed = result.data;
  } catch {
    return undefined;
  }
  return weekdays.map((d) =>
    parsed
      .filter((w) => w.day === d)
      .map((w): TimeWindow => [minutesOf(w.open), minutesOf(w.close)])
      .sort((a, b) => a[0] - b[0]),
  );
}
