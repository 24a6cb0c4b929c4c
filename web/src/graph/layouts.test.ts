import { describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import type { EntityGraph, EntityKind, GraphNode } from "../api/types.ts";
import { toElements } from "./elements.ts";
import { layoutFor } from "./layouts.ts";

cytoscape.use(dagre);

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
    cy.layout(layoutFor("hierarchy")).run();
    const at = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
    for (const edge of graph.edges) expect(at[edge.target]!.x, `${edge.target} left of ${edge.source}`).toBeLessThan(at[edge.source]!.x);
    expect(at["HCP-1"]!.x).toBe(at["HCP-2"]!.x);
  });
});

describe("influence layout", () => {
  it("puts the focal HCP in the centre and each further hop on a wider ring, whatever the degrees", () => {
    const spokes = ["HCP-3", "HCP-4", "HCP-5", "HCP-6"];
    const graph: EntityGraph = {
      rootId: "HCP-1",
      truncated: false,
      nodes: ["HCP-1", "HCP-2", ...spokes].map((id) => node(id, "HCP")),
      edges: [influence("HCP-1", "HCP-2"), ...spokes.map((id) => influence(id, "HCP-2"))],
    };
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    cy.layout(layoutFor("influence")).run();
    const centre = cy.getElementById("HCP-1").position();
    expect(centre).toEqual({ x: cy.width() / 2, y: cy.height() / 2 });
    const radius = (id: string) => Math.hypot(cy.getElementById(id).position().x - centre.x, cy.getElementById(id).position().y - centre.y);
    for (const id of spokes) expect(radius(id)).toBeGreaterThan(radius("HCP-2"));
    expect(radius("HCP-2")).toBeGreaterThan(0);
  });
});
