// One batch of relationships, typed from the vocabulary (the caller validates row.type against it).
// As with entities, a relationship edited since import (version > 1) is kept as it is.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
MERGE (from)-[r:$(row.type) {id: row.id}]->(to)
  ON CREATE SET r.version = 1, r.createdAt = toString(datetime()), r.createdBy = $actor
WITH r, row
WHERE r.version = 1
SET r += row.properties
RETURN count(r) AS merged
