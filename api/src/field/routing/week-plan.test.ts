import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../model/seeded-random.ts";
import { haversineKm } from "./haversine.ts";
import { type PlanStop, planWeek, scheduleDayInOrder, type TimeWindow, type WeekPlan, type WeekPlanSettings } from "./week-plan.ts";

const H = (hour: number) => hour * 60;
const SETTINGS: WeekPlanSettings = {
  home: { lat: 40.5, lon: -75 },
  days: 5,
  workStart: H(8),
  workEnd: H(18),
  roadFactor: 1.3,
  speedKmh: 50,
  seed: 1,
};

function randomStops(count: number, seed: number, windows = true): PlanStop[] {
  const r = new SeededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const closedDay = r.int(0, 6); // 5 and 6: open every day
    const morningOnly = r.chance(0.3);
    const day: TimeWindow[] = morningOnly
      ? [[H(8), H(12)]]
      : [
          [H(9), H(12)],
          [H(13), H(17)],
        ];
    return {
      id: `s${i}`,
      lat: 40.05 + r.next() * 0.9,
      lon: -75.59 + r.next() * 1.18,
      visitMinutes: r.pick([15, 20, 30, 45]),
      windowsByDay: windows ? Array.from({ length: 5 }, (_, d) => (d === closedDay ? [] : day)) : undefined,
    };
  });
}

/** Checks a plan against its inputs independently of the planner: times, windows, hours, each stop once. */
function checkPlan(plan: WeekPlan, stops: PlanStop[], s: WeekPlanSettings): void {
  const byId = new Map(stops.map((x) => [x.id, x]));
  const seen = [...plan.days.flatMap((d) => d.visits.map((v) => v.id)), ...plan.unscheduled.map((u) => u.id)];
  expect([...seen].sort()).toEqual(stops.map((x) => x.id).sort());
  for (const d of plan.days) {
    let t = s.workStart;
    let at = s.home;
    for (const v of d.visits) {
      const stop = byId.get(v.id)!;
      const minutes = ((haversineKm(at, stop) * s.roadFactor) / s.speedKmh) * 60;
      expect(v.arrive).toBeCloseTo(t + minutes, 6);
      expect(v.start).toBeGreaterThanOrEqual(v.arrive - 1e-9);
      expect(v.end).toBeCloseTo(v.start + stop.visitMinutes, 6);
      const windows = stop.windowsByDay ? stop.windowsByDay[d.day]! : [[s.workStart, s.workEnd] as const];
      expect(windows.some(([open, close]) => v.start >= open - 1e-9 && v.end <= close + 1e-9)).toBe(true);
      t = v.end;
      at = stop;
    }
    expect(d.end).toBeCloseTo(t + ((haversineKm(at, s.home) * s.roadFactor) / s.speedKmh) * 60, 6);
    expect(d.end).toBeLessThanOrEqual(s.workEnd + 1e-9);
  }
}

describe("week plan", { timeout: 30_000 }, () => {
  it("property: every visit keeps its opening hours and every day its working hours; each stop once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 1e6 }), (count, seed) => {
        const stops = randomStops(count, seed);
        checkPlan(planWeek(stops, SETTINGS), stops, SETTINGS);
      }),
      { numRuns: 12 },
    );
  });

  it("places a stop on the only day it is open", () => {
    const wednesday: PlanStop = { id: "wed", lat: 40.6, lon: -75.1, visitMinutes: 30, windowsByDay: [[], [], [[H(14), H(16)]], [], []] };
    const plan = planWeek([wednesday, ...randomStops(10, 3)], SETTINGS);
    const day = plan.days.find((d) => d.visits.some((v) => v.id === "wed"))!;
    expect(day.day).toBe(2);
    expect(day.visits.find((v) => v.id === "wed")!.start).toBeGreaterThanOrEqual(H(14));
  });

  it("says why a stop cannot be planned: closed all week, out of reach, or no room left", () => {
    const closed: PlanStop = { id: "closed", lat: 40.6, lon: -75.1, visitMinutes: 30, windowsByDay: [[], [], [], [], []] };
    const far: PlanStop = { id: "far", lat: 47.6, lon: -122.3, visitMinutes: 30 };
    const plan = planWeek([closed, far], SETTINGS);
    expect(plan.unscheduled).toEqual([
      { id: "closed", reason: "closed on every day of the plan" },
      expect.objectContaining({ id: "far", reason: expect.stringContaining("cannot be reached") }),
    ]);

    const crowd = randomStops(120, 9, false).map((x) => ({ ...x, visitMinutes: 45 }));
    const full = planWeek(crowd, SETTINGS);
    expect(full.unscheduled.length).toBeGreaterThan(0);
    expect(full.unscheduled.every((u) => u.reason === "no room left: every day it is open is full")).toBe(true);
    checkPlan(full, crowd, SETTINGS);
  });

  it("spreads a feasible load over the week and is deterministic for a seed", () => {
    const stops = randomStops(30, 5);
    const plan = planWeek(stops, SETTINGS);
    expect(plan.unscheduled).toEqual([]);
    expect(plan.days.filter((d) => d.visits.length > 0).length).toBeGreaterThan(1);
    expect(planWeek(stops, SETTINGS)).toEqual(plan);
  });

  it("improvement never lengthens the week against the plain insertion order", () => {
    const stops = randomStops(35, 17, false);
    const plan = planWeek(stops, SETTINGS);
    const totalKm = plan.days.reduce((s, d) => s + d.distanceKm, 0);
    expect(plan.distanceKm).toBeCloseTo(totalKm, 9);
    // Visiting the same stops day by day in the given order is never shorter than the plan.
    const naive = plan.days.reduce((s, d) => {
      const ids = [...d.visits.map((v) => v.id)].sort();
      let km = 0;
      let at = SETTINGS.home;
      for (const id of ids) {
        const stop = stops.find((x) => x.id === id)!;
        km += haversineKm(at, stop) * SETTINGS.roadFactor;
        at = stop;
      }
      return s + km + haversineKm(at, SETTINGS.home) * SETTINGS.roadFactor;
    }, 0);
    expect(plan.distanceKm).toBeLessThanOrEqual(naive + 1e-9);
  });

  it("a day in a hand-made order keeps that order, recomputes the times and marks the visits that miss their window", () => {
    const stops = randomStops(6, 23);
    const plan = planWeek(stops, SETTINGS);
    const day = plan.days.find((d) => d.visits.length >= 3)!;
    const inPlanOrder = day.visits.map((v) => stops.find((x) => x.id === v.id)!);
    const same = scheduleDayInOrder(inPlanOrder, SETTINGS, day.day);
    expect(same.visits.map(({ id, arrive, start, end }) => ({ id, arrive, start, end }))).toEqual(day.visits);
    expect(same.visits.every((v) => v.withinWindow)).toBe(true);
    expect(same.distanceKm).toBeCloseTo(day.distanceKm, 9);

    const late: PlanStop = { id: "late", lat: 40.5, lon: -75.0, visitMinutes: 30, windowsByDay: [[[H(8), H(8) + 20]], [], [], [], []] };
    const reversed = scheduleDayInOrder([...inPlanOrder].reverse().concat(late), { ...SETTINGS }, 0);
    expect(reversed.visits.map((v) => v.id)).toEqual(
      [...inPlanOrder]
        .reverse()
        .map((x) => x.id)
        .concat("late"),
    );
    const lateVisit = reversed.visits.at(-1)!;
    expect(lateVisit.withinWindow).toBe(false);
    expect(lateVisit.start).toBe(lateVisit.arrive);
  });
});
