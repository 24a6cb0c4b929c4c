import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocationWeights } from "./allocation-weights.ts";
import { Rng } from "./prng.ts";

describe("allocationWeights", () => {
  it("gives a single parent the whole share", () => {
    expect(allocationWeights(new Rng(1), 1)).toEqual([1]);
  });

  it("for any draw: whole percentages of at least 5% summing to 1, the first one the largest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 4 }), (seed, parts) => {
        const w = allocationWeights(new Rng(seed), parts);
        expect(w).toHaveLength(parts);
        expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        expect(w.reduce((a, b) => a + Math.round(b * 100), 0)).toBe(100);
        expect(Math.max(...w)).toBe(w[0]);
        for (const x of w) expect(x).toBeGreaterThanOrEqual(0.05);
      }),
    );
  });
});
