/**
 * A layered tree layout in one pass, for hierarchy views of any size: one column per level
 * (networks on the left, HCPs on the right), leaves stacked top to bottom in the order a
 * depth-first walk from the top meets them, each parent centred on its children. Linear in nodes
 * and edges, where a general layered layout (dagre) spends seconds on a 2,000-node tree.
 * A node with several parents in view sits under the first one the walk reaches; its other
 * edges are drawn as they are.
 */
export interface TreeNode {
  id: string;
  /** 1 for HCPs up to 4 for networks. */
  level: number;
}

/** Hierarchy edges point from child (`source`) to parent (`target`). */
export interface TreeEdge {
  source: string;
  target: string;
}

export interface TreeSpacing {
  /** Horizontal distance between two levels. */
  levelGap: number;
  /** Vertical distance between two stacked leaves. */
  rowGap: number;
}

export function treeLayout(
  nodes: readonly TreeNode[],
  edges: readonly TreeEdge[],
  spacing: TreeSpacing,
): Map<string, { x: number; y: number }> {
  // A node without a usable level (none in the data) has no entry: it sits in the top column and shapes no edge,
  // rather than poisoning every position with NaN.
  const levelOf = new Map(nodes.filter((n) => Number.isFinite(n.level)).map((n) => [n.id, n.level]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of edges) {
    const childLevel = levelOf.get(e.source);
    const parentLevel = levelOf.get(e.target);
    // Only edges that go up a level shape the tree (same-level nesting is drawn, not laid out).
    if (childLevel === undefined || parentLevel === undefined || parentLevel <= childLevel) continue;
    const list = children.get(e.target);
    if (list) list.push(e.source);
    else children.set(e.target, [e.source]);
    hasParent.add(e.source);
  }
  const top = Math.max(0, ...levelOf.values());
  const x = (id: string) => (top - (levelOf.get(id) ?? top)) * spacing.levelGap;

  const placed = new Map<string, { x: number; y: number }>();
  let nextRow = 0;
  // Iterative post-order walk: a parent is placed after its children, at their mean height.
  const place = (root: string) => {
    const stack: { id: string; next: number; ys: number[] }[] = [{ id: root, next: 0, ys: [] }];
    placed.set(root, { x: x(root), y: Number.NaN });
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const kids = children.get(frame.id) ?? [];
      if (frame.next < kids.length) {
        const kid = kids[frame.next++]!;
        if (placed.has(kid)) continue;
        placed.set(kid, { x: x(kid), y: Number.NaN });
        stack.push({ id: kid, next: 0, ys: [] });
        continue;
      }
      stack.pop();
      const y = frame.ys.length > 0 ? frame.ys.reduce((a, b) => a + b, 0) / frame.ys.length : nextRow++ * spacing.rowGap;
      placed.get(frame.id)!.y = y;
      stack[stack.length - 1]?.ys.push(y);
    }
  };
  // Roots first (top levels first, in the given order), then whatever only a cycle or a same-level edge reaches.
  const roots = nodes.filter((n) => !hasParent.has(n.id)).sort((a, b) => b.level - a.level);
  for (const r of roots) if (!placed.has(r.id)) place(r.id);
  for (const n of nodes) if (!placed.has(n.id)) place(n.id);
  return placed;
}
