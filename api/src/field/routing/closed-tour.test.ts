import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../model/seeded-random.ts";
import { type CostMatrix, solveClosedTour } from "./closed-tour.ts";
import { haversineKm } from "./haversine.ts";

function randomPlane(n: number, seed: number): CostMatrix {
  const r = new SeededRandom(seed);
  const pts = Array.from({ length: n }, () => ({ lat: 40 + r.next(), lon: -75 + r.next() }));
  const cost = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cost[i * n + j] = haversineKm(pts[i]!, pts[j]!);
  return { n, cost };
}

const tourLength = (m: CostMatrix, order: number[]) =>
  [0, ...order, 0].slice(1).reduce((s, b, i, all) => s + m.cost[(i === 0 ? 0 : all[i - 1]!) * m.n + b]!, 0);

/** The optimum by trying every order of the stops (home fixed, each direction counted once). */
function bruteForce(m: CostMatrix): number {
  let best = Number.POSITIVE_INFINITY;
  const stops = Array.from({ length: m.n - 1 }, (_, i) => i + 1);
  const permute = (prefix: number[], rest: number[], cost: number) => {
    if (cost >= best) return;
    if (rest.length === 0) {
      best = Math.min(best, cost + m.cost[prefix.at(-1)! * m.n]!);
      return;
    }
    for (const s of rest)
      permute(
        [...prefix, s],
        rest.filter((x) => x !== s),
        cost + m.cost[prefix.at(-1)! * m.n + s]!,
      );
  };
  permute([0], stops, 0);
  return best;
}

describe("closed tour", { timeout: 30_000 }, () => {
  it("visits every stop exactly once and reports the length of the tour it returns", () => {
    const m = randomPlane(60, 3);
    const t = solveClosedTour(m, { seed: 1 });
    expect([...t.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
    expect(t.cost).toBeCloseTo(tourLength(m, t.order), 9);
  });

  it("property: equals the brute-force optimum on small instances", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 9 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        const m = randomPlane(n, seed);
        expect(solveClosedTour(m, { seed: 7, rounds: 200 }).cost).toBeCloseTo(bruteForce(m), 9);
      }),
      { numRuns: 40 },
    );
  });

  it("is deterministic for a seed", () => {
    const m = randomPlane(80, 11);
    expect(solveClosedTour(m, { seed: 5, rounds: 800 })).toEqual(solveClosedTour(m, { seed: 5, rounds: 800 }));
  });

  it("the kicks improve on the first local optimum", () => {
    const m = randomPlane(120, 21);
    const firstOptimum = solveClosedTour(m, { seed: 1, rounds: 0 });
    const kicked = solveClosedTour(m, { seed: 1 });
    expect(kicked.cost).toBeLessThan(firstOptimum.cost - 1e-6);
  });

  it("handles tiny and degenerate inputs: no stop, one stop, stops on the same spot", () => {
    expect(solveClosedTour({ n: 1, cost: new Float64Array(1) })).toEqual({ order: [], cost: 0 });
    const two = randomPlane(2, 1);
    expect(solveClosedTour(two).order).toEqual([1]);
    const same: CostMatrix = { n: 6, cost: new Float64Array(36) };
    const t = solveClosedTour(same, { seed: 2 });
    expect(t.cost).toBe(0);
    expect([...t.order].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
