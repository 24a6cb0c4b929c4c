import { describe, expect, it } from "vitest";
import { planAddition, type CurrentParentEdge, type NewParentEdge } from "./weight-rebalance.ts";

const edge = (edgeId: string, weight: number, primary: boolean, version = 1): CurrentParentEdge => ({
  edgeId,
  version,
  parentId: `P-${edgeId}`,
  weight,
  primary,
});
const add = (weight: number, primary = false): NewParentEdge => ({
  childId: "H",
  parentId: "P-new",
  weight,
  primary,
  type: "CONSULTING",
  influence: "HIGH",
  validFrom: "2026-01-01",
});

describe("planning a second parent", () => {
  it("a weight that fits changes no other edge: one ADD_AFFILIATION", () => {
    const plan = planAddition([edge("a", 0.6, true)], add(0.4), true);
    expect(plan.adjustments).toEqual([]);
    expect(plan.operations).toEqual([
      {
        op: "ADD_AFFILIATION",
        childId: "H",
        parentId: "P-new",
        weight: 0.4,
        primary: false,
        type: "CONSULTING",
        influence: "HIGH",
        validFrom: "2026-01-01",
      },
    ]);
  });

  it("a weight that does not fit shrinks the others in proportion so all sum to 1, updates first", () => {
    const plan = planAddition([edge("a", 0.5, true, 3), edge("b", 0.5, false)], add(0.2), true);
    expect(plan.adjustments.map((a) => [a.edgeId, a.weightAfter])).toEqual([
      ["a", 0.4],
      ["b", 0.4],
    ]);
    expect(plan.operations!.map((o) => o.op)).toEqual(["UPDATE_AFFILIATION", "UPDATE_AFFILIATION", "ADD_AFFILIATION"]);
    expect(plan.operations![0]).toEqual({ op: "UPDATE_AFFILIATION", edgeId: "a", expectedVersion: 3, weight: 0.4 });
  });

  it("rounds down to 4 decimals so the sum never passes 1", () => {
    const plan = planAddition([edge("a", 1, true)], add(1 / 3), true);
    const total = plan.adjustments[0]!.weightAfter + 1 / 3;
    expect(plan.adjustments[0]!.weightAfter).toBe(0.6666);
    expect(total).toBeLessThanOrEqual(1);
  });

  it("a new primary takes the flag from the old one", () => {
    const plan = planAddition([edge("a", 1, true)], add(0.5, true), true);
    expect(plan.operations![0]).toEqual({ op: "UPDATE_AFFILIATION", edgeId: "a", expectedVersion: 1, weight: 0.5, primary: false });
  });

  it("without rebalancing, only the primary moves; the server's rule then decides the weights", () => {
    const plan = planAddition([edge("a", 1, false)], add(0.5), false);
    expect(plan.adjustments).toEqual([]);
    expect(plan.operations!.map((o) => o.op)).toEqual(["ADD_AFFILIATION"]);
  });

  it("explains why not: weight out of range, weight 1 beside other parents, the same parent twice", () => {
    expect(planAddition([], add(0), true).problem).toMatch(/above 0/);
    expect(planAddition([], add(1.5), true).problem).toMatch(/at most 1/);
    expect(planAddition([edge("a", 1, true)], add(1), true).problem).toMatch(/leaves nothing for the other parent/);
    expect(planAddition([edge("new", 0.5, true)], { ...add(0.2), parentId: "P-new" }, true).problem).toMatch(/already a parent/);
    expect(planAddition([], add(1, true), true).operations).toHaveLength(1);
  });
});
