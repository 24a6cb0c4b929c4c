/**
 * The diff view of a hierarchy: the view at the later date with the edges that ended since
 * added back from the earlier one, each edge marked added, ended or changed, and every node's
 * roll-up at both dates.
 */
import type { EntityGraph } from "../api/types.ts";

export type EdgeChangeKind = "added" | "ended" | "changed";

/** The edge ids of `hierarchyDiff`. */
export interface EdgeDiff {
  added: { id: string }[];
  ended: { id: string }[];
  changed: { after: { id: string } }[];
}

export interface MergedDiff {
  graph: EntityGraph;
  changes: Map<string, EdgeChangeKind>;
  /** Roll-up at the earlier date (null when the node was not in that view or had no value). */
  rollupBefore: Map<string, number | null>;
  /** Ends of the edges that changed, to be drawn whatever is expanded. */
  changedEnds: Set<string>;
}

export function mergeDiff(before: EntityGraph, after: EntityGraph, diff: EdgeDiff): MergedDiff {
  const changes = new Map<string, EdgeChangeKind>();
  for (const e of diff.added) changes.set(e.id, "added");
  for (const e of diff.ended) changes.set(e.id, "ended");
  for (const e of diff.changed) changes.set(e.after.id, "changed");
  const afterIds = new Set(after.nodes.map((n) => n.id));
  const afterEdgeIds = new Set(after.edges.map((e) => e.id));
  const graph: EntityGraph = {
    rootId: after.rootId,
    truncated: before.truncated || after.truncated,
    nodes: [...after.nodes, ...before.nodes.filter((n) => !afterIds.has(n.id))],
    edges: [...after.edges, ...before.edges.filter((e) => !afterEdgeIds.has(e.id))],
  };
  const rollupBefore = new Map(graph.nodes.map((n) => [n.id, null as number | null]));
  for (const n of before.nodes) rollupBefore.set(n.id, n.rollup);
  const changedEnds = new Set<string>();
  for (const e of graph.edges)
    if (changes.has(e.id)) {
      changedEnds.add(e.source);
      changedEnds.add(e.target);
    }
  return { graph, changes, rollupBefore, changedEnds };
}
