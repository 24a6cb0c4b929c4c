import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPEN_END, OPEN_START } from "./days.ts";
import { HierarchyProjection, NONE } from "./projection.ts";
import { buildProjection, graphArb } from "../../../test/support/rollup-test-graphs.ts";

function small(): HierarchyProjection {
  const p = new HierarchyProjection();
  for (const [id, level] of [
    ["H1", 1],
    ["A1", 2],
    ["A2", 2],
    ["A3", 2],
    ["O1", 3],
  ] as const)
    p.addNode(id, level);
  return p;
}

/** The (parent, weight) pairs of a node's edge lists, to compare states. */
function snapshot(p: HierarchyProjection) {
  const nodes = Array.from({ length: p.nodeCount }, (_, n) => {
    const up: number[] = [];
    for (let e = p.headOut[n]!; e !== NONE; e = p.nextOut[e]!) up.push(e);
    const down: number[] = [];
    for (let e = p.headIn[n]!; e !== NONE; e = p.nextIn[e]!) down.push(e);
    return { id: p.nodeId(n), level: p.level[n], depth: p.depth[n], up, down };
  });
  return { nodes, edges: p.edgeCount, order: Array.from(p.topologicalOrder()) };
}

describe("HierarchyProjection", () => {
  it("stores edges with dates as day numbers and null bounds as open", () => {
    const p = small();
    const e = p.addEdge({ id: "e", child: "H1", parent: "A1", weight: 0.5, validFrom: "1970-01-02", validTo: null });
    const f = p.addEdge({ id: "f", child: "H1", parent: "A2", weight: 0.5 });
    expect([p.edgeChild[e], p.edgeParent[e], p.edgeWeight[e], p.edgeFrom[e], p.edgeTo[e]]).toEqual([0, 1, 0.5, 1, OPEN_END]);
    expect([p.edgeFrom[f], p.edgeTo[f]]).toEqual([OPEN_START, OPEN_END]);
    expect([p.edgeIndex("f"), p.edgeId(f)]).toEqual([f, "f"]);
  });

  it("ends and reweights edges in place", () => {
    const p = small();
    const e = p.addEdge({ id: "e", child: "H1", parent: "A1", weight: 1 });
    expect(p.endEdge("e", "1970-01-11")).toBe(e);
    expect(p.reweightEdge("e", 0.25)).toBe(e);
    expect([p.edgeTo[e], p.edgeWeight[e]]).toEqual([10, 0.25]);
  });

  it("returns the existing node for a repeated id at the same level, and rejects another level", () => {
    const p = small();
    expect(p.addNode("A1", 2)).toBe(1);
    expect(() => p.addNode("A1", 3)).toThrow(/already exists at level 2/);
    expect(() => p.addNode("X", 1.5)).toThrow(RangeError);
    expect(p.nodeCount).toBe(5);
  });

  it.each([
    ["a zero weight", { weight: 0 }, /weight/],
    ["a weight above 1", { weight: 1.01 }, /weight/],
    ["a NaN weight", { weight: NaN }, /weight/],
    ["an unknown node", { parent: "nope" }, /unknown node nope/],
    ["an edge pointing down", { child: "O1", parent: "A1" }, /points down/],
    ["a loop", { child: "A1", parent: "A1" }, /loop/],
    ["a malformed date", { validFrom: "2025-13-01" }, /ISO date/],
  ])("rejects %s and changes nothing", (_, patch, message) => {
    const p = small();
    p.addEdge({ id: "x", child: "H1", parent: "A1", weight: 1 });
    const before = snapshot(p);
    expect(() => p.addEdge({ id: "e", child: "H1", parent: "A2", weight: 0.5, ...patch })).toThrow(message);
    expect(() => p.addEdge({ id: "x", child: "H1", parent: "A2", weight: 0.5 })).toThrow(/already exists/);
    expect(snapshot(p)).toEqual(before);
  });

  it("rejects a same-level edge that closes a cycle and restores the depths it raised", () => {
    const p = small();
    p.addEdge({ id: "a1-a2", child: "A1", parent: "A2", weight: 1 });
    p.addEdge({ id: "a2-a3", child: "A2", parent: "A3", weight: 1 });
    const before = snapshot(p);
    expect(before.nodes.map((n) => n.depth)).toEqual([0, 0, 1, 2, 0]);
    expect(() => p.addEdge({ id: "a3-a1", child: "A3", parent: "A1", weight: 1 })).toThrow(/cycle/);
    expect(snapshot(p)).toEqual(before);
  });

  it("rejects reweighting out of range and unknown edges", () => {
    const p = small();
    p.addEdge({ id: "e", child: "H1", parent: "A1", weight: 1 });
    expect(() => p.reweightEdge("e", 0)).toThrow(RangeError);
    expect(() => p.endEdge("nope", "2025-01-01")).toThrow(/unknown edge/);
    expect(p.edgeWeight[0]).toBe(1);
  });

  it("grows past its initial capacity", () => {
    const p = new HierarchyProjection({ nodes: 1, edges: 1 });
    for (let i = 0; i < 100; i++) p.addNode(`n${i}`, i % 4);
    // Nodes 4k and 4k+2 (levels 0 and 2) under node 4k+3 (level 3).
    for (let i = 0; i < 100; i += 2) p.addEdge({ id: `e${i}`, child: `n${i}`, parent: `n${i - (i % 4) + 3}`, weight: 1 });
    expect(p.nodeCount).toBe(100);
    expect(p.edgeCount).toBe(50);
    expect(p.nodeId(99)).toBe("n99");
    expect(p.headIn[99]).not.toBe(NONE);
  });

  it("orders nodes by level, then depth, with every child before its parents", () => {
    fc.assert(
      fc.property(graphArb, (spec) => {
        const p = buildProjection(spec);
        const order = p.topologicalOrder();
        expect(new Set(order).size).toBe(p.nodeCount);
        const position = new Int32Array(p.nodeCount);
        order.forEach((n, i) => (position[n] = i));
        for (let e = 0; e < p.edgeCount; e++) expect(position[p.edgeChild[e]!]).toBeLessThan(position[p.edgeParent[e]!]!);
        for (let i = 1; i < order.length; i++) expect(p.level[order[i]!]).toBeGreaterThanOrEqual(p.level[order[i - 1]!]!);
      }),
      { numRuns: 300 },
    );
  });
});
