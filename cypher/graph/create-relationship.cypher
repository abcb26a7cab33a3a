// Creates one relationship of a vocabulary type (the caller validates $type against it).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CREATE (from)-[r:$($type) {id: $id}]->(to)
SET r += $properties, r.version = 1, r.createdAt = toString(datetime()), r.createdBy = $actor.name
RETURN r.id AS id
