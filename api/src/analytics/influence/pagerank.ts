import type { InfluenceGraph } from "./influence-graph.ts";

export const DAMPING = 0.85;
/** Iterate until the L1 change of the rank vector is below this (DESIGN.md section 4). */
export const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 10_000;

export interface PageRankResult {
  rank: Float64Array;
  iterations: number;
  /** L1 change of the last iteration. */
  change: number;
}

/**
 * Weighted PageRank where rank flows from the influenced to the influencer: the Markov chain
 * runs on the reversed edges (influenced -> influencer), each HCP passing its rank to its
 * influencers in proportion to the edges' weights, exactly as networkx `pagerank(G.reverse(),
 * alpha=0.85, weight='weight')` does. An HCP whose incoming weights sum to 0 (nobody influences
 * it, or only with weight 0) is dangling: its rank is spread uniformly over all HCPs. Self-loops
 * count like any edge; duplicate pairs count with the sum of their weights.
 */
export function pageRank(g: InfluenceGraph, damping = DAMPING, tolerance = TOLERANCE): PageRankResult {
  const n = g.ids.length;
  const m = g.influenced.length;
  if (n === 0) return { rank: new Float64Array(0), iterations: 0, change: 0 };
  // Out-weight in the reversed graph = total weight of the edges into each HCP.
  const inWeight = new Float64Array(n);
  for (let e = 0; e < m; e++) inWeight[g.influenced[e]!]! += g.weight[e]!;
  // Share of the influenced HCP's rank that each edge passes to its influencer.
  const share = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const total = inWeight[g.influenced[e]!]!;
    share[e] = total > 0 ? g.weight[e]! / total : 0;
  }
  const dangling: number[] = [];
  for (let v = 0; v < n; v++) if (!(inWeight[v]! > 0)) dangling.push(v);

  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let change = Infinity;
  let iterations = 0;
  while (change >= tolerance && iterations < MAX_ITERATIONS) {
    let danglingMass = 0;
    for (const v of dangling) danglingMass += rank[v]!;
    const base = (damping * danglingMass + (1 - damping)) / n;
    change = 0;
    const { rowStart, influenced } = g;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = rowStart[v]!, end = rowStart[v + 1]!; e < end; e++) sum += rank[influenced[e]!]! * share[e]!;
      const value = damping * sum + base;
      change += Math.abs(value - rank[v]!);
      next[v] = value;
    }
    [rank, next] = [next, rank];
    iterations++;
  }
  return { rank, iterations, change };
}
