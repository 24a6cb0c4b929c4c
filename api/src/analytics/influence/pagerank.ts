import type { InfluenceGraph } from "./influence-graph.ts";

export const DAMPING = 0.85;
/** Iterate until the L1 change of the rank vector is below this (docs/ANALYTICS.md). */
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
  const isDangling = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (!(inWeight[v]! > 0)) isDangling[v] = 1;

  // Gauss-Seidel sweeps: each HCP's new rank is used as soon as it is computed (and the dangling
  // mass kept current with it). Same fixed point as the power iteration networkx runs, in about
  // half the sweeps.
  const rank = new Float64Array(n).fill(1 / n);
  let danglingMass = 0;
  for (let v = 0; v < n; v++) if (isDangling[v]) danglingMass += rank[v]!;
  const { rowStart, influenced } = g;
  const teleport = (1 - damping) / n;
  let change = Infinity;
  let iterations = 0;
  while (change >= tolerance && iterations < MAX_ITERATIONS) {
    change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = rowStart[v]!, end = rowStart[v + 1]!; e < end; e++) sum += rank[influenced[e]!]! * share[e]!;
      const value = damping * (sum + danglingMass / n) + teleport;
      const old = rank[v]!;
      change += Math.abs(value - old);
      if (isDangling[v]) danglingMass += value - old;
      rank[v] = value;
    }
    iterations++;
  }
  return { rank, iterations, change };
}
