"""Cuts down and rewires an Atlas GraphML export as a user would in NetworkX (server/import/edited-export.test.ts).

Keeps a few bodies, moves one relationship between two bodies to two others (keeping its id, which
the atlas now gives to a different link), renames one node's id, and writes GraphML again.
Prints the moved relationship's id and its new ends as JSON.
"""
import json
import sys

import networkx as nx

source, target = sys.argv[1:3]
graph = nx.read_graphml(source, force_multigraph=True)  # the edges keep their ids as keys
bodies = [node for node, data in graph.nodes(data=True) if data.get("kind") == "BODY"]
u, v, key, data = next(
    (u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in bodies and v in bodies
)
free = [
    (a, b)
    for a in bodies
    for b in bodies
    if a != b and {a, b} != {u, v} and not graph.has_edge(a, b) and not graph.has_edge(b, a)
]
a, b = free[0]
kept = graph.subgraph({u, v, a, b}).copy()
kept.remove_edges_from(list(kept.edges()))
kept.add_edge(a, b, key=key, **data)
kept = nx.relabel_nodes(kept, {a: "n1"})
nx.write_graphml(kept, target)
print(json.dumps({"id": key, "from": a, "to": b, "wasFrom": u, "wasTo": v}))
