import { describe, expect, it } from "vitest";
import { applyHierarchyChange } from "./changes.ts";
import { computeRollup, type RollupResult } from "./full-rollup.ts";
import { MaterializedRollup } from "./incremental.ts";
import { ownValues } from "./own-values.ts";
import { HierarchyProjection, type EdgeInput } from "./projection.ts";

const HCP = 1;
const ACCOUNT = 2;
const ORGANIZATION = 3;
const NETWORK = 4;
const AS_OF = "2026-07-01";

function hierarchy(nodes: [string, number][], edges: [string, string, string, number][]): HierarchyProjection {
  const p = new HierarchyProjection();
  for (const [id, level] of nodes) p.addNode(id, level);
  for (const [id, child, parent, weight] of edges) p.addEdge({ id, child, parent, weight });
  return p;
}

const byId = (p: HierarchyProjection, values: Float64Array) => Object.fromEntries(Array.from(values, (v, i) => [p.nodeId(i), v]));
const flowById = (p: HierarchyProjection, r: RollupResult) => Object.fromEntries(Array.from(r.flow, (v, e) => [p.edgeId(e), v]));
const level = (r: RollupResult, l: number) => r.levels.find((s) => s.level === l)!;

describe("hand-computed roll-ups", () => {
  // H1 (100) splits 0.6 / 0.4 across A1 (10) and A2 (5); A2 sits under two organizations;
  // O2 has no network, so its value is unallocated at the organization level.
  const p = hierarchy(
    [
      ["H1", HCP],
      ["A1", ACCOUNT],
      ["A2", ACCOUNT],
      ["O1", ORGANIZATION],
      ["O2", ORGANIZATION],
      ["N1", NETWORK],
    ],
    [
      ["h1-a1", "H1", "A1", 0.6],
      ["h1-a2", "H1", "A2", 0.4],
      ["a1-o1", "A1", "O1", 1],
      ["a2-o1", "A2", "O1", 0.5],
      ["a2-o2", "A2", "O2", 0.5],
      ["o1-n1", "O1", "N1", 1],
    ],
  );
  const result = computeRollup(
    p,
    ownValues(p, [
      ["H1", 100],
      ["A1", 10],
      ["A2", 5],
    ]),
    AS_OF,
  );

  it("splits an HCP across two accounts and an account across two organizations", () => {
    expect(byId(p, result.rollup)).toEqual({ H1: 100, A1: 70, A2: 45, O1: 92.5, O2: 22.5, N1: 92.5 });
    expect(flowById(p, result)).toEqual({ "h1-a1": 60, "h1-a2": 40, "a1-o1": 70, "a2-o1": 22.5, "a2-o2": 22.5, "o1-n1": 92.5 });
  });

  it("reports the organization without a network as unallocated and conserves the total", () => {
    expect(result.levels.map((l) => [l.level, l.nodes, l.own, l.rollup, l.unallocated, l.unparentedNodes])).toEqual([
      [HCP, 1, 100, 100, 0, 0],
      [ACCOUNT, 2, 15, 115, 0, 0],
      [ORGANIZATION, 2, 0, 115, 22.5, 1],
      [NETWORK, 1, 0, 92.5, 0, 1],
    ]);
    expect(result.conservation).toEqual({ totalOwn: 115, topTotal: 92.5, unallocated: 22.5, difference: 0, ok: true });
  });

  it("lets an edge skip levels", () => {
    const q = hierarchy(
      [
        ["H1", HCP],
        ["H2", HCP],
        ["A1", ACCOUNT],
        ["O1", ORGANIZATION],
      ],
      [
        ["h1-o1", "H1", "O1", 1],
        ["h2-a1", "H2", "A1", 1],
        ["a1-o1", "A1", "O1", 1],
      ],
    );
    const r = computeRollup(
      q,
      ownValues(q, [
        ["H1", 7],
        ["H2", 3],
      ]),
      AS_OF,
    );
    expect(byId(q, r.rollup)).toEqual({ H1: 7, H2: 3, A1: 3, O1: 10 });
    expect(r.conservation).toMatchObject({ totalOwn: 10, topTotal: 10, unallocated: 0, ok: true });
  });

  it("reports weights summing below 1 as unallocated at the child's level", () => {
    const q = hierarchy(
      [
        ["H1", HCP],
        ["H2", HCP],
        ["A1", ACCOUNT],
      ],
      [["h1-a1", "H1", "A1", 0.75]],
    );
    const r = computeRollup(
      q,
      ownValues(q, [
        ["H1", 100],
        ["H2", 8],
      ]),
      AS_OF,
    );
    expect(level(r, HCP)).toMatchObject({ unallocated: 25 + 8, overAllocated: 0, unparentedNodes: 1 });
    expect(r.conservation).toMatchObject({ totalOwn: 108, topTotal: 75, unallocated: 33, ok: true });
  });

  it("reports weights summing above 1 as over-allocation (negative unallocated)", () => {
    const q = hierarchy(
      [
        ["H1", HCP],
        ["A1", ACCOUNT],
        ["A2", ACCOUNT],
      ],
      [
        ["h1-a1", "H1", "A1", 0.75],
        ["h1-a2", "H1", "A2", 0.5],
      ],
    );
    const r = computeRollup(q, ownValues(q, [["H1", 100]]), AS_OF);
    expect(level(r, HCP)).toMatchObject({ unallocated: -25, overAllocated: 25, overAllocatedNodes: 1 });
    expect(r.conservation).toMatchObject({ totalOwn: 100, topTotal: 125, unallocated: -25, difference: 0, ok: true });
  });

  it("does not assume the default four levels", () => {
    const q = hierarchy(
      [
        ["a", 10],
        ["b", 20],
        ["c", 30],
        ["d", 40],
        ["e", 50],
        ["f", 60],
      ],
      [
        ["ab", "a", "b", 0.5],
        ["bc", "b", "c", 1],
        ["cd", "c", "d", 1],
        ["de", "d", "e", 1],
        ["ef", "e", "f", 1],
        ["af", "a", "f", 0.5],
      ],
    );
    const r = computeRollup(
      q,
      ownValues(q, [
        ["a", 8],
        ["d", 1],
      ]),
      AS_OF,
    );
    expect(byId(q, r.rollup)).toEqual({ a: 8, b: 4, c: 4, d: 5, e: 5, f: 9 });
    expect(r.levels.map((l) => l.level)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(r.conservation).toMatchObject({ totalOwn: 9, topTotal: 9, unallocated: 0, ok: true });
  });

  it("orders same-level edges whatever order they arrive in", () => {
    // A3 -> A2 -> A1 within the account level, added parent-first.
    const q = hierarchy(
      [
        ["H1", HCP],
        ["A1", ACCOUNT],
        ["A2", ACCOUNT],
        ["A3", ACCOUNT],
        ["O1", ORGANIZATION],
      ],
      [
        ["a2-a1", "A2", "A1", 0.5],
        ["a3-a2", "A3", "A2", 1],
        ["h1-a3", "H1", "A3", 1],
        ["a1-o1", "A1", "O1", 1],
        ["a2-o1", "A2", "O1", 0.5],
      ],
    );
    const r = computeRollup(
      q,
      ownValues(q, [
        ["H1", 10],
        ["A3", 2],
      ]),
      AS_OF,
    );
    expect(byId(q, r.rollup)).toEqual({ H1: 10, A3: 12, A2: 12, A1: 6, O1: 12 });
    expect(r.conservation).toMatchObject({ totalOwn: 12, topTotal: 12, unallocated: 0, ok: true });
  });
});

describe("as-of dates", () => {
  const p = new HierarchyProjection();
  for (const [id, l] of [
    ["H1", HCP],
    ["A1", ACCOUNT],
    ["A2", ACCOUNT],
  ] as const)
    p.addNode(id, l);
  const edges: EdgeInput[] = [
    { id: "dated", child: "H1", parent: "A1", weight: 1, validFrom: "2025-03-01", validTo: "2025-06-30" },
    { id: "later", child: "H1", parent: "A2", weight: 1, validFrom: "2025-07-01", validTo: null },
  ];
  for (const e of edges) p.addEdge(e);
  const own = ownValues(p, [["H1", 1]]);
  const at = (asOf: string) => byId(p, computeRollup(p, own, asOf).rollup);

  it("counts validFrom and validTo as effective days (validTo is the last day)", () => {
    expect(at("2025-02-28")).toEqual({ H1: 1, A1: 0, A2: 0 });
    expect(at("2025-03-01")).toEqual({ H1: 1, A1: 1, A2: 0 });
    expect(at("2025-06-30")).toEqual({ H1: 1, A1: 1, A2: 0 });
    expect(at("2025-07-01")).toEqual({ H1: 1, A1: 0, A2: 1 });
    expect(at("2099-01-01")).toEqual({ H1: 1, A1: 0, A2: 1 });
  });

  it("reports no flow on inactive edges and an HCP with no active account as unallocated", () => {
    const r = computeRollup(p, own, "2025-01-01");
    expect(Array.from(r.flow)).toEqual([0, 0]);
    expect(level(r, HCP)).toMatchObject({ unallocated: 1, unparentedNodes: 1 });
  });

  it("rejects a malformed as-of date", () => {
    expect(() => computeRollup(p, own, "2025-02-30")).toThrow(RangeError);
  });
});

describe("incremental refresh by hand", () => {
  it("moves an HCP from one account to another and returns exactly the changed nodes", () => {
    const p = hierarchy(
      [
        ["H1", HCP],
        ["H2", HCP],
        ["A1", ACCOUNT],
        ["A2", ACCOUNT],
        ["O1", ORGANIZATION],
        ["O2", ORGANIZATION],
      ],
      [
        ["h1-a1", "H1", "A1", 1],
        ["h2-a2", "H2", "A2", 1],
        ["a1-o1", "A1", "O1", 1],
        ["a2-o1", "A2", "O1", 0.5],
        ["a2-o2", "A2", "O2", 0.5],
      ],
    );
    const view = new MaterializedRollup(
      p,
      ownValues(p, [
        ["H1", 10],
        ["H2", 4],
      ]),
      "2026-07-01",
    );
    expect(byId(p, view.rollup)).toEqual({ H1: 10, H2: 4, A1: 10, A2: 4, O1: 12, O2: 2 });

    const seeds = [
      ...applyHierarchyChange(p, { kind: "endEdge", id: "h1-a1", validTo: "2026-06-30" }),
      ...applyHierarchyChange(p, { kind: "addEdge", edge: { id: "h1-a2", child: "H1", parent: "A2", weight: 1, validFrom: "2026-07-01" } }),
    ];
    const updates = view.refresh(seeds);
    expect(updates.map(({ id, rollup }) => [id, rollup])).toEqual([
      ["A1", 0],
      ["A2", 14],
      ["O1", 7],
      ["O2", 7],
    ]);
    expect(view.rollup).toEqual(computeRollup(p, view.own, "2026-07-01").rollup);
  });

  it("refreshes own-value and weight changes and stops where nothing changes", () => {
    const p = hierarchy(
      [
        ["H1", HCP],
        ["A1", ACCOUNT],
        ["O1", ORGANIZATION],
      ],
      [
        ["h1-a1", "H1", "A1", 1],
        ["a1-o1", "A1", "O1", 1],
      ],
    );
    const view = new MaterializedRollup(p, ownValues(p, [["H1", 1]]), AS_OF);
    expect(view.refresh(view.setOwn("H1", 3)).map((u) => u.id)).toEqual(["H1", "A1", "O1"]);
    expect(view.refresh(view.setOwn("H1", 3))).toEqual([]);
    expect(view.refresh(applyHierarchyChange(p, { kind: "reweightEdge", id: "a1-o1", weight: 0.5 })).map((u) => [u.id, u.rollup])).toEqual([
      ["O1", 1.5],
    ]);
    // Ending an edge on the as-of date keeps it active that day.
    expect(view.refresh(applyHierarchyChange(p, { kind: "endEdge", id: "a1-o1", validTo: AS_OF }))).toEqual([]);
  });
});
