// Every relationship between entities not retired, whatever its ends, for the in-memory graph index
// (server/repositories/graph-index.ts): each as the graph queries return it.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.retiredAt IS NULL
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
