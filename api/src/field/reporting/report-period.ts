/**
 * A report's period `[from, to)` of calendar dates, and its days as numbers (days since
 * 1970-01-01) for arithmetic; weeks start on Monday.
 */
import { z } from "zod";
import { dayNumber, isIsoDate, weekStartOf } from "../../model/calendar.ts";

export const MAX_PERIOD_DAYS = 400;

export interface Period {
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
}

const date = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** The `from` and `to` arguments: dates, `from` before `to`, at most MAX_PERIOD_DAYS days. */
export const periodArgs = {
  from: date,
  to: date,
};

export function periodOf(from: string, to: string): Period {
  return { from, to, fromDay: dayNumber(from), toDay: dayNumber(to) };
}

/** Adds the period checks to an object schema holding `from` and `to`; problems name `to`. */
export function checkPeriod(a: { from: string; to: string }, ctx: z.RefinementCtx): void {
  // A date that is not a real one already has its own problem.
  if (!isIsoDate(a.from) || !isIsoDate(a.to)) return;
  const days = dayNumber(a.to) - dayNumber(a.from);
  if (days <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from (the period is [from, to))" });
  else if (days > MAX_PERIOD_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `the period is at most ${MAX_PERIOD_DAYS} days` });
}

/** The Mondays of the weeks that overlap the period. */
export function weeksOf(p: Period): number[] {
  const weeks: number[] = [];
  for (let w = weekStartOf(p.fromDay); w < p.toDay; w += 7) weeks.push(w);
  return weeks;
}
