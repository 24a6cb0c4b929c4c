import type { ElementDefinition } from "cytoscape";
import type { EntityGraph, GraphEdge, GraphNode } from "../api/types.ts";
import type { EdgeChangeKind } from "./hierarchy-diff.ts";
import type { LodEdge, LodNode } from "./level-of-detail.ts";

export type ViewMode = "hierarchy" | "influence";

const MIN_WIDTH = 1;
const MAX_EXTRA_WIDTH = 6;

/** Edge width in pixels from a weight in 0..1 (clamped), so allocation shares read at a glance. */
export function edgeWidth(weight: number): number {
  const w = Math.min(1, Math.max(0, Number.isFinite(weight) ? weight : 0));
  return Math.round((MIN_WIDTH + MAX_EXTRA_WIDTH * w) * 10) / 10;
}

/** Hops from the root, ignoring edge direction; nodes the root does not reach count as farthest. */
export function hopsFromRoot(graph: EntityGraph): Map<string, number> {
  const neighbours = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    const fromSource = neighbours.get(e.source);
    const fromTarget = neighbours.get(e.target);
    if (!fromSource || !fromTarget) continue;
    fromSource.push(e.target);
    fromTarget.push(e.source);
  }
  const hops = new Map<string, number>();
  let frontier = neighbours.has(graph.rootId) ? [graph.rootId] : [];
  for (let distance = 0; frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (hops.has(id)) continue;
      hops.set(id, distance);
      next.push(...neighbours.get(id)!);
    }
    frontier = next;
  }
  for (const n of graph.nodes) if (!hops.has(n.id)) hops.set(n.id, graph.nodes.length);
  return hops;
}

/** Compact numbers for labels: 950, 12.3k, 4.56M. */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toPrecision(3)}M`;
  if (abs >= 1e3) return `${(value / 1e3).toPrecision(3)}k`;
  return String(Math.round(value * 10) / 10);
}

const MIN_NODE_SCALE = 1;
const MAX_NODE_SCALE = 2.2;

/** Node scale from its roll-up relative to the largest of its level in the view (area grows with value). */
export function rollupScale(rollup: number, largestOfLevel: number): number {
  if (!(largestOfLevel > 0) || !(rollup > 0)) return MIN_NODE_SCALE;
  return Math.round((MIN_NODE_SCALE + (MAX_NODE_SCALE - MIN_NODE_SCALE) * Math.sqrt(Math.min(1, rollup / largestOfLevel))) * 100) / 100;
}

/** A node of a view: an entity, or (hierarchy level of detail) a group or "more" node. */
type ViewNode = GraphNode & Partial<Pick<LodNode, "role" | "count" | "expandable" | "expanded">>;
type ViewEdge = GraphEdge & Partial<Pick<LodEdge, "synthetic">>;

export interface ElementOptions {
  /** Named before each roll-up in the labels, e.g. "TRX". */
  measureLabel?: string;
  /** Diff views: each changed edge's change, and every node's roll-up at the earlier date. */
  changes?: ReadonlyMap<string, EdgeChangeKind>;
  rollupBefore?: ReadonlyMap<string, number | null>;
  /** Labels beside the nodes instead of below (hierarchy views, whose siblings stack vertically). */
  labelsBeside?: boolean;
}

/** A node's label: its name, then the roll-up (in a diff, at both dates) so values read without a click. */
export function nodeLabel(node: ViewNode, options: ElementOptions = {}): string {
  if (typeof node.rollup !== "number") return node.name;
  const prefix = options.measureLabel ? `${node.role === "group" ? "Σ " : ""}${options.measureLabel} ` : "";
  const before = options.rollupBefore?.get(node.id);
  const value = options.rollupBefore
    ? `${before == null ? "–" : compactNumber(before)} → ${compactNumber(node.rollup)}`
    : compactNumber(node.rollup);
  return `${node.name}\n${prefix}${value}`;
}

function nodeElement(node: ViewNode, rootId: string, hops: number, largestOfLevel: number, options: ElementOptions): ElementDefinition {
  const classes = [node.kind.toLowerCase()];
  if (node.id === rootId) classes.push("root");
  const hasRollup = typeof node.rollup === "number";
  if (hasRollup) classes.push("measured");
  if (node.role && node.role !== "entity") classes.push(node.role);
  if (node.expandable) classes.push(node.expanded ? "expanded" : "collapsed");
  if (options.labelsBeside) classes.push("label-beside");
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: nodeLabel(node, options),
      kind: node.kind,
      role: node.role ?? "entity",
      detail: node.detail ?? "",
      level: node.level,
      root: node.id === rootId,
      hops,
      rollup: node.rollup ?? null,
      scale: hasRollup ? rollupScale(node.rollup!, largestOfLevel) : 1,
    },
    classes: classes.join(" "),
  };
}

function edgeElement(edge: ViewEdge, options: ElementOptions): ElementDefinition {
  const classes = [edge.kind.toLowerCase()];
  if (edge.kind === "AFFILIATION") classes.push(edge.primary ? "primary" : "secondary");
  if (edge.synthetic) classes.push("synthetic");
  if (options.changes) classes.push(options.changes.get(edge.id) ?? "unchanged");
  const hasFlow = typeof edge.flow === "number";
  if (hasFlow) classes.push("measured");
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      weight: edge.weight,
      width: edgeWidth(edge.weight),
      type: edge.type ?? "",
      flow: edge.flow ?? null,
      flowLabel: hasFlow ? compactNumber(edge.flow!) : "",
    },
    classes: classes.join(" "),
  };
}

/** Cytoscape elements for a graph view; edges whose ends are missing are dropped rather than crash the renderer. */
export function toElements(
  graph: Omit<EntityGraph, "nodes" | "edges"> & { nodes: ViewNode[]; edges: ViewEdge[] },
  options: ElementOptions = {},
): ElementDefinition[] {
  const hops = hopsFromRoot(graph);
  const ids = new Set(graph.nodes.map((n) => n.id));
  const largest = new Map<number, number>();
  for (const n of graph.nodes) largest.set(n.level, Math.max(largest.get(n.level) ?? 0, n.rollup ?? 0));
  return [
    ...graph.nodes.map((n) => nodeElement(n, graph.rootId, hops.get(n.id)!, largest.get(n.level)!, options)),
    ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => edgeElement(e, options)),
  ];
}
