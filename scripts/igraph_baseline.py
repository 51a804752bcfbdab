#!/usr/bin/env python3
"""Per-iteration time of igraph's Fruchterman-Reingold layout, the peer the
layout benchmark is compared with (issue 4).

Reads the same graph the Rust benchmark lays out: an edge list written by
`entente generate --nodes N --edges M --seed S --edge-list FILE` (lines
"subject object", node indices), or a relations document (.json). Times
`Graph.layout_fruchterman_reingold(grid=...)` at two iteration counts and
reports the difference divided by the extra iterations, so graph setup and
start-up costs are left out. Prints a table line per variant, then one JSON
line.

    pip install igraph
    entente generate --nodes 10000 --edges 30000 --seed 1 -o /tmp/g.json --edge-list /tmp/g.edges
    python3 scripts/igraph_baseline.py /tmp/g.edges [--exact] [--iterations 10 60]
"""

import argparse
import json
import time

import igraph


def read_graph(path):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        index = {entity["id"]: i for i, entity in enumerate(document["entities"])}
        edges = [(index[r["subject"]], index[r["object"]]) for r in document["relations"]]
        return igraph.Graph(n=len(index), edges=edges, directed=False)
    edges = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                edges.append((int(parts[0]), int(parts[1])))
    nodes = 1 + max((max(a, b) for a, b in edges), default=-1)
    return igraph.Graph(n=nodes, edges=edges, directed=False)


def seconds_for(graph, iterations, grid):
    started = time.perf_counter()
    graph.layout_fruchterman_reingold(niter=iterations, grid=grid)
    return time.perf_counter() - started


def per_iteration_ms(graph, low, high, grid, repeats):
    best = float("inf")
    for _ in range(repeats):
        t_low = seconds_for(graph, low, grid)
        t_high = seconds_for(graph, high, grid)
        best = min(best, (t_high - t_low) / (high - low) * 1000.0)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", help="edge list (.edges/.txt) or relations document (.json)")
    parser.add_argument("--iterations", nargs=2, type=int, default=[10, 60], metavar=("LOW", "HIGH"))
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--exact", action="store_true", help="also time the exact O(n^2) variant (grid=False)")
    args = parser.parse_args()

    graph = read_graph(args.graph)
    low, high = args.iterations
    result = {
        "bench": "igraph_fruchterman_reingold",
        "igraph": igraph.__version__,
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "grid_auto_iteration_ms": per_iteration_ms(graph, low, high, "auto", args.repeats),
    }
    print(f"{graph.vcount()} nodes, {graph.ecount()} edges: grid=auto {result['grid_auto_iteration_ms']:.3f} ms/iteration")
    if args.exact:
        # The exact variant is slow: a few iterations are enough.
        result["exact_iteration_ms"] = per_iteration_ms(graph, 1, 3, False, 1)
        print(f"  exact (grid=False) {result['exact_iteration_ms']:.3f} ms/iteration")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
