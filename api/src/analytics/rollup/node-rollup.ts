import { activeOn } from "./days.ts";
import { NONE, type HierarchyProjection } from "./projection.ts";

/**
 * rollup(n) = own(n) + sum over children c active on `day` of weight(c -> n) * rollup(c),
 * reading the children's roll-ups from `rollup`; the incremental refresh evaluates nodes with it.
 *
 * It adds the terms in the order of the node's in-list, that is by descending edge index, as
 * does computeRollup (see activeInbound), so a refreshed value is bitwise equal to a full
 * recomputation rather than merely close.
 */
export function nodeRollup(p: HierarchyProjection, own: Float64Array, rollup: Float64Array, n: number, day: number): number {
  const headIn = p.headIn;
  const nextIn = p.nextIn;
  const child = p.edgeChild;
  const weight = p.edgeWeight;
  const from = p.edgeFrom;
  const to = p.edgeTo;
  let sum = own[n]!;
  for (let e = headIn[n]!; e !== NONE; e = nextIn[e]!) {
    if (activeOn(from[e]!, to[e]!, day)) sum += weight[e]! * rollup[child[e]!]!;
  }
  return sum;
}
