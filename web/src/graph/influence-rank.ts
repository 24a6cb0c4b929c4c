import type { InfluenceGraph } from "./influence-model.ts";

/**
 * How influential each HCP of the view is: its PageRank when every HCP has one (the current
 * influence run), else its weighted degree within the view (the sum of the weights of its edges).
 */
export function influenceScores(graph: InfluenceGraph): Map<string, number> {
  if (graph.nodes.length > 0 && graph.nodes.every((n) => typeof n.pagerank === "number")) {
    return new Map(graph.nodes.map((n) => [n.id, n.pagerank!]));
  }
  const degree = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    if (degree.has(e.source)) degree.set(e.source, degree.get(e.source)! + e.weight);
    if (degree.has(e.target)) degree.set(e.target, degree.get(e.target)! + e.weight);
  }
  return degree;
}

/** Node ids by influence, strongest first (ties by id, so the order is stable). */
export function byInfluence(ids: Iterable<string>, scores: ReadonlyMap<string, number>): string[] {
  return [...ids].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The `n` most influential HCPs other than the root: the ones labelled and always drawn on their own. */
export function topInfluencers(graph: InfluenceGraph, scores: ReadonlyMap<string, number>, n: number): Set<string> {
  const others = graph.nodes.filter((x) => x.id !== graph.rootId).map((x) => x.id);
  return new Set(byInfluence(others, scores).slice(0, Math.max(0, n)));
}
