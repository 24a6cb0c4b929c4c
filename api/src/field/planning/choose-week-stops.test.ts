import { describe, expect, it } from "vitest";
import { chooseWeekStops, type WeekTarget } from "./choose-week-stops.ts";
import { windowsByDay } from "./opening-hours.ts";

const target = (subjectId: string, plannedCalls: number, callsMade: number, extra: Partial<WeekTarget> = {}): WeekTarget => ({
  subjectId,
  plannedCalls,
  callsMade,
  score: 50,
  lat: 40,
  lon: -75,
  cycleStart: "2027-01-04",
  cycleEnd: "2027-03-26",
  reps: [{ id: "r1", lat: 40, lon: -75 }],
  ...extra,
});

describe("chooseWeekStops", () => {
  it("ranks by calls due by the end of the week, then calls left, then score", () => {
    // Week 2 of a 60-working-day cycle: 10/60 of the plan is due.
    const c = chooseWeekStops(
      [target("a", 12, 0), target("b", 12, 2), target("c", 6, 0, { score: 90 }), target("d", 6, 0, { score: 10 }), target("e", 4, 4)],
      "r1",
      "2027-01-15",
      3,
    );
    expect(c.chosen.map((t) => [t.subjectId, t.due])).toEqual([
      ["a", 2],
      ["c", 1],
      ["d", 1],
    ]);
  });

  it("gives a shared territory's target to the nearest rep and reports targets without a place", () => {
    const reps = [
      { id: "r1", lat: 40, lon: -75 },
      { id: "r2", lat: 41, lon: -74 },
    ];
    const targets = [
      target("near1", 8, 0, { reps, lat: 40.1, lon: -75.1 }),
      target("near2", 8, 0, { reps, lat: 40.9, lon: -74.1 }),
      target("nowhere", 8, 0, { lat: null, lon: null }),
    ];
    const c = chooseWeekStops(targets, "r1", "2027-01-08", 10);
    expect(c.chosen.map((t) => t.subjectId)).toEqual(["near1"]);
    expect(c.noLocation.map((t) => t.subjectId)).toEqual(["nowhere"]);
  });
});

describe("windowsByDay", () => {
  it("maps opening hours onto the planned weekdays; unknown or unreadable hours mean open all day", () => {
    const hours = JSON.stringify([
      { day: 1, open: "13:00", close: "17:00" },
      { day: 1, open: "08:00", close: "12:00" },
      { day: 3, open: "09:00", close: "11:30" },
    ]);
    expect(windowsByDay(hours, [1, 2, 3])).toEqual([
      [
        [480, 720],
        [780, 1020],
      ],
      [],
      [[540, 690]],
    ]);
    expect(windowsByDay(null, [1])).toBeUndefined();
    expect(windowsByDay("not json", [1])).toBeUndefined();
    expect(windowsByDay(JSON.stringify([{ day: 1, open: "12:00", close: "08:00" }]), [1])).toBeUndefined();
  });
});
