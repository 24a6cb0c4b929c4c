import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyHierarchyChange } from "./changes.ts";
import { dayNumber, isoDate } from "./days.ts";
import { computeRollup } from "./full-rollup.ts";
import { MaterializedRollup, type RollupUpdate } from "./incremental.ts";
import { ownValues } from "./own-values.ts";
import type { HierarchyProjection } from "./projection.ts";
import { referenceRollup } from "./reference.ts";
import {
  buildProjection,
  dateArb,
  dayOffsetArb,
  graphArb,
  ownArb,
  validity,
  validityArb,
  weightArb,
  type GraphSpec,
} from "../../../test/support/rollup-test-graphs.ts";

const RUNS = { numRuns: 300 };

/** Equal within 1e-9 relative to `scale` (by default the larger magnitude; absolute near 0). */
function close(actual: number, expected: number, what: string, scale = Math.max(1, Math.abs(actual), Math.abs(expected))): void {
  if (Math.abs(actual - expected) > 1e-9 * scale) expect.fail(`${what}: ${actual} != ${expected}`);
}

const graphWithOwn = graphArb.chain((spec) => fc.tuple(fc.constant(spec), ownArb(spec)));

describe("roll-up properties on random DAGs", () => {
  it("conserves value: top total + unallocated = total own", () => {
    fc.assert(
      fc.property(graphWithOwn, dateArb, ([spec, own], asOf) => {
        const p = buildProjection(spec);
        const { conservation, levels } = computeRollup(p, ownValues(p, own), asOf);
        const totalOwn = [...own.values()].reduce((a, b) => a + b, 0);
        close(conservation.totalOwn, totalOwn, "total own");
        close(conservation.topTotal + levels.reduce((sum, l) => sum + l.unallocated, 0), totalOwn, "top + unallocated");
        expect(Math.abs(conservation.difference)).toBeLessThanOrEqual(1e-9 * Math.max(totalOwn, Number.MIN_VALUE));
        expect(conservation.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("is linear in the own values", () => {
    fc.assert(
      fc.property(
        graphArb.chain((spec) => fc.tuple(fc.constant(spec), ownArb(spec), ownArb(spec, fc.double({ min: -1e6, max: 1e6, noNaN: true })))),
        dateArb,
        ([spec, a, b], asOf) => {
          const p = buildProjection(spec);
          const ra = computeRollup(p, ownValues(p, a), asOf);
          const rb = computeRollup(p, ownValues(p, b), asOf);
          const both = ownValues(p, a);
          ownValues(p, b).forEach((v, i) => (both[i]! += v));
          const rs = computeRollup(p, both, asOf);
          // b may be negative: compare relative to the parts, whose sum may cancel.
          const sum2 = (x: number, y: number, what: string, z: number) => close(z, x + y, what, Math.max(1, Math.abs(x) + Math.abs(y)));
          rs.rollup.forEach((v, n) => sum2(ra.rollup[n]!, rb.rollup[n]!, `rollup of ${p.nodeId(n)}`, v));
          rs.flow.forEach((v, e) => sum2(ra.flow[e]!, rb.flow[e]!, `flow of ${p.edgeId(e)}`, v));
          rs.levels.forEach((l, i) =>
            sum2(ra.levels[i]!.unallocated, rb.levels[i]!.unallocated, `unallocated at ${l.level}`, l.unallocated),
          );
        },
      ),
      RUNS,
    );
  });

  it("equals the brute-force reference at any as-of date", () => {
    fc.assert(
      fc.property(graphWithOwn, dateArb, ([spec, own], asOf) => {
        const p = buildProjection(spec);
        const result = computeRollup(p, ownValues(p, own), asOf);
        const expected = referenceRollup(spec, own, asOf);
        for (const node of spec.nodes) close(result.rollup[p.nodeIndex(node.id)]!, expected.rollup.get(node.id)!, `rollup of ${node.id}`);
        for (const edge of spec.edges) close(result.flow[p.edgeIndex(edge.id)]!, expected.flow.get(edge.id)!, `flow of ${edge.id}`);
        expect(result.levels.map((l) => l.level)).toEqual([...new Set(spec.nodes.map((n) => n.level))]);
        for (const l of result.levels.slice(0, -1)) close(l.unallocated, expected.unallocated.get(l.level)!, `unallocated at ${l.level}`);
        close(result.conservation.topTotal, expected.topTotal, "top total");
        close(result.conservation.totalOwn, expected.totalOwn, "total own");
      }),
      RUNS,
    );
  });
});

const ownValueArb = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));

/** Change drafts whose node and edge picks are resolved against the projection as it is then. */
const changeArb = fc.oneof(
  fc.record({ kind: fc.constant("own" as const), node: fc.nat(), value: ownValueArb }),
  fc.record({ kind: fc.constant("addEdge" as const), child: fc.nat(), parent: fc.nat(), weight: weightArb, validity: validityArb }),
  fc.record({ kind: fc.constant("endEdge" as const), edge: fc.nat(), day: dayOffsetArb }),
  fc.record({ kind: fc.constant("reweightEdge" as const), edge: fc.nat(), weight: weightArb }),
  fc.record({ kind: fc.constant("addNode" as const), level: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), edge: fc.nat(), parent: fc.nat(), day: dayOffsetArb }),
);
type ChangeDraft = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

const BASE = dayNumber("2025-01-01");

/** Applies one drafted change to the projection and the views; returns the seeds per view. */
function apply(p: HierarchyProjection, views: MaterializedRollup[], spec: GraphSpec, draft: ChangeDraft, step: number): number[][] {
  const nodes = p.nodeCount;
  const shared = (seeds: number[]) => views.map(() => seeds);
  switch (draft.kind) {
    case "own":
      return views.map((v) => v.setOwn(p.nodeId(draft.node % nodes), draft.value));
    case "addNode": {
      const levels = [...new Set(spec.nodes.map((n) => n.level))];
      return shared(applyHierarchyChange(p, { kind: "addNode", id: `new${step}`, level: levels[draft.level % levels.length]! }));
    }
    case "addEdge": {
      const child = draft.child % nodes;
      // Any node at the same level or above: same-level picks may close a cycle, which must be refused.
      const candidates = [...Array(nodes).keys()].filter((n) => n !== child && p.level[n]! >= p.level[child]!);
      if (candidates.length === 0) return shared([]);
      const edge = {
        id: `new${step}`,
        child: p.nodeId(child),
        parent: p.nodeId(candidates[draft.parent % candidates.length]!),
        weight: draft.weight,
        ...validity(draft.validity),
      };
      try {
        return shared(applyHierarchyChange(p, { kind: "addEdge", edge }));
      } catch (err) {
        expect((err as Error).message).toMatch(/cycle/);
        return shared([]);
      }
    }
    case "endEdge":
      if (p.edgeCount === 0) return shared([]);
      return shared(
        applyHierarchyChange(p, { kind: "endEdge", id: p.edgeId(draft.edge % p.edgeCount), validTo: isoDate(BASE + draft.day) }),
      );
    case "reweightEdge":
      if (p.edgeCount === 0) return shared([]);
      return shared(applyHierarchyChange(p, { kind: "reweightEdge", id: p.edgeId(draft.edge % p.edgeCount), weight: draft.weight }));
    case "move": {
      // A reassignment: end the edge the day before `day`, add one to another parent of the same level from `day`.
      if (p.edgeCount === 0) return shared([]);
      const e = draft.edge % p.edgeCount;
      const oldParent = p.edgeParent[e]!;
      const child = p.edgeChild[e]!;
      const candidates = [...Array(nodes).keys()].filter((n) => n !== oldParent && n !== child && p.level[n] === p.level[oldParent]);
      if (candidates.length === 0) return shared([]);
      const seeds = applyHierarchyChange(p, { kind: "endEdge", id: p.edgeId(e), validTo: isoDate(BASE + draft.day - 1) });
      const edge = {
        id: `new${step}`,
        child: p.nodeId(child),
        parent: p.nodeId(candidates[draft.parent % candidates.length]!),
        weight: p.edgeWeight[e]!,
        validFrom: isoDate(BASE + draft.day),
      };
      try {
        seeds.push(...applyHierarchyChange(p, { kind: "addEdge", edge }));
      } catch (err) {
        expect((err as Error).message).toMatch(/cycle/);
      }
      return shared(seeds);
    }
  }
}

describe("incremental refresh", () => {
  it("stays bitwise equal to a full recomputation and reports exactly the changed nodes", () => {
    fc.assert(
      fc.property(
        graphWithOwn,
        dateArb,
        dateArb,
        fc.array(changeArb, { minLength: 1, maxLength: 25 }),
        ([spec, own], asOfA, asOfB, changes) => {
          const p = buildProjection(spec);
          // Two metric-periods over one projection, materialized at different dates.
          const views = [new MaterializedRollup(p, ownValues(p, own), asOfA), new MaterializedRollup(p, ownValues(p, own), asOfB)];
          changes.forEach((draft, step) => {
            const before = views.map((v) => Float64Array.from(v.rollup));
            const seeds = apply(p, views, spec, draft, step);
            views.forEach((view, i) => {
              const updates = view.refresh(seeds[i]!);
              const full = computeRollup(p, view.own, view.asOf).rollup;
              expect(view.rollup).toEqual(full);
              const changed: RollupUpdate[] = [];
              full.forEach((value, n) => {
                if (!Object.is(value, before[i]![n] ?? 0)) changed.push({ node: n, id: p.nodeId(n), rollup: value });
              });
              expect([...updates].sort((a, b) => a.node - b.node)).toEqual(changed);
            });
          });
        },
      ),
      RUNS,
    );
  });
});
