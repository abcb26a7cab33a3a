// One batch of relationships, typed from the vocabulary (the caller validates row.type against it).
// A relationship is found by its id among its two ends' relationships (cheap, whatever its type),
// not by MERGE on a dynamic type, which cannot use the per-type id constraints and scans them all.
// As with entities, a relationship edited since import (version > 1) is kept as it is.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
OPTIONAL MATCH (from)-[existing {id: row.id}]->(to)
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (from)-[created:$(row.type) {id: row.id}]->(to)
  SET created += row.properties, created.version = 1, created.createdAt = toString(datetime()),
      created.createdBy = $actor
)
FOREACH (_ IN CASE WHEN existing.version = 1 THEN [1] ELSE [] END |
  SET existing += row.properties
)
RETURN count(*) AS merged
