import type { LayoutOptions } from "cytoscape";
import type { GraphNode } from "../api/types.ts";
import type { ViewMode } from "./elements.ts";

const MIN_RANK_SEP = 90;
const MAX_RANK_SEP = 400;
const RANK_SEP_PER_NODE = 5;

/** A wide level (dozens of HCPs under a few accounts) would squash the fitted tree into a thin strip; taller ranks keep its edges legible. */
export function rankSeparation(nodes: GraphNode[]): number {
  const perLevel = new Map<number, number>();
  for (const n of nodes) perLevel.set(n.level, (perLevel.get(n.level) ?? 0) + 1);
  const widest = Math.max(0, ...perLevel.values());
  return Math.min(MAX_RANK_SEP, Math.max(MIN_RANK_SEP, widest * RANK_SEP_PER_NODE));
}

/**
 * Hierarchy edges point child -> parent, so a bottom-to-top rank direction draws networks at
 * the top and HCPs at the bottom. Influence networks are rings around the focal HCP.
 */
export function layoutFor(mode: ViewMode, nodes: GraphNode[]): LayoutOptions {
  if (mode === "hierarchy") {
    return {
      name: "dagre",
      rankDir: "BT",
      nodeSep: 14,
      rankSep: rankSeparation(nodes),
      animate: false,
      fit: true,
      padding: 24,
    } as LayoutOptions;
  }
  return {
    name: "concentric",
    // One ring per hop: the focal HCP, then who it touches directly, then the second circle.
    concentric: (node: { data(key: "hops"): number }) => -node.data("hops"),
    levelWidth: () => 1,
    minNodeSpacing: 36,
    animate: false,
    fit: true,
    padding: 24,
  } as LayoutOptions;
}
