import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoWeekday, workingDaysBetween } from "../../model/calendar.ts";
import { type Candidate, selectTargets, territoryCapacity } from "./select-targets.ts";

const FREQ = new Map([
  ["A", 8],
  ["B", 4],
  ["C", 2],
  ["D", 0],
]);
const c = (subjectId: string, segment: string | null, score: number | null): Candidate => ({
  subjectId,
  subjectKind: "HCP",
  segment,
  score,
});

describe("selectTargets", () => {
  it("ranks by frequency, then score, then id, and stops at the first that does not fit", () => {
    const s = selectTargets(
      [c("h1", "C", 90), c("h2", "A", 10), c("h3", "B", 50), c("h4", "B", 70), c("h5", "D", 99), c("h6", null, 99)],
      FREQ,
      13,
    );
    expect(s.targets.map((t) => [t.subjectId, t.plannedCalls])).toEqual([
      ["h2", 8],
      ["h4", 4],
    ]);
    // h3 (B, 4 calls) does not fit in the 1 call left, so h1 (C, 2 calls) is dropped too, although it would not fit either way.
    expect(s.dropped.map((d) => [d.subjectId, d.callsWanted])).toEqual([
      ["h3", 4],
      ["h1", 2],
    ]);
    expect(s.plannedCalls).toBe(12);
    expect(s.dropped[0]!.reason).toBe("over capacity: 12 of 13 calls planned for higher-ranked targets");
  });

  it("never lets a lower-ranked target in ahead of a dropped higher-ranked one (property)", () => {
    const candidate = fc.record({
      subjectId: fc.string({ minLength: 1, maxLength: 4 }),
      subjectKind: fc.constant("HCP" as const),
      segment: fc.constantFrom("A", "B", "C", "D", null),
      score: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (x) => x.subjectId, maxLength: 40 }), fc.nat(200), (cands, capacity) => {
        const s = selectTargets(cands, FREQ, capacity);
        expect(s.plannedCalls).toBeLessThanOrEqual(capacity);
        expect(s.targets.reduce((t, x) => t + x.plannedCalls, 0)).toBe(s.plannedCalls);
        const eligible = cands.filter((x) => x.segment !== null && (FREQ.get(x.segment) ?? 0) > 0);
        expect(s.targets.length + s.dropped.length).toBe(eligible.length);
        const minKept = Math.min(...s.targets.map((t) => t.plannedCalls));
        for (const d of s.dropped) expect(d.callsWanted).toBeLessThanOrEqual(minKept);
        if (s.dropped.length > 0) expect(s.plannedCalls + s.dropped[0]!.callsWanted).toBeGreaterThan(capacity);
      }),
    );
  });

  it("with no capacity drops everything and says why", () => {
    const s = selectTargets([c("h1", "A", 1)], FREQ, 0);
    expect(s.targets).toEqual([]);
    expect(s.dropped[0]!.reason).toMatch(/no rep covers/);
  });
});

describe("capacity and calendar", () => {
  it("shares a rep's days equally among the territories the rep covers", () => {
    expect(territoryCapacity(60, 8, [1])).toBe(480);
    expect(territoryCapacity(60, 8, [2, 1])).toBe(720);
    expect(territoryCapacity(61, 7, [3])).toBe(142);
    expect(territoryCapacity(60, 8, [])).toBe(0);
  });

  it("counts Monday to Friday, both ends included", () => {
    expect(isoWeekday("2026-11-30")).toBe(1);
    expect(isoWeekday("2026-12-06")).toBe(7);
    expect(workingDaysBetween("2027-01-01", "2027-03-31")).toBe(64);
    expect(workingDaysBetween("2026-12-05", "2026-12-06")).toBe(0);
    expect(workingDaysBetween("2026-12-07", "2026-12-06")).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -3, max: 400 }), (offset, span) => {
        const first = addDays("2024-01-01", offset);
        const last = addDays(first, span);
        let brute = 0;
        for (let d = 0; d <= daysBetween(first, last); d++) if (isoWeekday(addDays(first, d)) <= 5) brute++;
        expect(workingDaysBetween(first, last)).toBe(brute);
      }),
    );
  });
});
