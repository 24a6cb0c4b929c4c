import { describe, expect, it } from "vitest";
import { periodOf } from "./report-period.ts";
import { repWeekTotals, splitIntoWeeks } from "./rep-week-facts.ts";

describe("splitIntoWeeks", () => {
  it("keeps whole Monday-to-Sunday weeks and leaves the days before and after them", () => {
    // 2027-01-06 is a Wednesday, 2027-02-03 a Wednesday.
    expect(splitIntoWeeks(periodOf("2027-01-06", "2027-02-03"))).toEqual({
      head: ["2027-01-06", "2027-01-11"],
      weeks: ["2027-01-11", "2027-02-01"],
      tail: ["2027-02-01", "2027-02-03"],
    });
  });

  it("has no head or tail when the period is whole weeks", () => {
    expect(splitIntoWeeks(periodOf("2027-01-04", "2027-01-18"))).toEqual({
      head: ["2027-01-04", "2027-01-04"],
      weeks: ["2027-01-04", "2027-01-18"],
      tail: ["2027-01-18", "2027-01-18"],
    });
  });

  it("has no whole week in a period shorter than one, or across one Monday only", () => {
    expect(splitIntoWeeks(periodOf("2027-01-05", "2027-01-08"))).toEqual({
      head: ["2027-01-05", "2027-01-08"],
      weeks: ["2027-01-08", "2027-01-08"],
      tail: ["2027-01-08", "2027-01-08"],
    });
    expect(splitIntoWeeks(periodOf("2027-01-05", "2027-01-13"))).toEqual({
      head: ["2027-01-05", "2027-01-11"],
      weeks: ["2027-01-11", "2027-01-11"],
      tail: ["2027-01-11", "2027-01-13"],
    });
  });
});

describe("repWeekTotals", () => {
  const sets = ["T1", "T1,T2", "T2"];
  // activities, calls, onTime, checked, missing, call days, visit days; call days: Monday and Tuesday; Tuesday; Tuesday and Friday.
  const counts = [3, 2, 3, 2, 0, 0b11, 0b1, 2, 1, 1, 1, 1, 0b10, 0, 4, 3, 4, 2, 1, 0b10010, 0b10000];

  it("sums the counts of the sets touching the territories and counts each day once", () => {
    expect(repWeekTotals(sets, counts, new Set(["T2"]))).toEqual({
      activities: 6,
      calls: 4,
      activeDays: 2,
      daysInField: 1,
      onTime: 5,
      checked: 3,
      missing: 2,
    });
    expect(repWeekTotals(sets, counts, null)).toMatchObject({ activities: 9, activeDays: 3, daysInField: 2 });
  });

  it("is nothing when no set touches the territories", () => {
    expect(repWeekTotals(sets, counts, new Set(["T3"]))).toBeNull();
  });
});
