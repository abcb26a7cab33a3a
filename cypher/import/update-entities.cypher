// One batch of entities imported before and not edited since (version 1): their properties follow
// the file. An entity someone has edited (version > 1) is never in a batch: imports never overwrite
// acknowledged edits. The kind label stays: an entity's id names its kind.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e.version = 1
SET e += row.properties
RETURN count(e) AS updated
