// Relationships by id, retired or not (for edits and the audit log).
UNWIND $ids AS id
MATCH (a:Entity)-[r {id: id}]->(b:Entity)
RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge
