/**
 * A deliberately naive roll-up, written straight from the definition and sharing no code with
 * the engine, to check it in tests. Exponential in the worst case: small graphs only.
 */

export interface ReferenceGraph {
  nodes: readonly { id: string; level: number }[];
  edges: readonly { id: string; child: string; parent: string; weight: number; validFrom?: string | null; validTo?: string | null }[];
}

export interface ReferenceResult {
  rollup: Map<string, number>;
  flow: Map<string, number>;
  /** By level, for every level below the top. */
  unallocated: Map<number, number>;
  topTotal: number;
  totalOwn: number;
}

export function referenceRollup(graph: ReferenceGraph, own: ReadonlyMap<string, number>, asOf: string): ReferenceResult {
  // ISO dates compare correctly as strings; validTo is the last effective day.
  const active = graph.edges.filter((e) => (e.validFrom == null || e.validFrom <= asOf) && (e.validTo == null || asOf <= e.validTo));
  const ownOf = (id: string) => own.get(id) ?? 0;

  // rollup(n) = sum over every node d at or below n, over every active path d -> ... -> n,
  // of own(d) times the product of the weights along the path.
  const rollup = new Map<string, number>();
  for (const node of graph.nodes) {
    let total = 0;
    const walkDown = (id: string, product: number) => {
      total += product * ownOf(id);
      for (const e of active) if (e.parent === id) walkDown(e.child, product * e.weight);
    };
    walkDown(node.id, 1);
    rollup.set(node.id, total);
  }

  const flow = new Map<string, number>();
  for (const e of graph.edges) flow.set(e.id, active.includes(e) ? e.weight * rollup.get(e.child)! : 0);

  const topLevel = Math.max(...graph.nodes.map((n) => n.level));
  const unallocated = new Map<number, number>();
  let topTotal = 0;
  let totalOwn = 0;
  for (const node of graph.nodes) {
    const upward = active.filter((e) => e.child === node.id).reduce((sum, e) => sum + e.weight, 0);
    const kept = rollup.get(node.id)! * (1 - upward);
    if (node.level === topLevel) topTotal += kept;
    else unallocated.set(node.level, (unallocated.get(node.level) ?? 0) + kept);
    totalOwn += ownOf(node.id);
  }
  return { rollup, flow, unallocated, topTotal, totalOwn };
}
