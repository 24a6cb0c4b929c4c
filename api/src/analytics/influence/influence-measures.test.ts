import { describe, expect, it } from "vitest";
import { influenceGraphFromEdges } from "./influence-graph.ts";
import { networkValue, percentileWithinGroup, reachWithinTwoHops } from "./influence-measures.ts";

describe("influence measures", () => {
  it("percentile within specialty: share of the group ranked at most as high, ties together", () => {
    const rank = Float64Array.from([0.1, 0.4, 0.2, 0.4, 0.9, 0.05]);
    const specialty = ["Card", "Card", "Card", "Card", "Onc", null];
    expect([...percentileWithinGroup(rank, specialty)]).toEqual([25, 100, 50, 100, 100, 100]);
  });

  it("reach: distinct HCPs within two influence hops, excluding the HCP itself", () => {
    // a -> b -> c -> d, a -> c, b -> a (a cycle back to a must not count a).
    const g = influenceGraphFromEdges(
      ["a", "b", "c", "d"],
      [
        ["a", "b", 1],
        ["b", "c", 1],
        ["c", "d", 1],
        ["a", "c", 1],
        ["b", "a", 1],
      ],
    );
    expect([...reachWithinTwoHops(g)]).toEqual([3, 3, 1, 0]);
  });

  it("network value: weight x value of each directly influenced HCP", () => {
    const g = influenceGraphFromEdges(
      ["a", "b", "c"],
      [
        ["a", "b", 0.5],
        ["a", "c", 0.25],
        ["b", "c", 1],
      ],
    );
    expect([...networkValue(g, Float64Array.from([100, 40, 8]))]).toEqual([22, 8, 0]);
  });
});
