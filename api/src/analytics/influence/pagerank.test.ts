import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { influenceGraphFromEdges } from "./influence-graph.ts";
import { pageRank } from "./pagerank.ts";

interface Fixture {
  name: string;
  nodes: string[];
  edges: [string, string, number][];
  expected: Record<string, number>;
}

const FIXTURES = path.join(import.meta.dirname, "../../../test/support/pagerank-fixtures");
const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), "utf8")));

describe("weighted PageRank", () => {
  it("has the fixtures networkx produced (scripts/pagerank)", () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual([
      "chain",
      "dangling-and-self-loop",
      "disconnected-duplicates",
      "medium-random",
      "star-kol",
      "zero-weights",
    ]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))("%s: every node within 1e-6 of networkx", (_, f) => {
    const { rank, change } = pageRank(influenceGraphFromEdges(f.nodes, f.edges));
    expect(change).toBeLessThan(1e-9);
    f.nodes.forEach((id, i) => expect(Math.abs(rank[i]! - f.expected[id]!), id).toBeLessThan(1e-6));
  });

  it("rank flows to the influencer: in a chain a -> b -> c, a ranks highest", () => {
    const { rank } = pageRank(
      influenceGraphFromEdges(
        ["a", "b", "c"],
        [
          ["a", "b", 1],
          ["b", "c", 1],
        ],
      ),
    );
    expect(rank[0]).toBeGreaterThan(rank[1]!);
    expect(rank[1]).toBeGreaterThan(rank[2]!);
  });

  const graphs = fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true }))), {
        maxLength: 120,
      }),
    }),
  );

  it("ranks are positive and sum to 1 (property)", () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const ids = Array.from({ length: n }, (_, i) => `h${i}`);
        const { rank } = pageRank(
          influenceGraphFromEdges(
            ids,
            edges.map(([a, b, w]) => [ids[a]!, ids[b]!, w] as const),
          ),
        );
        expect(rank.every((r) => r > 0)).toBe(true);
        // Stopping at an L1 change below 1e-9 leaves the result within about 1e-8 of the fixed point.
        expect(Math.abs(rank.reduce((s, r) => s + r, 0) - 1)).toBeLessThan(1e-8);
      }),
    );
  });

  it("does not depend on the order of nodes or edges (property)", () => {
    fc.assert(
      fc.property(graphs, fc.integer(), ({ n, edges }, seed) => {
        const ids = Array.from({ length: n }, (_, i) => `h${i}`);
        const triples = edges.map(([a, b, w]) => [ids[a]!, ids[b]!, w] as const);
        const shuffled = [...ids].sort((a, b) => hash(a, seed) - hash(b, seed));
        const first = pageRank(influenceGraphFromEdges(ids, triples)).rank;
        const second = pageRank(influenceGraphFromEdges(shuffled, [...triples].reverse())).rank;
        ids.forEach((id, i) => expect(Math.abs(second[shuffled.indexOf(id)]! - first[i]!)).toBeLessThan(1e-8));
      }),
    );
  });
});

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 2654435761);
  return h;
}
