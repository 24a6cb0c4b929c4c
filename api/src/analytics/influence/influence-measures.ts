import type { InfluenceGraph } from "./influence-graph.ts";

/**
 * Percentile of each HCP's rank within its specialty, 0..100: the share of the specialty's HCPs
 * whose rank is at most this one's (ties share the highest percentile of their group, so the
 * top HCP is 100). HCPs without a specialty form a group of their own.
 */
export function percentileWithinGroup(rank: Float64Array, group: readonly (string | null)[]): Float64Array {
  const members = new Map<string, number[]>();
  group.forEach((g, i) => {
    const key = g ?? "";
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  const percentile = new Float64Array(rank.length);
  for (const list of members.values()) {
    list.sort((a, b) => rank[a]! - rank[b]!);
    for (let i = 0; i < list.length; ) {
      let j = i;
      while (j + 1 < list.length && rank[list[j + 1]!] === rank[list[i]!]) j++;
      const p = (100 * (j + 1)) / list.length;
      for (let k = i; k <= j; k++) percentile[list[k]!] = p;
      i = j + 1;
    }
  }
  return percentile;
}

/** Number of distinct HCPs an HCP influences within 2 hops (following influence, itself excluded). */
export function reachWithinTwoHops(g: InfluenceGraph): Int32Array {
  const n = g.ids.length;
  const reach = new Int32Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const { rowStart, influenced } = g;
  for (let v = 0; v < n; v++) {
    seenBy[v] = v;
    let count = 0;
    for (let e = rowStart[v]!; e < rowStart[v + 1]!; e++) {
      const u = influenced[e]!;
      if (seenBy[u] !== v) {
        seenBy[u] = v;
        count++;
      }
      for (let f = rowStart[u]!; f < rowStart[u + 1]!; f++) {
        const w = influenced[f]!;
        if (seenBy[w] !== v) {
          seenBy[w] = v;
          count++;
        }
      }
    }
    reach[v] = count;
  }
  return reach;
}

/** Sum over the HCPs an HCP directly influences of edge weight x their value (missing values count 0). */
export function networkValue(g: InfluenceGraph, value: Float64Array): Float64Array {
  const n = g.ids.length;
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let e = g.rowStart[v]!; e < g.rowStart[v + 1]!; e++) sum += g.weight[e]! * value[g.influenced[e]!]!;
    result[v] = sum;
  }
  return result;
}
