import type { GraphEdge, GraphNode } from "../api/types.ts";

/** An HCP of an influence view: a graph node with what the influence view lays it out by (null when unknown). */
export type InfluenceNode = GraphNode & { pagerank?: number | null; specialty?: string | null; metro?: string | null };

/** An influence view's graph: the ego network, plus the HCPs and edges of a highlighted path. */
export interface InfluenceGraph {
  rootId: string;
  nodes: InfluenceNode[];
  edges: GraphEdge[];
}

/** What followers are grouped by, in sectors around the KOL. */
export type GroupBy = "specialty" | "metro";

export const UNKNOWN_GROUP = "Unknown";

/** The group of an HCP: its specialty or metro. */
export function groupKeyOf(node: InfluenceNode, by: GroupBy): string {
  return node[by] ?? UNKNOWN_GROUP;
}

const GROUP_NODE_PREFIX = "group:";

/** Id of the node standing for a collapsed group (no HCP id starts with it). */
export function groupNodeId(key: string): string {
  return `${GROUP_NODE_PREFIX}${key}`;
}

/** The group a group node stands for, or null for any other node. */
export function groupKeyOfNodeId(id: string): string | null {
  return id.startsWith(GROUP_NODE_PREFIX) ? id.slice(GROUP_NODE_PREFIX.length) : null;
}
