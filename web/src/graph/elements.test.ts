import { describe, expect, it } from "vitest";
import type { EntityGraph } from "../api/types.ts";
import { edgeWidth, hopsFromRoot, nodeLabel, toElements } from "./elements.ts";

const graph: EntityGraph = {
  rootId: "ORG-1",
  truncated: false,
  nodes: [
    { id: "ORG-1", kind: "ORGANIZATION", name: "Mercy Health", detail: "IDN", level: 3, rollup: null },
    { id: "ACC-1", kind: "ACCOUNT", name: "Mercy Clinic", detail: null, level: 2, rollup: null },
    { id: "HCP-1", kind: "HCP", name: "Smith, Ann MD", detail: "MD · Cardiology", level: 1, rollup: null },
  ],
  edges: [
    {
      id: "E1",
      kind: "AFFILIATION",
      source: "ACC-1",
      target: "ORG-1",
      weight: 1,
      primary: true,
      type: "OWNED",
      influence: null,
      version: 1,
      flow: null,
    },
    {
      id: "E2",
      kind: "AFFILIATION",
      source: "HCP-1",
      target: "ACC-1",
      weight: 0.25,
      primary: false,
      type: "CONSULTING",
      influence: 0.4,
      version: 1,
      flow: null,
    },
    {
      id: "E3",
      kind: "AFFILIATION",
      source: "HCP-1",
      target: "ACC-404",
      weight: 0.75,
      primary: true,
      type: "ATTENDING",
      influence: null,
      version: 1,
      flow: null,
    },
  ],
};

describe("toElements", () => {
  const elements = toElements(graph);
  const byId = Object.fromEntries(elements.map((e) => [e.data.id, e]));

  it("maps nodes with their kind as class and marks the root", () => {
    expect(byId["ORG-1"]).toMatchObject({
      group: "nodes",
      classes: "organization root",
      data: { label: "Mercy Health", root: true, level: 3, hops: 0 },
    });
    expect(byId["HCP-1"]).toMatchObject({ classes: "hcp", data: { root: false, detail: "MD · Cardiology", hops: 2 } });
    expect(byId["ACC-1"]!.data.detail).toBe("");
  });

  it("distinguishes primary from secondary affiliations and sizes edges by weight", () => {
    expect(byId.E1).toMatchObject({
      group: "edges",
      classes: "affiliation primary",
      data: { source: "ACC-1", target: "ORG-1", width: 7 },
    });
    expect(byId.E2).toMatchObject({ classes: "affiliation secondary", data: { width: 2.5 } });
  });

  it("drops edges to nodes outside the view", () => {
    expect(byId.E3).toBeUndefined();
    expect(elements).toHaveLength(5);
  });

  it("influence edges carry their own class", () => {
    const [edge] = toElements({
      ...graph,
      edges: [
        {
          id: "I1",
          kind: "INFLUENCE",
          source: "HCP-1",
          target: "ACC-1",
          weight: 0.5,
          primary: null,
          type: "KOL",
          influence: null,
          version: null,
          flow: null,
        },
      ],
    }).filter((e) => e.group === "edges");
    expect(edge!.classes).toBe("influence");
  });

  it("labels a node with its name and the measure's value, a group with the sum, a diff with both dates", () => {
    const org = { ...graph.nodes[0]!, rollup: 12345 };
    expect(nodeLabel(org, { measureLabel: "TRX" })).toBe("Mercy Health\nTRX 12.3k");
    expect(nodeLabel({ ...org, role: "group" }, { measureLabel: "TRX" })).toBe("Mercy Health\nΣ TRX 12.3k");
    expect(nodeLabel(org, { measureLabel: "TRX", rollupBefore: new Map([["ORG-1", 950]]) })).toBe("Mercy Health\nTRX 950 → 12.3k");
    expect(nodeLabel(org, { rollupBefore: new Map() })).toBe("Mercy Health\n– → 12.3k");
    expect(nodeLabel(graph.nodes[1]!, { measureLabel: "TRX" })).toBe("Mercy Clinic");
  });

  it("marks groups, expandable nodes, synthetic edges and each edge's change in a diff", () => {
    const elements = toElements(
      {
        ...graph,
        nodes: [
          { ...graph.nodes[0]!, role: "entity" },
          { ...graph.nodes[1]!, role: "group", expandable: true, expanded: false },
          graph.nodes[2]!,
        ],
        edges: [{ ...graph.edges[0]!, synthetic: true }, graph.edges[1]!],
      },
      { changes: new Map([["E1", "added"]]) },
    );
    const byId = Object.fromEntries(elements.map((e) => [e.data.id, e]));
    expect(byId["ACC-1"]!.classes).toBe("account group collapsed");
    expect(byId.E1!.classes).toBe("affiliation primary synthetic added");
    expect(byId.E2!.classes).toBe("affiliation secondary unchanged");
  });
});

describe("edgeWidth", () => {
  it("grows with the weight and is clamped to 0..1", () => {
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(0.5)).toBe(4);
    expect(edgeWidth(1)).toBe(7);
    expect(edgeWidth(3)).toBe(7);
    expect(edgeWidth(-1)).toBe(1);
    expect(edgeWidth(Number.NaN)).toBe(1);
  });
});

describe("hopsFromRoot", () => {
  it("counts hops in either edge direction; unreachable nodes count as farthest; dangling edges are ignored", () => {
    const hops = hopsFromRoot({
      ...graph,
      nodes: [...graph.nodes, { id: "HCP-9", kind: "HCP", name: "Alone", detail: null, level: 1, rollup: null }],
    });
    expect(Object.fromEntries(hops)).toEqual({ "ORG-1": 0, "ACC-1": 1, "HCP-1": 2, "HCP-9": 4 });
  });
});
