"""Times python-igraph's PageRank on the benchmark's edge list (the reference for ours).

Input: a binary file of n, m (int32) then m int32 sources, m int32 targets and m float64
weights, with edges already reversed (influenced -> influencer). Prints JSON {seconds, sum}.
"""
import json
import sys
import time

import igraph
import numpy as np

with open(sys.argv[1], "rb") as f:
    n, m = np.frombuffer(f.read(8), dtype=np.int32)
    src = np.frombuffer(f.read(4 * m), dtype=np.int32)
    dst = np.frombuffer(f.read(4 * m), dtype=np.int32)
    w = np.frombuffer(f.read(8 * m), dtype=np.float64)

g = igraph.Graph(n=int(n), edges=np.column_stack([src, dst]).tolist(), directed=True)
started = time.perf_counter()
ranks = g.pagerank(weights=w.tolist(), damping=0.85, directed=True, implementation="prpack")
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "sum": float(sum(ranks)), "top": ranks.index(max(ranks))}))
