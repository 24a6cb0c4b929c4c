import type { LayoutOptions } from "cytoscape";
import type { ViewMode } from "./elements.ts";
import { type TreeEdge, type TreeNode, treeLayout } from "./tree-layout.ts";

/**
 * Room per level for a node and its label (beside it, at most 170 px), and per leaf row for the
 * largest node (48 px) with its two-line label.
 */
const HIERARCHY_SPACING = { levelGap: 240, rowGap: 56 };

/**
 * Hierarchy views: networks on the left, HCPs on the right, siblings stacked with their labels
 * beside them, placed in one pass by tree-layout.ts (a 2,000-node view takes milliseconds where a
 * general layered layout took seconds). Influence views come positioned (influence-scene.ts: KOL
 * in the centre, groups in sectors). Both are preset positions, fitted to the canvas.
 */
export function layoutFor(mode: ViewMode, nodes: readonly TreeNode[] = [], edges: readonly TreeEdge[] = []): LayoutOptions {
  if (mode === "hierarchy") {
    const at = treeLayout(nodes, edges, HIERARCHY_SPACING);
    return {
      name: "preset",
      positions: (node: { id(): string }) => at.get(node.id()) ?? { x: 0, y: 0 },
      animate: false,
      fit: true,
      padding: 24,
    } as LayoutOptions;
  }
  return { name: "preset", animate: false, fit: true, padding: 24 } as LayoutOptions;
}
