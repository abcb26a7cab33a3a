// One batch of entities (bodies, people, programmes). New entities start at version 1. An entity
// someone has edited since (version > 1) is kept as it is: imports never overwrite acknowledged edits.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.version = 1, e.createdAt = toString(datetime()), e.createdBy = $actor
SET e:$(row.label)
WITH e, row
WHERE e.version = 1
SET e += row.properties
RETURN count(e) AS merged
