import { describe, expect, it } from "vitest";
import type { ElementDefinition } from "cytoscape";
import type { GraphEdge } from "../api/types.ts";
import type { InfluenceGraph, InfluenceNode } from "./influence-model.ts";
import { byInfluence, influenceScores, topInfluencers } from "./influence-rank.ts";
import {
  aggregatedWidth,
  COLLAPSE_ABOVE,
  defaultCollapsed,
  hiddenByWeight,
  influenceElements,
  influenceGroups,
  withPathElements,
  type InfluenceViewOptions,
} from "./influence-scene.ts";

const hcp = (id: string, specialty: string | null, pagerank: number | null = null): InfluenceNode => ({
  id,
  kind: "HCP",
  name: `Dr ${id}`,
  detail: null,
  level: 1,
  rollup: null,
  pagerank,
  specialty,
  metro: "Austin, TX",
});
const edge = (source: string, target: string, weight: number): GraphEdge => ({
  id: `${source}-${target}`,
  kind: "INFLUENCE",
  source,
  target,
  weight,
  primary: null,
  type: "KOL",
  influence: null,
  version: null,
  flow: null,
});

/** A KOL with two cardiologists and three oncologists; c1 and o1 the strongest followers. */
const graph: InfluenceGraph = {
  rootId: "kol",
  nodes: [
    hcp("kol", "Cardiology"),
    hcp("c1", "Cardiology"),
    hcp("c2", "Cardiology"),
    hcp("o1", "Oncology"),
    hcp("o2", "Oncology"),
    hcp("o3", "Oncology"),
  ],
  edges: [
    edge("kol", "c1", 0.9),
    edge("kol", "c2", 0.2),
    edge("kol", "o1", 0.8),
    edge("kol", "o2", 0.3),
    edge("kol", "o3", 0.1),
    edge("c1", "o2", 0.6),
  ],
};
const options: InfluenceViewOptions = { groupBy: "specialty", collapsed: new Set(), labelTop: 2, path: null };

const nodes = (els: ElementDefinition[]) => els.filter((e) => e.group === "nodes");
const edges = (els: ElementDefinition[]) => els.filter((e) => e.group === "edges");
const byId = (els: ElementDefinition[], id: string) => els.find((e) => e.data.id === id)!;
const dist = (e: ElementDefinition) => Math.hypot(e.position!.x, e.position!.y);

describe("influence ranking", () => {
  it("uses PageRank when every HCP has one, else the weighted degree in the view", () => {
    const degree = influenceScores(graph);
    expect(degree.get("kol")).toBeCloseTo(2.3);
    expect(degree.get("c1")).toBeCloseTo(1.5);
    const ranked = influenceScores({ ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, pagerank: i / 10 })) });
    expect(ranked.get("o3")).toBe(0.5);
    expect(
      byInfluence(
        ["a", "b", "c"],
        new Map([
          ["b", 2],
          ["c", 2],
        ]),
      ),
    ).toEqual(["b", "c", "a"]);
    expect(topInfluencers(graph, degree, 2)).toEqual(new Set(["c1", "o2"]));
  });
});

describe("influenceElements", () => {
  it("puts the KOL at the centre, the strongest followers nearest it, each group in its own slice", () => {
    const els = influenceElements(graph, options);
    expect(byId(els, "kol").position).toEqual({ x: 0, y: 0 });
    for (const n of nodes(els).filter((e) => e.data.id !== "kol")) expect(dist(n)).toBeGreaterThan(0);
    const groups = influenceGroups(graph, "specialty");
    expect([...groups.keys()]).toEqual(["Oncology", "Cardiology"]);
    expect(groups.get("Oncology")).toEqual(["o2", "o1", "o3"]);
    // Angles clockwise from the top: every oncologist before every cardiologist.
    const angle = (id: string) => {
      const p = byId(els, id).position!;
      return (Math.atan2(p.y, p.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);
    };
    expect(Math.max(angle("o1"), angle("o2"), angle("o3"))).toBeLessThan(Math.min(angle("c1"), angle("c2")));
  });

  it("labels only the root and the top influencers", () => {
    const els = influenceElements(graph, options);
    const labelled = nodes(els)
      .filter((n) => n.data.label !== "")
      .map((n) => n.data.id)
      .sort();
    expect(labelled).toEqual(["c1", "kol", "o2"]);
    expect(byId(els, "c2").classes).toContain("unlabelled");
  });

  it("collapses a group into one node whose merged edge sums the weights; its top influencers stay on their own", () => {
    const els = influenceElements(graph, { ...options, collapsed: new Set(["Oncology"]) });
    expect(
      nodes(els)
        .map((n) => n.data.id)
        .sort(),
    ).toEqual(["c1", "c2", "group:Oncology", "kol", "o2"].sort());
    expect(byId(els, "group:Oncology").data).toMatchObject({ label: "Oncology (2)", members: 2 });
    const merged = byId(els, "merged:kol->group:Oncology");
    expect(merged.data).toMatchObject({ source: "kol", target: "group:Oncology", members: 2, filterWeight: 0.8 });
    expect(merged.data.weight).toBeCloseTo(0.9);
    expect(merged.data.width).toBe(aggregatedWidth(0.9));
    // Edges between HCPs drawn on their own are unchanged.
    expect(byId(els, "c1-o2").data).toMatchObject({ source: "c1", target: "o2", filterWeight: 0.6 });
    expect(edges(els)).toHaveLength(5);
  });

  it("draws a highlighted path's HCPs on their own, labelled, and marks its edges", () => {
    const path = { nodeIds: ["kol", "o3"], edgeIds: ["kol-o3"] };
    const els = influenceElements(graph, { ...options, collapsed: new Set(["Oncology"]), path });
    expect(byId(els, "o3").classes).toContain("on-path");
    expect(byId(els, "o3").data.label).toBe("Dr o3");
    expect(byId(els, "kol-o3").classes).toContain("on-path");
    expect(byId(els, "c2").classes).toContain("off-path");
  });

  it("adds a path's HCPs and edges that the ego network lacks, once", () => {
    const extra = { nodes: [hcp("o1", "Oncology"), hcp("far", "Neurology")], edges: [edge("o1", "far", 0.7), edge("kol", "o1", 0.8)] };
    const merged = withPathElements(graph, extra);
    expect(merged.nodes.map((n) => n.id)).toEqual([...graph.nodes.map((n) => n.id), "far"]);
    expect(merged.edges).toHaveLength(graph.edges.length + 1);
    expect(withPathElements(graph, null)).toBe(graph);
  });
});

describe("level of detail", () => {
  it("collapses every group of a large view, none of a small one", () => {
    expect(defaultCollapsed(graph, "specialty").size).toBe(0);
    const big: InfluenceGraph = {
      rootId: "kol",
      nodes: [hcp("kol", "X"), ...Array.from({ length: COLLAPSE_ABOVE }, (_, i) => hcp(`h${i}`, i % 2 ? "A" : "B"))],
      edges: [],
    };
    expect(defaultCollapsed(big, "specialty")).toEqual(new Set(["A", "B"]));
  });

  it("the weight slider hides edges below it, never a highlighted path's", () => {
    expect(hiddenByWeight(0.2, 0.5, false)).toBe(true);
    expect(hiddenByWeight(0.5, 0.5, false)).toBe(false);
    expect(hiddenByWeight(0.2, 0.5, true)).toBe(false);
  });

  it("a 20,000-follower view collapses to a few dozen elements", () => {
    const specialties = Array.from({ length: 20 }, (_, i) => `S${i}`);
    const big: InfluenceGraph = {
      rootId: "kol",
      nodes: [hcp("kol", "S0"), ...Array.from({ length: 20_000 }, (_, i) => hcp(`h${i}`, specialties[i % 20]!))],
      edges: Array.from({ length: 20_000 }, (_, i) => edge("kol", `h${i}`, ((i % 100) + 1) / 100)),
    };
    const t0 = performance.now();
    const els = influenceElements(big, { ...options, labelTop: 30, collapsed: defaultCollapsed(big, "specialty") });
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(nodes(els)).toHaveLength(1 + 20 + 30);
    expect(edges(els)).toHaveLength(20 + 30);
  });
});
