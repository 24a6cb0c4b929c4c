import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayNumber, isoDate, weekStartOf } from "../../model/calendar.ts";
import { checkPeriod, periodArgs, periodOf, weeksOf } from "./report-period.ts";

describe("report period", () => {
  it("day numbers round-trip and weeks start on Monday", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(isoDate(dayNumber("2027-03-31"))).toBe("2027-03-31");
    expect(isoDate(weekStartOf(dayNumber("2027-01-03")))).toBe("2026-12-28");
    expect(isoDate(weekStartOf(dayNumber("2027-01-04")))).toBe("2027-01-04");
    expect(weeksOf(periodOf("2027-01-03", "2027-01-12")).map(isoDate)).toEqual(["2026-12-28", "2027-01-04", "2027-01-11"]);
  });

  it("from before to, at most 400 days; problems name the argument", () => {
    const schema = z.object(periodArgs).superRefine(checkPeriod);
    const path = (from: string, to: string) => schema.safeParse({ from, to }).error?.issues[0]?.path;
    expect(path("2027-01-01", "2028-02-05")).toBeUndefined();
    expect(path("2027-01-01", "2028-02-06")).toEqual(["to"]);
    expect(path("2027-01-01", "2027-01-01")).toEqual(["to"]);
    expect(path("2027-02-30", "2027-03-01")).toEqual(["from"]);
  });
});
