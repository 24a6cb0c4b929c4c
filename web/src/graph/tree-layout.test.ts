import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { treeLayout, type TreeEdge, type TreeNode } from "./tree-layout.ts";

const SPACING = { levelGap: 100, rowGap: 10 };

describe("one-pass tree layout", () => {
  it("puts levels in columns, leaves in walk order and parents at the middle of their children", () => {
    const nodes: TreeNode[] = [
      { id: "org", level: 3 },
      { id: "a1", level: 2 },
      { id: "a2", level: 2 },
      { id: "h1", level: 1 },
      { id: "h2", level: 1 },
      { id: "h3", level: 1 },
    ];
    const edges: TreeEdge[] = [
      { source: "a1", target: "org" },
      { source: "a2", target: "org" },
      { source: "h1", target: "a1" },
      { source: "h2", target: "a1" },
      { source: "h3", target: "a2" },
    ];
    const at = treeLayout(nodes, edges, SPACING);
    expect(at.get("org")).toEqual({ x: 0, y: 12.5 });
    expect(at.get("a1")).toEqual({ x: 100, y: 5 });
    expect(at.get("a2")).toEqual({ x: 100, y: 20 });
    expect(at.get("h1")).toEqual({ x: 200, y: 0 });
    expect(at.get("h2")).toEqual({ x: 200, y: 10 });
    expect(at.get("h3")).toEqual({ x: 200, y: 20 });
  });

  it("places a child with two parents once, under the first parent reached", () => {
    const nodes: TreeNode[] = [
      { id: "a1", level: 2 },
      { id: "a2", level: 2 },
      { id: "h", level: 1 },
    ];
    const at = treeLayout(
      nodes,
      [
        { source: "h", target: "a1" },
        { source: "h", target: "a2" },
      ],
      SPACING,
    );
    expect(at.get("h")).toEqual({ x: 100, y: 0 });
    expect(at.get("a1")!.y).toBe(0);
    expect(at.get("a2")!.y).toBe(10);
  });

  it("gives every node a distinct leaf row or a parent position, on random forests, without recursion limits", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), (parents) => {
        // Node i + 1 hangs under an earlier node; levels go down with depth.
        const depth = [0];
        const edges: TreeEdge[] = [];
        parents.forEach((p, i) => {
          const parent = p % (i + 1);
          depth.push(depth[parent]! + 1);
          edges.push({ source: `n${i + 1}`, target: `n${parent}` });
        });
        const maxDepth = Math.max(...depth);
        const nodes = depth.map((d, i) => ({ id: `n${i}`, level: maxDepth - d + 1 }));
        const at = treeLayout(nodes, edges, SPACING);
        expect(at.size).toBe(nodes.length);
        const childIds = new Set(edges.map((e) => e.target));
        const leafRows = nodes.filter((n) => !childIds.has(n.id)).map((n) => at.get(n.id)!.y);
        expect(new Set(leafRows).size).toBe(leafRows.length);
        for (const n of nodes) expect(Number.isFinite(at.get(n.id)!.y)).toBe(true);
        // Each parent lies within the span of its children.
        for (const [id] of at) {
          const kids = edges.filter((e) => e.target === id).map((e) => at.get(e.source)!.y);
          if (kids.length > 0) {
            expect(at.get(id)!.y).toBeGreaterThanOrEqual(Math.min(...kids) - 1e-9);
            expect(at.get(id)!.y).toBeLessThanOrEqual(Math.max(...kids) + 1e-9);
          }
        }
      }),
    );
  });

  it("keeps every position finite when a node has no level", () => {
    const at = treeLayout(
      [
        { id: "org", level: 3 },
        { id: "x", level: undefined as unknown as number },
      ],
      [{ source: "x", target: "org" }],
      SPACING,
    );
    for (const p of at.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("lays out a 20,000-node tree in well under a second", () => {
    const nodes: TreeNode[] = [{ id: "org", level: 3 }];
    const edges: TreeEdge[] = [];
    for (let a = 0; a < 400; a++) {
      nodes.push({ id: `a${a}`, level: 2 });
      edges.push({ source: `a${a}`, target: "org" });
      for (let h = 0; h < 50; h++) {
        nodes.push({ id: `h${a}-${h}`, level: 1 });
        edges.push({ source: `h${a}-${h}`, target: `a${a}` });
      }
    }
    const started = performance.now();
    const at = treeLayout(nodes, edges, SPACING);
    expect(at.size).toBe(nodes.length);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
