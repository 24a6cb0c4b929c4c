import type { HierarchyProjection } from "./projection.ts";

/** The own values of one metric-period by node index, from (entity id, value) pairs; missing ids hold 0. */
export function ownValues(p: HierarchyProjection, values: Iterable<readonly [string, number]>): Float64Array {
  const own = new Float64Array(p.nodeCount);
  for (const [id, value] of values) {
    if (!Number.isFinite(value)) throw new RangeError(`own value of ${id} must be finite, got ${value}`);
    own[p.nodeIndex(id)] = value;
  }
  return own;
}
