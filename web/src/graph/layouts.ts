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
 * the top and HCPs at the bottom. Influence networks are laid out by influence-scene.ts.
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
  // Influence views come positioned (graph/influence-scene.ts: KOL in the centre, groups in sectors), computed in one pass.
  return { name: "preset", animate: false, fit: true, padding: 24 } as LayoutOptions;
}
