import { describe, expect, it } from "vitest";
import type { EntityKind } from "./entity-kinds.ts";
import { checkAffiliations, type FileAffiliation } from "./affiliation-rules.ts";
import { levelRules } from "./level-rules.ts";

const kinds: Record<string, EntityKind> = {
  H1: "HCP",
  A1: "ACCOUNT",
  A2: "ACCOUNT",
  O1: "ORGANIZATION",
  O2: "ORGANIZATION",
  O3: "ORGANIZATION",
  N1: "NETWORK",
};
const edge = (row: number, childId: string, parentId: string, weight: number, extra: Partial<FileAffiliation> = {}): FileAffiliation => ({
  row,
  childId,
  parentId,
  weight,
  primary: false,
  type: kinds[childId] === "HCP" ? "ATTENDING" : "MEMBER",
  validFrom: "2024-01-01",
  validTo: null,
  ...extra,
});
const check = (edges: FileAffiliation[], opts: { pairs?: string[]; existing?: any[]; same?: any[]; snapshot?: boolean } = {}) =>
  checkAffiliations({
    edges,
    kindOf: (id) => kinds[id],
    sameLevelEdges: opts.same ?? [],
    rules: levelRules(opts.pairs),
    snapshot: opts.snapshot ?? false,
    existingOf: async (_kind, ids) => (opts.existing ?? []).filter((x) => ids.includes(x.childId)),
  });

describe("checkAffiliations", async () => {
  it("accepts weights summing to 1 and one primary", async () => {
    expect(await check([edge(2, "H1", "A1", 0.6, { primary: true }), edge(3, "H1", "A2", 0.4)])).toEqual([]);
  });

  it("refuses a skipped level unless configured", async () => {
    expect((await check([edge(2, "H1", "O1", 1)]))[0]).toMatchObject({
      row: 2,
      column: "parent_id",
      message: expect.stringMatching(/HCP -> ORGANIZATION is not an allowed/),
    });
    expect(await check([edge(2, "H1", "O1", 1)], { pairs: ["HCP>ORGANIZATION"] })).toEqual([]);
  });

  it("refuses types of another level", async () => {
    expect((await check([edge(2, "A1", "O1", 1, { type: "ATTENDING" })]))[0]).toMatchObject({ column: "type" });
  });

  it("sums weights over time with the existing edges the file does not replace", async () => {
    const existing = [
      {
        id: "E1",
        childId: "H1",
        parentId: "A2",
        parentKind: "ACCOUNT",
        weight: 0.5,
        primary: false,
        validFrom: "2020-01-01",
        validTo: null,
      },
    ];
    const problems = await check([edge(2, "H1", "A1", 0.6)], { existing });
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: "weight",
        message: expect.stringMatching(/sum to 1.1 on 2024-01-01.*existing edge to A2/),
      }),
    ]);
    // The same edges, but the existing one ended before the new one starts.
    expect(await check([edge(2, "H1", "A1", 0.6)], { existing: [{ ...existing[0], validTo: "2023-12-31" }] })).toEqual([]);
    // A snapshot replaces the child's edges: the existing one does not count.
    expect(await check([edge(2, "H1", "A1", 0.6)], { existing, snapshot: true })).toEqual([]);
  });

  it("allows at most one primary per child and level at any date", async () => {
    const problems = await check([
      edge(2, "H1", "A1", 0.5, { primary: true }),
      edge(3, "H1", "A2", 0.5, { primary: true, validFrom: "2024-06-01" }),
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "primary"],
      [3, "primary"],
    ]);
  });

  it("finds cycles through the file and the graph among same-level edges", async () => {
    const pairs = ["ORGANIZATION>ORGANIZATION"];
    const problems = await check([edge(2, "O1", "O2", 1), edge(3, "O3", "O1", 1)], {
      pairs,
      same: [{ childId: "O2", parentId: "O3", id: "X" }],
    });
    expect(problems[0]).toMatchObject({ row: 2, column: "parent_id", message: "creates a cycle: O1 -> O2 -> O3 -> O1" });
  });
});
