import type { EdgeInput, HierarchyProjection } from "./projection.ts";

/** A structural change to the hierarchy, as the change path applies it. */
export type HierarchyChange =
  | { kind: "addNode"; id: string; level: number }
  | { kind: "addEdge"; edge: EdgeInput }
  | { kind: "endEdge"; id: string; validTo: string }
  | { kind: "reweightEdge"; id: string; weight: number };

/**
 * Applies a change to the projection and returns the nodes whose roll-up inputs changed: the
 * seeds to pass to `MaterializedRollup.refresh` of every metric-period kept over this
 * projection. A reassignment is an `endEdge` plus an `addEdge`; refresh once with both seeds.
 */
export function applyHierarchyChange(p: HierarchyProjection, change: HierarchyChange): number[] {
  let e: number;
  switch (change.kind) {
    case "addNode":
      // Nothing is below a new node yet; its own value arrives through setOwn.
      p.addNode(change.id, change.level);
      return [];
    case "addEdge":
      e = p.addEdge(change.edge);
      break;
    case "endEdge":
      e = p.endEdge(change.id, change.validTo);
      break;
    case "reweightEdge":
      e = p.reweightEdge(change.id, change.weight);
      break;
  }
  // Read after the change: adding an edge may have reallocated the edge arrays.
  return [p.edgeParent[e]!];
}
