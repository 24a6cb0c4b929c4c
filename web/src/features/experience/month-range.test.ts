import { describe, expect, it } from "vitest";
import { addMonths, lastMonths, monthCount, previousRange, rangeProblem } from "./month-range.ts";

describe("month ranges", () => {
  it("the last 12 months end with the current month, across a year boundary", () => {
    expect(lastMonths(new Date(2026, 11, 3), 12)).toEqual({ from: "2026-01", to: "2026-12" });
    expect(lastMonths(new Date(2027, 0, 31), 12)).toEqual({ from: "2026-02", to: "2027-01" });
    expect(lastMonths(new Date(2027, 0, 31), 1)).toEqual({ from: "2027-01", to: "2027-01" });
  });

  it("the previous range has the same length and ends the month before", () => {
    expect(previousRange({ from: "2026-10", to: "2026-12" })).toEqual({ from: "2026-07", to: "2026-09" });
    expect(previousRange({ from: "2026-01", to: "2026-12" })).toEqual({ from: "2025-01", to: "2025-12" });
    expect(monthCount({ from: "2025-11", to: "2026-02" })).toBe(4);
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it("names what the API would refuse", () => {
    expect(rangeProblem({ from: "2026-01", to: "2026-12" })).toBeNull();
    expect(rangeProblem({ from: "2026-05", to: "2026-04" })).toBe("The first month is after the last.");
    expect(rangeProblem({ from: "2023-01", to: "2026-01" })).toBe("A range is at most 36 months.");
    expect(rangeProblem({ from: "", to: "2026-01" })).toBe("Choose both months.");
  });
});
