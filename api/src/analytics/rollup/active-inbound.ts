import type { HierarchyProjection } from "./projection.ts";

/**
 * The edges active on one day, grouped by parent in topological order (compressed sparse rows):
 * the edges into `order[i]` occupy slots `end[i - 1]` (0 for i = 0) to `end[i]`, each slot
 * holding the child and the weight. The full computation then reads memory sequentially
 * instead of chasing the projection's linked lists across scattered edge indices (about 6x
 * faster at US scale).
 *
 * Within a node the slots run in descending edge index: the order of the node's in-list (edges
 * are prepended and never removed), which nodeRollup walks. Both therefore add the same terms in
 * the same order and give bitwise identical roll-ups.
 */
export interface ActiveInbound {
  end: Int32Array;
  child: Int32Array;
  weight: Float64Array;
}

export function activeInbound(p: HierarchyProjection, order: Int32Array, day: number): ActiveInbound {
  const n = p.nodeCount;
  const m = p.edgeCount;
  const childOf = p.edgeChild;
  const parentOf = p.edgeParent;
  const weightOf = p.edgeWeight;
  const from = p.edgeFrom;
  const to = p.edgeTo;

  // Active-on-day tests are written out (days.ts, activeOn) in the hot loops: a call to an
  // imported function is not inlined under tsx and costs 2-3x here.
  const cursor = new Int32Array(n);
  for (let e = 0; e < m; e++) if (from[e]! <= day && day <= to[e]!) cursor[parentOf[e]!]!++;
  const end = new Int32Array(n);
  let slots = 0;
  for (let i = 0; i < n; i++) {
    const node = order[i]!;
    slots += cursor[node]!;
    end[i] = slots;
    cursor[node] = slots;
  }
  // Filling each node's range backwards with ascending edges leaves it in descending edge order.
  const child = new Int32Array(slots);
  const weight = new Float64Array(slots);
  for (let e = 0; e < m; e++) {
    if (!(from[e]! <= day && day <= to[e]!)) continue;
    const s = --cursor[parentOf[e]!]!;
    child[s] = childOf[e]!;
    weight[s] = weightOf[e]!;
  }
  return { end, child, weight };
}
