"""Expected PageRank values for the influence fixtures, computed with networkx.

Run: pip install networkx scipy && python3 scripts/pagerank/make_fixtures.py
Writes api/test/support/pagerank-fixtures/<name>.json: {nodes, edges: [[from, to, weight]],
expected: {id: rank}, networkxVersion}. An edge from -> to means "from influences to"; rank flows
from the influenced to the influencer, so the graph handed to networkx is reversed. Duplicate
pairs sum their weights, as our implementation does.
"""
import json
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "api", "test", "support", "pagerank-fixtures")


def expected_ranks(nodes, edges):
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for a, b, w in edges:
        if g.has_edge(b, a):
            g[b][a]["weight"] += w
        else:
            g.add_edge(b, a, weight=w)
    # A tolerance far below ours, so the reference is the fixed point itself.
    return nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=100_000)


def write(name, nodes, edges, note):
    ranks = expected_ranks(nodes, edges)
    data = {"name": name, "note": note, "networkxVersion": nx.__version__, "nodes": nodes, "edges": edges, "expected": {n: ranks[n] for n in nodes}}
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(f"{name}: {len(nodes)} nodes, {len(edges)} edges")


def main():
    os.makedirs(OUT, exist_ok=True)
    write("chain", ["a", "b", "c"], [["a", "b", 1.0], ["b", "c", 1.0]], "a influences b influences c: a collects the most rank")
    write("star-kol", ["kol"] + [f"f{i}" for i in range(8)], [["kol", f"f{i}", 0.5 + i / 20] for i in range(8)], "one KOL influencing eight followers with different weights")
    write("dangling-and-self-loop", ["a", "b", "c", "d", "e"],
          [["a", "b", 0.7], ["b", "a", 0.2], ["c", "c", 1.0], ["a", "c", 0.4], ["d", "a", 0.9]],
          "e is isolated; nobody influences d, so d has no out-edges in the reversed graph (dangling); c influences itself")
    write("zero-weights", ["a", "b", "c", "d"], [["a", "b", 0.0], ["c", "d", 1.0], ["b", "c", 0.0], ["a", "d", 0.5]],
          "zero-weight edges: a node whose edges all weigh 0 is dangling")
    write("disconnected-duplicates", ["x1", "x2", "x3", "y1", "y2"],
          [["x1", "x2", 0.3], ["x1", "x2", 0.4], ["x2", "x3", 1.0], ["x3", "x1", 0.2], ["y1", "y2", 1.0], ["y2", "y1", 1.0]],
          "two components; x1 -> x2 appears twice (KOL and MENTOR): weights add up")
    rng = random.Random(20261123)
    n = 2000
    nodes = [f"h{i}" for i in range(n)]
    edges = []
    for _ in range(10_000):
        # Power-law-ish: low indices influence many.
        a = int(n * rng.random() ** 3)
        b = rng.randrange(n)
        edges.append([nodes[a], nodes[b], round(rng.choice([0.0, 0.1, 0.25, 0.5, 0.75, 1.0]) if rng.random() < 0.05 else rng.random(), 4)])
    write("medium-random", nodes, edges, "2,000 nodes, 10,000 edges (seeded), power-law out-degree, self-loops and zero weights possible")


if __name__ == "__main__":
    main()
