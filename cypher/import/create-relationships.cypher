// One batch of new relationships (find-relationships found none of them), typed from the vocabulary
// (the caller validates row.type against it). New relationships start at version 1. The time is
// read once per batch rather than once per row.
WITH toString(datetime()) AS now
UNWIND $rows AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
CREATE (from)-[created:$(row.type) {id: row.id}]->(to)
SET created += row.properties, created.version = 1, created.createdAt = now, created.createdBy = $actor
RETURN count(created) AS created
