import { activeInbound } from "./active-inbound.ts";
import { dayNumber, todayIso } from "./days.ts";
import type { HierarchyProjection } from "./projection.ts";

/** Totals of one level of the hierarchy. */
export interface LevelSummary {
  level: number;
  nodes: number;
  /** Sum of own values at this level. */
  own: number;
  /** Sum of roll-ups at this level. */
  rollup: number;
  /**
   * Sum over the level's nodes of rollup(n) * (1 - active upward weights of n): value that does
   * not reach a parent (nodes without a parent count fully). Negative where weights sum above 1.
   * Always 0 for the top level, whose roll-ups are the totals.
   */
  unallocated: number;
  /** Sum over nodes whose active upward weights exceed 1 of rollup(n) * (weights - 1). */
  overAllocated: number;
  overAllocatedNodes: number;
  /** Nodes with no active upward edge. */
  unparentedNodes: number;
}

/** The conservation check: topTotal + unallocated = totalOwn. */
export interface Conservation {
  totalOwn: number;
  /** What stays at the top level: its roll-ups, less any flow along same-level edges there. */
  topTotal: number;
  /** Sum of every level's unallocated value. */
  unallocated: number;
  /** topTotal + unallocated - totalOwn. */
  difference: number;
  /** |difference| within 1e-9 of the magnitude of all roll-ups (floating-point rounding). */
  ok: boolean;
}

export interface RollupResult {
  asOf: string;
  /** Per node index. */
  rollup: Float64Array;
  /** Per edge index: weight * rollup(child) when the edge is active on asOf, else 0. */
  flow: Float64Array;
  /** Ascending by level. */
  levels: LevelSummary[];
  conservation: Conservation;
}

const CONSERVATION_TOLERANCE = 1e-9;

/**
 * Rolls one metric-period up the hierarchy as of a date (default today, UTC).
 * `own` is indexed by node index; entities without a value hold 0.
 */
export function computeRollup(p: HierarchyProjection, own: Float64Array, asOf: string = todayIso()): RollupResult {
  const n = p.nodeCount;
  if (own.length < n) throw new RangeError(`own values cover ${own.length} of ${n} nodes`);
  const day = dayNumber(asOf);
  const order = p.topologicalOrder();
  const { end, child: slotChild, weight: slotWeight } = activeInbound(p, order, day);
  const rollup = new Float64Array(n);
  // The terms of nodeRollup, added in the same order (see activeInbound).
  for (let i = 0, s = 0; i < n; i++) {
    const node = order[i]!;
    let sum = own[node]!;
    for (const last = end[i]!; s < last; s++) sum += slotWeight[s]! * rollup[slotChild[s]!]!;
    rollup[node] = sum;
  }

  const m = p.edgeCount;
  const child = p.edgeChild;
  const weight = p.edgeWeight;
  const from = p.edgeFrom;
  const to = p.edgeTo;
  const flow = new Float64Array(m);
  const upward = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    if (!(from[e]! <= day && day <= to[e]!)) continue; // activeOn, written out as in activeInbound
    const c = child[e]!;
    flow[e] = weight[e]! * rollup[c]!;
    upward[c]! += weight[e]!;
  }

  return { asOf, rollup, flow, ...summarize(p.level, order, own, rollup, upward) };
}

/** Per-level totals and the conservation check, in one pass over the order. */
function summarize(level: Int32Array, order: Int32Array, own: Float64Array, rollup: Float64Array, upward: Float64Array) {
  const levels: LevelSummary[] = [];
  let current: LevelSummary | undefined;
  let totalOwn = 0;
  let magnitude = 0;
  // The order runs level by level, so each level is one contiguous run.
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    if (current === undefined || current.level !== level[node]) {
      current = {
        level: level[node]!,
        nodes: 0,
        own: 0,
        rollup: 0,
        unallocated: 0,
        overAllocated: 0,
        overAllocatedNodes: 0,
        unparentedNodes: 0,
      };
      levels.push(current);
    }
    const r = rollup[node]!;
    const w = upward[node]!;
    current.nodes++;
    current.own += own[node]!;
    current.rollup += r;
    current.unallocated += r * (1 - w);
    if (w > 1) {
      current.overAllocated += r * (w - 1);
      current.overAllocatedNodes++;
    }
    if (w === 0) current.unparentedNodes++;
    totalOwn += own[node]!;
    magnitude += Math.abs(r);
  }
  // What the top level retains is the total, not a shortfall.
  const top = levels.at(-1);
  const topTotal = top?.unallocated ?? 0;
  if (top) top.unallocated = 0;
  let unallocated = 0;
  for (const l of levels) unallocated += l.unallocated;
  const difference = topTotal + unallocated - totalOwn;
  const conservation: Conservation = {
    totalOwn,
    topTotal,
    unallocated,
    difference,
    ok: Math.abs(difference) <= CONSERVATION_TOLERANCE * magnitude,
  };
  return { levels, conservation };
}
