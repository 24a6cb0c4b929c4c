import type { ElementDefinition } from "cytoscape";
import type { GraphEdge } from "../api/types.ts";
import { edgeWidth } from "./elements.ts";
import { groupKeyOf, groupNodeId, type GroupBy, type InfluenceGraph } from "./influence-model.ts";
import { byInfluence, influenceScores, topInfluencers } from "./influence-rank.ts";
import { sectorLayout } from "./influence-sector-layout.ts";

/** Views larger than this open with every group collapsed (level of detail for big KOL networks). */
export const COLLAPSE_ABOVE = 300;

export interface HighlightedPath {
  nodeIds: string[];
  edgeIds: string[];
}

export interface InfluenceViewOptions {
  groupBy: GroupBy;
  /** Groups drawn as one node with aggregated edges (their top influencers and path HCPs stay on their own). */
  collapsed: ReadonlySet<string>;
  /** How many of the most influential HCPs are labelled. */
  labelTop: number;
  path: HighlightedPath | null;
}

/** The followers of each group, most influential first; groups by size, largest first, then by name. */
export function influenceGroups(graph: InfluenceGraph, by: GroupBy, scores = influenceScores(graph)): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.id === graph.rootId) continue;
    const key = groupKeyOf(n, by);
    const list = members.get(key);
    if (list) list.push(n.id);
    else members.set(key, [n.id]);
  }
  const ordered = [...members.entries()].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return new Map(ordered.map(([key, ids]) => [key, byInfluence(ids, scores)]));
}

/** Which groups a freshly opened view collapses: all of them in a large view, none in a small one. */
export function defaultCollapsed(graph: InfluenceGraph, by: GroupBy): Set<string> {
  return graph.nodes.length > COLLAPSE_ABOVE ? new Set(influenceGroups(graph, by).keys()) : new Set();
}

/** Width of an aggregated edge from the summed weight of the edges it stands for (grows slowly, capped). */
export function aggregatedWidth(summedWeight: number): number {
  return Math.round(Math.min(14, 1 + 3 * Math.log2(1 + Math.max(0, summedWeight))) * 10) / 10;
}

/** The graph with the HCPs and edges of a path added (those already in the view are kept once). */
export function withPathElements(
  graph: InfluenceGraph,
  extra: { nodes: InfluenceGraph["nodes"]; edges: GraphEdge[] } | null,
): InfluenceGraph {
  if (!extra) return graph;
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  return {
    rootId: graph.rootId,
    nodes: [...graph.nodes, ...extra.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...graph.edges, ...extra.edges.filter((e) => !edgeIds.has(e.id))],
  };
}

/**
 * The Cytoscape elements of an influence view, positioned (a preset layout): the root at the
 * centre; followers in one sector per group, the most influential nearest the centre; a collapsed
 * group as one node (label: group and number of HCPs) whose edges to the same node are merged into
 * one edge with the summed weight; labels on the root, the `labelTop` most influential HCPs, the
 * groups and a highlighted path only. Every edge carries `filterWeight` (its weight, or the
 * strongest edge it merges) for the weight slider.
 */
export function influenceElements(graph: InfluenceGraph, options: InfluenceViewOptions): ElementDefinition[] {
  const scores = influenceScores(graph);
  const top = topInfluencers(graph, scores, options.labelTop);
  const onPath = new Set(options.path?.nodeIds ?? []);
  const pathEdges = new Set(options.path?.edgeIds ?? []);
  const groups = influenceGroups(graph, options.groupBy, scores);
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));

  /** What stands for each HCP on screen: itself, or its collapsed group's node. */
  const shownAs = new Map<string, string>([[graph.rootId, graph.rootId]]);
  const sectors: { key: string; items: string[] }[] = [];
  const hiddenCount = new Map<string, number>();
  for (const [key, members] of groups) {
    const collapsed = options.collapsed.has(key);
    const items: string[] = [];
    for (const id of members) {
      const own = !collapsed || top.has(id) || onPath.has(id);
      if (own) items.push(id);
      shownAs.set(id, own ? id : groupNodeId(key));
    }
    const hidden = members.length - items.length;
    if (hidden > 0) {
      items.push(groupNodeId(key));
      hiddenCount.set(key, hidden);
    }
    sectors.push({ key, items });
  }
  const positions = sectorLayout(graph.rootId, sectors);

  const elements: ElementDefinition[] = [];
  const pathClass = (yes: boolean) => (options.path ? (yes ? " on-path" : " off-path") : "");
  for (const sector of sectors) {
    for (const id of sector.items) {
      const hidden = hiddenCount.get(sector.key);
      if (id === groupNodeId(sector.key) && hidden !== undefined) {
        elements.push({
          group: "nodes",
          data: {
            id,
            label: `${sector.key} (${hidden})`,
            kind: "GROUP",
            role: "group",
            group: sector.key,
            members: hidden,
            size: Math.round(26 + 8 * Math.log2(hidden)),
          },
          position: positions.get(id)!,
          classes: `influence-group${pathClass(false)}`,
        });
        continue;
      }
      const node = nodeById.get(id)!;
      const labelled = top.has(id) || onPath.has(id);
      elements.push({
        group: "nodes",
        data: {
          id,
          label: labelled ? node.name : "",
          kind: node.kind,
          role: "entity",
          detail: node.detail ?? "",
          group: sector.key,
          influence: scores.get(id) ?? 0,
        },
        position: positions.get(id)!,
        classes: `hcp influence-member${labelled ? " top-influencer" : " unlabelled"}${pathClass(onPath.has(id))}`,
      });
    }
  }
  const root = nodeById.get(graph.rootId);
  if (root) {
    elements.unshift({
      group: "nodes",
      data: {
        id: root.id,
        label: root.name,
        kind: root.kind,
        role: "entity",
        detail: root.detail ?? "",
        group: null,
        influence: scores.get(root.id) ?? 0,
      },
      position: positions.get(root.id)!,
      classes: `hcp root${pathClass(onPath.has(root.id))}`,
    });
  }

  const merged = new Map<string, { source: string; target: string; sum: number; strongest: number; count: number }>();
  for (const e of graph.edges) {
    const source = shownAs.get(e.source);
    const target = shownAs.get(e.target);
    if (!source || !target || source === target) continue;
    if (source === e.source && target === e.target) {
      elements.push({
        group: "edges",
        data: { id: e.id, source, target, weight: e.weight, width: edgeWidth(e.weight), filterWeight: e.weight, members: 1 },
        classes: `influence${pathClass(pathEdges.has(e.id))}`,
      });
      continue;
    }
    const key = `${source}\u0000${target}`;
    const m = merged.get(key) ?? { source, target, sum: 0, strongest: 0, count: 0 };
    m.sum += e.weight;
    m.strongest = Math.max(m.strongest, e.weight);
    m.count++;
    merged.set(key, m);
  }
  for (const m of merged.values()) {
    elements.push({
      group: "edges",
      data: {
        id: `merged:${m.source}->${m.target}`,
        source: m.source,
        target: m.target,
        weight: m.sum,
        width: aggregatedWidth(m.sum),
        filterWeight: m.strongest,
        members: m.count,
        label: `${m.count} · Σ ${Math.round(m.sum * 10) / 10}`,
      },
      classes: `influence merged${pathClass(false)}`,
    });
  }
  return elements;
}

/** Whether the weight slider hides an edge: below the minimum, unless it is on the highlighted path. */
export function hiddenByWeight(filterWeight: number, minWeight: number, onPath: boolean): boolean {
  return !onPath && filterWeight < minWeight;
}
