import { activeOn, dayNumber, todayIso } from "./days.ts";
import { computeRollup } from "./full-rollup.ts";
import { NodeHeap } from "./node-heap.ts";
import { nodeRollup } from "./node-rollup.ts";
import { NONE, type HierarchyProjection } from "./projection.ts";

/** A node whose materialized roll-up changed: what the API writes back to Neo4j. */
export interface RollupUpdate {
  node: number;
  id: string;
  rollup: number;
}

/**
 * The materialized roll-ups of one metric-period as of one date, kept current under changes.
 * Several can share one projection (one per metric-period): apply each structural change to the
 * projection once (applyHierarchyChange) and refresh every one of them with the seeds.
 *
 * Refresh recomputes only what can have changed: starting from the seeds it evaluates nodes in
 * topological order, and a node whose value changed queues the parents it is actively linked
 * to. Each node is evaluated exactly as the full computation does (nodeRollup), so the
 * materialized values stay bitwise equal to a full recomputation.
 */
export class MaterializedRollup {
  readonly asOf: string;
  private readonly day: number;
  private ownValues: Float64Array;
  private values: Float64Array;

  constructor(
    readonly projection: HierarchyProjection,
    own: Float64Array,
    asOf: string = todayIso(),
  ) {
    this.asOf = asOf;
    this.day = dayNumber(asOf);
    this.ownValues = Float64Array.from(own.subarray(0, projection.nodeCount));
    this.values = computeRollup(projection, this.ownValues, asOf).rollup;
  }

  /** Roll-ups by node index (a live view; copy it to keep a snapshot). */
  get rollup(): Float64Array {
    this.fitNodes();
    return this.values.subarray(0, this.projection.nodeCount);
  }

  get own(): Float64Array {
    this.fitNodes();
    return this.ownValues.subarray(0, this.projection.nodeCount);
  }

  /** Sets a node's own value; returns the seeds to refresh. */
  setOwn(nodeId: string, value: number): number[] {
    if (!Number.isFinite(value)) throw new RangeError(`own value of ${nodeId} must be finite, got ${value}`);
    const n = this.projection.nodeIndex(nodeId);
    this.fitNodes();
    this.ownValues[n] = value;
    return [n];
  }

  /**
   * Re-evaluates the seeds and, transitively, the ancestors of every node whose value changed.
   * Returns the changed nodes with their new roll-ups, children before parents.
   */
  refresh(seeds: Iterable<number>): RollupUpdate[] {
    this.fitNodes();
    const p = this.projection;
    const heap = new NodeHeap(p);
    // A parent ranks strictly above each child, so a popped node is never queued again.
    const queued = new Set<number>();
    const queue = (n: number) => {
      if (queued.has(n)) return;
      queued.add(n);
      heap.push(n);
    };
    for (const seed of seeds) queue(seed);

    const headOut = p.headOut;
    const nextOut = p.nextOut;
    const parent = p.edgeParent;
    const from = p.edgeFrom;
    const to = p.edgeTo;
    const updates: RollupUpdate[] = [];
    while (heap.size > 0) {
      const n = heap.pop();
      const value = nodeRollup(p, this.ownValues, this.values, n, this.day);
      if (Object.is(value, this.values[n])) continue;
      this.values[n] = value;
      updates.push({ node: n, id: p.nodeId(n), rollup: value });
      for (let e = headOut[n]!; e !== NONE; e = nextOut[e]!) {
        if (activeOn(from[e]!, to[e]!, this.day)) queue(parent[e]!);
      }
    }
    return updates;
  }

  /** Makes room for nodes added to the projection since; they start at own 0 and roll-up 0. */
  private fitNodes(): void {
    const n = this.projection.nodeCount;
    if (n <= this.values.length) return;
    const size = Math.max(n, this.values.length * 2);
    const own = new Float64Array(size);
    own.set(this.ownValues);
    const values = new Float64Array(size);
    values.set(this.values);
    this.ownValues = own;
    this.values = values;
  }
}
