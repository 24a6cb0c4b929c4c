import { describe, expect, it } from "vitest";
import { applyHierarchyChange } from "./changes.ts";
import { HierarchyProjection } from "./projection.ts";

describe("applyHierarchyChange", () => {
  it("returns the edge's parent as the seed, also when adding the edge reallocates the edge arrays", () => {
    const p = new HierarchyProjection({ nodes: 3, edges: 1 });
    for (const [id, level] of [
      ["H1", 1],
      ["A1", 2],
      ["A2", 2],
    ] as const)
      p.addNode(id, level);
    expect(applyHierarchyChange(p, { kind: "addEdge", edge: { id: "e1", child: "H1", parent: "A1", weight: 0.5 } })).toEqual([1]);
    expect(applyHierarchyChange(p, { kind: "addEdge", edge: { id: "e2", child: "H1", parent: "A2", weight: 0.5 } })).toEqual([2]);
    expect(applyHierarchyChange(p, { kind: "reweightEdge", id: "e1", weight: 1 })).toEqual([1]);
    expect(applyHierarchyChange(p, { kind: "endEdge", id: "e2", validTo: "2025-01-01" })).toEqual([2]);
  });

  it("seeds nothing for a new node", () => {
    const p = new HierarchyProjection();
    expect(applyHierarchyChange(p, { kind: "addNode", id: "H1", level: 1 })).toEqual([]);
    expect(p.nodeIndex("H1")).toBe(0);
  });
});
