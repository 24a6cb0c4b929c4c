import { describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { EntityGraph, EntityKind, GraphNode } from "../api/types.ts";
import { toElements } from "./elements.ts";
import { influenceElements } from "./influence-scene.ts";
import { layoutFor } from "./layouts.ts";

const LEVEL: Record<EntityKind, number> = { HCP: 1, ACCOUNT: 2, ORGANIZATION: 3, NETWORK: 4 };

function node(id: string, kind: EntityKind): GraphNode {
  return { id, kind, name: id, detail: null, level: LEVEL[kind], rollup: null };
}

function affiliation(source: string, target: string) {
  return {
    id: `${source}>${target}`,
    kind: "AFFILIATION" as const,
    source,
    target,
    weight: 1,
    primary: true,
    type: "MEMBER",
    influence: null,
    version: 1,
    flow: null,
  };
}

function influence(source: string, target: string) {
  return {
    id: `${source}>${target}`,
    kind: "INFLUENCE" as const,
    source,
    target,
    weight: 0.5,
    primary: null,
    type: "KOL",
    influence: null,
    version: null,
    flow: null,
  };
}

describe("hierarchy layout", () => {
  it("draws parents left of their children: networks first, HCPs last", () => {
    const graph: EntityGraph = {
      rootId: "ORG-1",
      truncated: false,
      nodes: [
        node("NET-1", "NETWORK"),
        node("ORG-1", "ORGANIZATION"),
        node("ACC-1", "ACCOUNT"),
        node("ACC-2", "ACCOUNT"),
        node("HCP-1", "HCP"),
        node("HCP-2", "HCP"),
      ],
      edges: [
        affiliation("ORG-1", "NET-1"),
        affiliation("ACC-1", "ORG-1"),
        affiliation("ACC-2", "ORG-1"),
        affiliation("HCP-1", "ACC-1"),
        affiliation("HCP-2", "ACC-2"),
        affiliation("HCP-2", "ACC-1"),
      ],
    };
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    cy.layout(
      layoutFor(
        "hierarchy",
        graph.nodes,
        graph.edges.map((e) => ({ source: e.source, target: e.target })),
      ),
    ).run();
    const at = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
    for (const edge of graph.edges) expect(at[edge.target]!.x, `${edge.target} left of ${edge.source}`).toBeLessThan(at[edge.source]!.x);
    expect(at["HCP-1"]!.x).toBe(at["HCP-2"]!.x);
  });
});

describe("influence layout", () => {
  it("keeps the positions of the influence scene: the focal HCP in the centre, followers around it", () => {
    const followers = ["HCP-2", "HCP-3", "HCP-4", "HCP-5", "HCP-6"];
    const graph: EntityGraph = {
      rootId: "HCP-1",
      truncated: false,
      nodes: ["HCP-1", ...followers].map((id) => node(id, "HCP")),
      edges: [...followers.map((id) => influence("HCP-1", id)), influence("HCP-3", "HCP-2")],
    };
    const options = { groupBy: "specialty" as const, collapsed: new Set<string>(), labelTop: 3, path: null };
    const cy = cytoscape({ headless: true });
    cy.add(influenceElements(graph, options));
    cy.layout(layoutFor("influence")).run();
    const centre = cy.getElementById("HCP-1").position();
    expect(centre).toEqual({ x: 0, y: 0 });
    const radius = (id: string) => Math.hypot(cy.getElementById(id).position().x, cy.getElementById(id).position().y);
    for (const id of followers) expect(radius(id)).toBeGreaterThan(0);
  });
});
