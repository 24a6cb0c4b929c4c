import type { LayoutOptions } from "cytoscape";
import type { ViewMode } from "./elements.ts";

/**
 * Hierarchy edges point child -> parent, so a bottom-to-top rank direction draws networks at
 * the top and HCPs at the bottom. Influence networks are concentric around the focal HCP.
 */
export function layoutFor(mode: ViewMode): LayoutOptions {
  if (mode === "hierarchy") {
    return { name: "dagre", rankDir: "BT", nodeSep: 14, rankSep: 90, animate: false, fit: true, padding: 24 } as LayoutOptions;
  }
  return {
    name: "concentric",
    concentric: (node: { data(key: string): unknown; degree(includeLoops: boolean): number }) => (node.data("root") ? 1000 : node.degree(false)),
    levelWidth: () => 4,
    minNodeSpacing: 18,
    animate: false,
    fit: true,
    padding: 24,
  } as LayoutOptions;
}
