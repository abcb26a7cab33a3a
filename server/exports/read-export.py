"""Reads a Stakeholder Atlas export with independent parsers (NetworkX, Python's json and csv) and
prints what the tests check as JSON: counts, one node's and one edge's attributes."""
import csv
import json
import sys

import networkx as nx

kind, path, node_id, edge_id = sys.argv[1:5]

if kind in ("graphml", "cyjs"):
    if kind == "graphml":
        graph = nx.read_graphml(path)
    else:
        with open(path, encoding="utf-8") as file:
            graph = nx.cytoscape_graph(json.load(file))
    # read_graphml keys parallel edges by their GraphML id and keeps it out of the attributes.
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
    edge = next((data for _, _, key, data in edges if edge_id in (key, data.get("id"))), None)
    print(json.dumps({
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node": dict(graph.nodes[node_id]) if node_id in graph else None,
        "edge": edge,
        "graph": graph.graph,
    }))
elif kind == "kumu":
    with open(path, encoding="utf-8") as file:
        blueprint = json.load(file)
    print(json.dumps({
        "nodes": len(blueprint["elements"]),
        "edges": len(blueprint["connections"]),
        "node": next((e for e in blueprint["elements"] if e["id"] == node_id), None),
        "edge": next((c for c in blueprint["connections"] if c["id"] == edge_id), None),
    }))
else:  # entities.csv or relationships.csv; utf-8-sig drops the byte-order mark
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    wanted = node_id if kind == "entities" else edge_id
    print(json.dumps({"rows": len(rows), "row": next((r for r in rows if r["id"] == wanted), None)}))
