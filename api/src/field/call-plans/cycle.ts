/**
 * A planning cycle (e.g. a quarter): the dates a call plan covers. Working days are Monday to
 * Friday between the first and the last day, both included; capacity and the share of a plan
 * due by a date are counted in them.
 */
import { z } from "zod";

const MAX_CYCLE_DAYS = 366;

export const cycleInputSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,59}$/, "letters, digits, _ . : - (at most 60), e.g. 2027-Q1"),
    name: z.string().trim().min(1).max(100),
    startDate: z.iso.date("must be a date YYYY-MM-DD"),
    endDate: z.iso.date("must be a date YYYY-MM-DD"),
  })
  .superRefine((c, ctx) => {
    const days = daysBetween(c.startDate, c.endDate) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["endDate"], message: "must not be before startDate" });
    else if (days > MAX_CYCLE_DAYS)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: `a cycle spans at most ${MAX_CYCLE_DAYS} days` });
  });

export type CycleInput = z.infer<typeof cycleInputSchema>;

const DAY_MS = 86_400_000;
const epochDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return new Date((epochDay(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday .. 7 = Sunday (ISO). */
export function isoWeekday(isoDate: string): number {
  return ((((epochDay(isoDate) + 3) % 7) + 7) % 7) + 1;
}

/** Monday-to-Friday days from `first` to `last`, both included (0 when `last` is earlier). */
export function workingDaysBetween(first: string, last: string): number {
  const days = daysBetween(first, last) + 1;
  if (days <= 0) return 0;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  const start = isoWeekday(first);
  for (let i = 0; i < days % 7; i++) if (((start - 1 + i) % 7) + 1 <= 5) count++;
  return count;
}
