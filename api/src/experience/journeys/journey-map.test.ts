import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JOURNEY_STAGES } from "../../model/vocabulary.ts";
import { type FirstReached, journeySteps, median } from "./journey-map.ts";

const DAY = 86_400_000;

describe("journey steps, hand-computed", () => {
  it("conversion, drop-off and median days to the next stage", () => {
    const steps = journeySteps([
      [0, 10 * DAY, null, null, null],
      [0, 20 * DAY, 30 * DAY, null, null],
      [0, null, null, null, null],
      [5 * DAY, 0, null, null, null], // reached consideration before awareness: did not go on from awareness
    ]);
    expect(steps[0]).toEqual({ stage: "AWARENESS", hcps: 4, convertedToNext: 2, conversion: 0.5, dropOff: 0.5, medianDaysToNext: 15 });
    expect(steps[1]).toMatchObject({ stage: "CONSIDERATION", hcps: 3, convertedToNext: 1, medianDaysToNext: 10 });
    expect(steps[2]).toMatchObject({ stage: "TRIAL", hcps: 1, convertedToNext: 0, conversion: 0, dropOff: 1, medianDaysToNext: null });
    expect(steps[3]).toMatchObject({ hcps: 0, conversion: null, dropOff: null });
    expect(steps[4]).toEqual({
      stage: "ADVOCACY",
      hcps: 0,
      convertedToNext: null,
      conversion: null,
      dropOff: null,
      medianDaysToNext: null,
    });
  });
  it("median of an even count is the mean of the middle two; none is null", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("journey steps equal a brute force over random HCPs", () => {
  it("holds for any set of first-reached times", () => {
    const hcp = fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }), {
      minLength: JOURNEY_STAGES.length,
      maxLength: JOURNEY_STAGES.length,
    });
    fc.assert(
      fc.property(fc.array(hcp, { maxLength: 30 }), (days) => {
        const hcps: FirstReached[] = days.map((h) => h.map((d) => (d === null ? null : d * DAY)));
        const steps = journeySteps(hcps);
        for (let k = 0; k < JOURNEY_STAGES.length - 1; k++) {
          let reached = 0;
          const gaps: number[] = [];
          for (const h of days) {
            if (h[k] === null) continue;
            reached++;
            if (h[k + 1] !== null && h[k + 1]! > h[k]!) gaps.push(h[k + 1]! - h[k]!);
          }
          gaps.sort((a, b) => a - b);
          const mid = gaps.length / 2;
          const expectedMedian = gaps.length === 0 ? null : gaps.length % 2 ? gaps[Math.floor(mid)]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
          expect(steps[k]!.hcps).toBe(reached);
          expect(steps[k]!.convertedToNext).toBe(gaps.length);
          expect(steps[k]!.conversion).toBe(reached === 0 ? null : gaps.length / reached);
          expect(steps[k]!.medianDaysToNext).toBe(expectedMedian);
        }
      }),
      { numRuns: 300 },
    );
  });
});
