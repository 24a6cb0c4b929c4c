import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { toNative } from "../db/to-native.ts";
import { readGraphNode } from "./graph-node.ts";
import type { GraphEdge, GraphNode } from "./graph-types.ts";

/** A node reached by the walk, with the edges that led to it (when the neighbour query returns `edges`). */
export interface WalkStep {
  eid: string;
  node: GraphNode;
  edges: GraphEdge[];
}

/** Nodes still allowed in the view, and whether the cap cut the walk short. Shared by consecutive walks. */
export interface WalkBudget {
  remaining: number;
  truncated: boolean;
}

/**
 * Breadth-first from `start`, one hop per query, until `depth` hops or the node budget is
 * reached. The neighbour query reads `$frontier` (element ids), `$seen` and `$cap`, and returns
 * `eid`, `node` (a GRAPH_NODE) and optionally `edges`, strongest first. Each query asks for one
 * row more than the budget, so a full budget still tells whether anything was cut.
 */
export async function cappedWalk(
  tx: ManagedTransaction,
  neighbours: string,
  start: string,
  depth: number,
  params: object,
  seen: Set<string>,
  budget: WalkBudget,
): Promise<WalkStep[]> {
  const found: WalkStep[] = [];
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length > 0 && !budget.truncated; hop++) {
    const result = await tx.run(neighbours, { ...params, frontier, seen: [...seen], cap: neo4j.int(budget.remaining + 1) });
    const steps = result.records.map((r) => ({
      eid: r.get("eid") as string,
      node: readGraphNode(r.get("node")),
      edges: r.has("edges") ? (toNative(r.get("edges")) as GraphEdge[]) : [],
    }));
    if (steps.length > budget.remaining) {
      budget.truncated = true;
      steps.length = budget.remaining;
    }
    budget.remaining -= steps.length;
    for (const s of steps) seen.add(s.eid);
    found.push(...steps);
    frontier = steps.map((s) => s.eid);
  }
  return found;
}
