import type { LayoutOptions } from "cytoscape";
import type { ViewMode } from "./elements.ts";

/** Room between levels for the labels, which sit beside their nodes. */
const HIERARCHY_RANK_SEP = 190;

/**
 * Hierarchy edges point child -> parent, so a right-to-left rank direction draws networks on the
 * left and HCPs on the right: siblings stack vertically with their labels beside them, so a batch
 * of children stays legible at the fitted zoom. Influence networks are rings around the focal HCP.
 */
export function layoutFor(mode: ViewMode): LayoutOptions {
  if (mode === "hierarchy") {
    return {
      name: "dagre",
      rankDir: "RL",
      nodeSep: 18,
      rankSep: HIERARCHY_RANK_SEP,
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
