import { describe, expect, it } from "vitest";
import { addDays, clockTime, localDate, mondayOf } from "./week-dates.ts";

describe("week dates", () => {
  it("the Monday of a week, from any day of it (Sunday belongs to the week before)", () => {
    expect(mondayOf(new Date(2027, 0, 11))).toBe("2027-01-11");
    expect(mondayOf(new Date(2027, 0, 15, 23, 59))).toBe("2027-01-11");
    expect(mondayOf(new Date(2027, 0, 17))).toBe("2027-01-11");
    expect(mondayOf(new Date(2027, 0, 18))).toBe("2027-01-18");
    expect(mondayOf(new Date(2027, 2, 3))).toBe("2027-03-01");
  });

  it("formats days and clock times", () => {
    expect(localDate(new Date(2027, 0, 5))).toBe("2027-01-05");
    expect(clockTime("2027-01-11T14:05")).toBe("14:05");
    expect([addDays("2027-02-28", 1), addDays("2027-03-01", -1), addDays("2026-12-31", 1)]).toEqual([
      "2027-03-01",
      "2027-02-28",
      "2027-01-01",
    ]);
  });
});
