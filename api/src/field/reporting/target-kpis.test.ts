import { describe, expect, it } from "vitest";
import { fieldKpis, noActivities, noTargets } from "./field-kpis.ts";
import { dayNumber } from "../../model/calendar.ts";
import { periodOf } from "./report-period.ts";
import { targetBreakdown } from "./target-kpis.ts";

const d = dayNumber;

describe("target KPIs", () => {
  const group = {
    territoryId: "T1",
    segment: "A",
    plannedCalls: 3,
    cycleStart: d("2027-01-01"),
    cycleEnd: d("2027-03-31"),
    // more calls than planned; one call outside the cycle; no calls
    calls: [[d("2027-01-04"), d("2027-01-05"), d("2027-01-06"), d("2027-02-01")], [d("2026-12-30")], []],
  };

  it("a whole cycle: more calls than planned attain the plan only; calls outside the cycle do not count", () => {
    const t = targetBreakdown([group], periodOf("2026-12-01", "2027-06-01")).bySegment.get("T1\u0000A")!;
    expect(t).toEqual({ targets: 3, seen: 1, expected: 9, callsOnTargets: 4, attained: 3, covered: 1 });
    expect(fieldKpis(noActivities(), t)).toMatchObject({ reach: 1 / 3, frequencyAttainment: 1 / 3, coverage: 1 / 3 });
  });

  it("part of a cycle expects its share; each week its own share", () => {
    const b = targetBreakdown([group], periodOf("2027-01-01", "2027-01-10"));
    const t = b.bySegment.get("T1\u0000A")!;
    expect(t.expected).toBeCloseTo(0.9);
    expect(t.attained).toBeCloseTo(0.3);
    const firstWeek = b.byWeek.get(`T1\u0000${d("2026-12-28")}`)!;
    expect(firstWeek.expected).toBeCloseTo((9 * 3) / 90);
    expect(firstWeek.callsOnTargets).toBe(0);
    const secondWeek = b.byWeek.get(`T1\u0000${d("2027-01-04")}`)!;
    expect(secondWeek).toMatchObject({ targets: 3, seen: 1, callsOnTargets: 3, covered: 1 });
  });

  it("a period outside the cycle has no targets; no targets give null ratios", () => {
    expect(targetBreakdown([group], periodOf("2027-04-01", "2027-05-01")).bySegment.size).toBe(0);
    expect(fieldKpis(noActivities(), noTargets())).toMatchObject({
      reach: null,
      frequencyAttainment: null,
      coverage: null,
      callsPerDay: null,
    });
  });
});
