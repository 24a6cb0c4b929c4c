import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { apportion, offsets } from "./apportion.ts";

describe("apportion", () => {
  it("splits proportionally and exactly", () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(apportion(5, [1, 100], 1)).toEqual([1, 4]);
  });

  it("always sums to the total and respects the minimum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 10_000 }),
        fc.array(fc.double({ min: 0.1, max: 50, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (total, weights) => {
          const parts = apportion(total, weights, 1);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          for (const p of parts) expect(p).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it("offsets are running sums", () => {
    expect(offsets([2, 3, 1])).toEqual([0, 2, 5, 6]);
  });
});
