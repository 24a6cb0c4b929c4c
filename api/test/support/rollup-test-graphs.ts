/** fast-check generators of random hierarchies for the roll-up tests. */
import fc from "fast-check";
import { dayNumber, isoDate } from "../../src/analytics/rollup/days.ts";
import { HierarchyProjection, type EdgeInput } from "../../src/analytics/rollup/projection.ts";
import type { ReferenceGraph } from "../../src/analytics/rollup/reference.ts";

export interface GraphSpec extends ReferenceGraph {
  nodes: { id: string; level: number }[];
  edges: EdgeInput[];
}

/** Generated dates fall around this day, so as-of dates often hit interval bounds. */
const BASE = dayNumber("2025-01-01");
export const dayOffsetArb = fc.integer({ min: -3, max: 45 });
export const dateArb = dayOffsetArb.map((d) => isoDate(BASE + d));

export const weightArb = fc.oneof(fc.constantFrom(0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 1), fc.double({ min: 0.001, max: 1, noNaN: true }));

/** validFrom / validTo as day offsets; a validTo before validFrom makes an edge that is never active. */
export const validityArb = fc.record({
  from: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 2 }),
  length: fc.option(fc.integer({ min: -1, max: 30 }), { nil: null, freq: 2 }),
});

export function validity(v: { from: number | null; length: number | null }): Pick<EdgeInput, "validFrom" | "validTo"> {
  return {
    validFrom: v.from === null ? null : isoDate(BASE + v.from),
    validTo: v.length === null ? null : isoDate(BASE + (v.from ?? 0) + v.length),
  };
}

const edgeDraftArb = fc.record({
  child: fc.nat(),
  parent: fc.nat(),
  sameLevel: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
  weight: weightArb,
  validity: validityArb,
});

/**
 * DAGs of 3 to 5 levels with arbitrary level numbers and 1 to 6 nodes per level. Edges go to
 * any higher level (skipping levels) or, now and then, to another node of the same level.
 * Weights sum below, to or above 1; some nodes get no parent at all. With `split`, each
 * child's weights are 1/k over its k edges.
 */
export const graphArb: fc.Arbitrary<GraphSpec> = fc
  .record({
    levels: fc.uniqueArray(fc.integer({ min: -3, max: 12 }), { minLength: 3, maxLength: 5 }),
    sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
    drafts: fc.array(edgeDraftArb, { maxLength: 60, size: "max" }),
    // A hidden order of the nodes that same-level edges follow (keeping the graph acyclic),
    // independent of the order the nodes are added in.
    ranks: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    split: fc.boolean(),
  })
  .map(({ levels, sizes, drafts, ranks, split }) => {
    const nodes = levels
      .sort((a, b) => a - b)
      .flatMap((level, l) => Array.from({ length: sizes[l]! }, (_, k) => ({ id: `N${level}.${k}`, level })));
    const edges: EdgeInput[] = [];
    for (const d of drafts) {
      const c = d.child % nodes.length;
      const child = nodes[c]!;
      const above = (i: number) => ranks[i]! > ranks[c]! || (ranks[i] === ranks[c] && i > c);
      const candidates = nodes.filter((n, i) => (d.sameLevel ? n.level === child.level && above(i) : n.level > child.level));
      const parent = candidates[d.parent % Math.max(1, candidates.length)];
      if (!parent) continue;
      edges.push({ id: `E${edges.length}`, child: child.id, parent: parent.id, weight: d.weight, ...validity(d.validity) });
    }
    if (split) {
      const count = new Map<string, number>();
      for (const e of edges) count.set(e.child, (count.get(e.child) ?? 0) + 1);
      for (const e of edges) e.weight = 1 / count.get(e.child)!;
    }
    return { nodes, edges };
  });

/** Own values for some of the spec's nodes (the others have none, i.e. 0). */
export function ownArb(
  spec: GraphSpec,
  value = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
): fc.Arbitrary<Map<string, number>> {
  return fc
    .array(fc.option(value, { nil: undefined }), { minLength: spec.nodes.length, maxLength: spec.nodes.length })
    .map((values) => new Map(spec.nodes.flatMap((n, i) => (values[i] === undefined ? [] : [[n.id, values[i]] as const]))));
}

/** A projection filled to capacity, so the next node or edge added reallocates its arrays. */
export function buildProjection(spec: GraphSpec): HierarchyProjection {
  const p = new HierarchyProjection({ nodes: spec.nodes.length, edges: spec.edges.length });
  for (const n of spec.nodes) p.addNode(n.id, n.level);
  for (const e of spec.edges) p.addEdge(e);
  return p;
}
