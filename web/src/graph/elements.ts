import type { ElementDefinition } from "cytoscape";
import type { EntityGraph, GraphEdge, GraphNode } from "../api/types.ts";

export type ViewMode = "hierarchy" | "influence";

const MIN_WIDTH = 1;
const MAX_EXTRA_WIDTH = 6;

/** Edge width in pixels from a weight in 0..1 (clamped), so allocation shares read at a glance. */
export function edgeWidth(weight: number): number {
  const w = Math.min(1, Math.max(0, Number.isFinite(weight) ? weight : 0));
  return Math.round((MIN_WIDTH + MAX_EXTRA_WIDTH * w) * 10) / 10;
}

function nodeElement(node: GraphNode, rootId: string): ElementDefinition {
  const classes = [node.kind.toLowerCase()];
  if (node.id === rootId) classes.push("root");
  return {
    group: "nodes",
    data: { id: node.id, label: node.name, kind: node.kind, detail: node.detail ?? "", level: node.level, root: node.id === rootId },
    classes: classes.join(" "),
  };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  const classes = [edge.kind.toLowerCase()];
  if (edge.kind === "AFFILIATION") classes.push(edge.primary ? "primary" : "secondary");
  return {
    group: "edges",
    data: { id: edge.id, source: edge.source, target: edge.target, weight: edge.weight, width: edgeWidth(edge.weight), type: edge.type ?? "" },
    classes: classes.join(" "),
  };
}

/** Cytoscape elements for a graph view; edges whose ends are missing are dropped rather than crash the renderer. */
export function toElements(graph: EntityGraph): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map((n) => nodeElement(n, graph.rootId)),
    ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(edgeElement),
  ];
}
