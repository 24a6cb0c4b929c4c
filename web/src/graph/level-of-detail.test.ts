import { describe, expect, it } from "vitest";
import type { EntityGraph, GraphEdge, GraphNode } from "../api/types.ts";
import { CHILDREN_PER_BATCH, EMPTY_LOD, findInGraph, groupId, levelOfDetail, moreId, pathUp, toggle } from "./level-of-detail.ts";

const LEVEL = { HCP: 1, ACCOUNT: 2, ORGANIZATION: 3, NETWORK: 4 } as const;
const node = (id: string, kind: keyof typeof LEVEL, rollup: number | null = null): GraphNode => ({
  id,
  kind,
  name: `Name ${id}`,
  detail: null,
  level: LEVEL[kind],
  rollup,
});
const edge = (source: string, target: string, flow: number | null = null): GraphEdge => ({
  id: `E-${source}-${target}`,
  kind: "AFFILIATION",
  source,
  target,
  weight: 1,
  primary: true,
  type: null,
  influence: null,
  version: 1,
  flow,
});

/** NET <- ORG <- 30 accounts (A0 smallest .. A29 biggest), A29 <- 3 HCPs, A0 <- 20 HCPs. */
function bigOrg(): EntityGraph {
  const accounts = Array.from({ length: 30 }, (_, i) => node(`A${i}`, "ACCOUNT", i * 10));
  const few = ["H1", "H2", "H3"].map((id, i) => node(id, "HCP", i + 1));
  const many = Array.from({ length: 20 }, (_, i) => node(`M${i}`, "HCP", i));
  return {
    rootId: "ORG",
    truncated: false,
    nodes: [node("NET", "NETWORK"), node("ORG", "ORGANIZATION", 4350), ...accounts, ...few, ...many],
    edges: [
      edge("ORG", "NET"),
      ...accounts.map((a) => edge(a.id, "ORG", a.rollup)),
      ...few.map((h) => edge(h.id, "A29")),
      ...many.map((h) => edge(h.id, "A0")),
    ],
  };
}

const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

describe("level of detail", () => {
  it("opens with the root's parents and one group per child kind with the count and summed roll-up", () => {
    const lod = levelOfDetail(bigOrg(), EMPTY_LOD);
    const group = groupId("ORG", "ACCOUNT");
    expect(ids(lod)).toEqual(["NET", "ORG", group].sort());
    expect(lod.nodes.find((n) => n.id === group)).toMatchObject({ role: "group", count: 30, name: "30 accounts", rollup: 4350 });
    expect(lod.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(["ORG>NET", `${group}>ORG`]);
    expect(lod.nodes.find((n) => n.id === "ORG")).toMatchObject({ childCount: 30, parentCount: 1, expanded: true, expandable: false });
  });

  it("an expanded group shows its biggest members first, a batch of them, and a node for the rest", () => {
    const g = bigOrg();
    const group = groupId("ORG", "ACCOUNT");
    let state = toggle(EMPTY_LOD, levelOfDetail(g, EMPTY_LOD), group);
    let lod = levelOfDetail(g, state);
    const accounts = lod.nodes.filter((n) => n.kind === "ACCOUNT" && n.role === "entity").map((n) => n.id);
    expect(accounts).toEqual(Array.from({ length: CHILDREN_PER_BATCH }, (_, i) => `A${29 - i}`));
    expect(lod.nodes.find((n) => n.id === moreId(group))).toMatchObject({ role: "more", count: 30 - CHILDREN_PER_BATCH });
    // Members hang under the group, not directly under the organization.
    expect(lod.edges.some((e) => e.source === "A29" && e.target === "ORG")).toBe(false);
    expect(lod.edges.some((e) => e.source === "A29" && e.target === group)).toBe(true);

    state = toggle(state, lod, moreId(group));
    lod = levelOfDetail(g, state);
    expect(lod.nodes.filter((n) => n.kind === "ACCOUNT" && n.role === "entity")).toHaveLength(2 * CHILDREN_PER_BATCH);
    expect(lod.nodes.find((n) => n.id === moreId(group))?.count).toBe(30 - 2 * CHILDREN_PER_BATCH);
    state = toggle(state, lod, moreId(group));
    lod = levelOfDetail(g, state);
    expect(lod.nodes.filter((n) => n.kind === "ACCOUNT" && n.role === "entity")).toHaveLength(30);
    expect(lod.nodes.some((n) => n.role === "more")).toBe(false);

    // Collapsing the group hides its members again.
    state = toggle(state, lod, group);
    expect(ids(levelOfDetail(g, state))).toEqual(["NET", "ORG", group].sort());
  });

  it("an expanded entity shows a few children directly and many as a group", () => {
    const g = bigOrg();
    const group = groupId("ORG", "ACCOUNT");
    const state = { ...EMPTY_LOD, expanded: new Set([group, "A29"]) };
    let lod = levelOfDetail(g, state);
    expect(ids(lod)).toEqual(expect.arrayContaining(["H1", "H2", "H3"]));
    expect(lod.nodes.find((n) => n.id === "A29")).toMatchObject({ expanded: true, childCount: 3 });
    expect(lod.edges.some((e) => e.source === "H1" && e.target === "A29" && !e.synthetic)).toBe(true);

    lod = levelOfDetail(g, { ...EMPTY_LOD, expanded: new Set([group]), shown: new Map([[group, 30]]) });
    lod = levelOfDetail(g, toggle({ ...EMPTY_LOD, expanded: new Set([group]), shown: new Map([[group, 30]]) }, lod, "A0"));
    expect(lod.nodes.find((n) => n.id === groupId("A0", "HCP"))).toMatchObject({ count: 20, rollup: 190 });
    expect(lod.nodes.some((n) => n.id.startsWith("M"))).toBe(false);
  });

  it("reveals an entity hidden in a collapsed group together with its way up", () => {
    const lod = levelOfDetail(bigOrg(), { ...EMPTY_LOD, revealed: new Set(["M3"]) });
    expect(ids(lod)).toEqual(expect.arrayContaining(["M3", "A0", "ORG", "NET"]));
    expect(lod.edges.map((e) => `${e.source}>${e.target}`)).toEqual(expect.arrayContaining(["M3>A0", "A0>ORG"]));
    expect(pathUp(lod, "M3").edges).toEqual(new Set(["E-M3-A0", "E-A0-ORG", "E-ORG-NET"]));
    expect(pathUp(lod, "M3").nodes).toEqual(new Set(["M3", "A0", "ORG", "NET"]));
  });

  it("leaves a graph without its root empty, and toggling a leaf changes nothing", () => {
    expect(levelOfDetail({ ...bigOrg(), rootId: "NOPE" }, EMPTY_LOD).nodes).toEqual([]);
    const lod = levelOfDetail(bigOrg(), { ...EMPTY_LOD, revealed: new Set(["H1"]) });
    expect(toggle(EMPTY_LOD, lod, "H1")).toBe(EMPTY_LOD);
  });

  it("finds entities of the loaded graph by name or id, biggest roll-up first", () => {
    expect(findInGraph(bigOrg(), "name a2")).toEqual(["A29", "A28", "A27", "A26", "A25", "A24", "A23", "A22", "A21", "A20", "A2"]);
    expect(findInGraph(bigOrg(), "  ")).toEqual([]);
    expect(findInGraph(bigOrg(), "m1", 2)).toEqual(["M19", "M18"]);
  });
});
