// Takes the relationship's write lock before reading it (see entities/lock-entity.cypher). Found
// from its ends (graph/get-edges gives them): two entity-id seeks and an expand between them, since
// relationship properties are indexed per type only.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
