/**
 * The influence graph as compact arrays: HCPs are indices 0..n-1; edges are grouped by
 * influencer (CSR), an edge `from -> to` meaning "from influences to". Built once per
 * computation; no per-edge objects.
 */
export interface InfluenceGraph {
  ids: string[];
  /** Edges of influencer v are rowStart[v]..rowStart[v+1]-1. */
  rowStart: Int32Array;
  /** The influenced HCP of each edge. */
  influenced: Int32Array;
  weight: Float64Array;
}

/** Builds the CSR from parallel edge arrays (indices into `ids`). Duplicate pairs stay separate edges. */
export function buildInfluenceGraph(ids: string[], from: Int32Array, to: Int32Array, weight: Float64Array): InfluenceGraph {
  const n = ids.length;
  const m = from.length;
  const rowStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) rowStart[from[e]! + 1]!++;
  for (let v = 0; v < n; v++) rowStart[v + 1]! += rowStart[v]!;
  const next = rowStart.slice(0, n);
  const influenced = new Int32Array(m);
  const w = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const slot = next[from[e]!]!++;
    influenced[slot] = to[e]!;
    w[slot] = weight[e]!;
  }
  return { ids, rowStart, influenced, weight: w };
}

/** Index of every id, and a graph from `[from, to, weight]` triples (fixtures, tests). */
export function influenceGraphFromEdges(ids: string[], edges: readonly (readonly [string, string, number])[]): InfluenceGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`edge end ${id} is not a node`);
    return i;
  };
  return buildInfluenceGraph(
    ids,
    Int32Array.from(edges, (e) => at(e[0])),
    Int32Array.from(edges, (e) => at(e[1])),
    Float64Array.from(edges, (e) => e[2]),
  );
}
