import { describe, expect, it } from "vitest";
import type { EntityGraph, GraphEdge, GraphNode } from "../api/types.ts";
import { mergeDiff } from "./hierarchy-diff.ts";

const node = (id: string, rollup: number | null): GraphNode => ({ id, kind: "ACCOUNT", name: id, detail: null, level: 2, rollup });
const edge = (id: string, source: string, target: string, weight = 1): GraphEdge => ({
  id,
  kind: "AFFILIATION",
  source,
  target,
  weight,
  primary: true,
  type: null,
  influence: null,
  version: 1,
  flow: null,
});

describe("merged hierarchy diff", () => {
  it("keeps ended edges and their nodes from the earlier view, marks each change and both roll-ups", () => {
    const before: EntityGraph = {
      rootId: "ORG",
      truncated: false,
      nodes: [node("ORG", 30), node("A", 10), node("B", 20)],
      edges: [edge("eA", "A", "ORG"), edge("eB", "B", "ORG", 0.5)],
    };
    const after: EntityGraph = {
      rootId: "ORG",
      truncated: false,
      nodes: [node("ORG", 25), node("B", 20), node("C", 5)],
      edges: [edge("eB", "B", "ORG", 1), edge("eC", "C", "ORG")],
    };
    const merged = mergeDiff(before, after, { added: [{ id: "eC" }], ended: [{ id: "eA" }], changed: [{ after: { id: "eB" } }] });
    expect(merged.graph.nodes.map((n) => n.id).sort()).toEqual(["A", "B", "C", "ORG"]);
    expect(merged.graph.edges.map((e) => e.id).sort()).toEqual(["eA", "eB", "eC"]);
    expect(merged.graph.edges.find((e) => e.id === "eB")?.weight).toBe(1);
    expect(Object.fromEntries(merged.changes)).toEqual({ eA: "ended", eB: "changed", eC: "added" });
    expect(Object.fromEntries(merged.rollupBefore)).toEqual({ ORG: 30, A: 10, B: 20, C: null });
    expect(merged.graph.nodes.find((n) => n.id === "ORG")?.rollup).toBe(25);
    expect(merged.changedEnds).toEqual(new Set(["A", "B", "C", "ORG"]));
  });
});
