// Takes the relationship's write lock before reading it (see entities/lock-entity.cypher).
MATCH (a:Entity)-[r {id: $id}]->(b:Entity)
SET r._lock = true
REMOVE r._lock
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
