/**
 * A planning cycle (e.g. a quarter): the dates a call plan covers. Working days are Monday to
 * Friday between the first and the last day, both included (`workingDaysBetween` in
 * model/calendar.ts); capacity and the share of a plan due by a date are counted in them.
 */
import { z } from "zod";
import { daysBetween } from "../../model/calendar.ts";

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
